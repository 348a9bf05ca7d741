import { describe, expect, it } from 'vitest';
import { createFit } from '../../src/fit/fit.ts';
import { profileOf } from './profile-fit.ts';

// A designer who tests the web with Playwright; a mobile engineer who lists Detox.
const DESIGNER = profileOf(`# Rui Tavares

Design Engineer

## Skills

- TypeScript, React, React Native, Playwright, End-to-end testing

## Work

**Product Designer & Front-end Developer** at Clínica Viva
_Jan 2019 – Jun 2022_

- Designed and built the patient appointment app (React Native) used in 30 clinics.
`);

const MOBILE = profileOf(`# Joana Reis

React Native Engineer

## Skills

- TypeScript, React Native, Detox

## Work

**React Native Engineer** at Pocketcare
_Jan 2019 – Jun 2022_

- Shipped the iOS and Android apps from one React Native codebase.
- Moved navigation to React Navigation 6.
`);

const status = (profile: ReturnType<typeof profileOf>, requirement: string) =>
  createFit(profile).fit(`Must:\n- ${requirement}`).requirements[0]?.status;

describe('a choice of tools for a practice', () => {
  it('is close when the practice is done with other tools', () => {
    expect(status(DESIGNER, 'comfy w/ Detox or Maestro for e2e tests')).toBe('partial');
  });

  it('is met when one of the tools is held', () => {
    expect(status(MOBILE, 'comfy w/ Detox or Maestro for e2e tests')).toBe('met');
  });
});
