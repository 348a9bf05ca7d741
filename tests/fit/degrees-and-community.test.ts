import { describe, expect, it } from 'vitest';
import { createFit } from '../../src/fit/fit.ts';
import { profileOf } from './profile-fit.ts';

/** An invented engineer with a bachelor's in engineering, a forge project and a meetup run. */
const engineer = profileOf(`# Tomasz Wróbel

Backend Engineer

## Projects

- [pgtail](https://github.com/twrobel/pgtail) — follows a PostgreSQL log as it is written

## Education

- B.Eng. in Computer Engineering — Gdańsk University of Technology, 2016

## Volunteering

- Organiser, Trójmiasto Go meetup (2019 – present)
`);

/** An invented engineer with a master's, no public code and no volunteering. */
const other = profileOf(`# Ines Varga

Data Engineer

## Skills

- Python, Salesforce

## Education

- MSc in Statistics — University of Szeged, 2018
`);

const statusOf = (profile: typeof engineer, line: string) =>
  createFit(profile).fit(`## Requirements\n- ${line}\n`).requirements[0]?.status;

describe('a degree asked at one of two levels, or in German', () => {
  it('meets "BSc or MSc" with a bachelor\'s in engineering', () => {
    expect(statusOf(engineer, 'BSc or MSc in Computer Science or a related field')).toBe('met');
  });

  it('still asks a master\'s of "Master\'s degree in Physics"', () => {
    expect(statusOf(engineer, "Master's degree in Physics")).toBe('missing');
  });

  it('reads "Abgeschlossenes Studium" as a degree asked', () => {
    const line = 'Abgeschlossenes Studium in Informatik oder einem verwandten Fach';
    expect(statusOf(engineer, line)).toBe('met');
    expect(statusOf(other, line)).toBe('met');
  });
});

/** An invented designer turned engineer: a degree, in design. */
const designer = profileOf(`# Nuno Seixas

Frontend Engineer

## Education

- BA in Communication Design — Universidade de Lisboa, 2015
`);

describe('a degree asked in a technical field', () => {
  it('is partly met by a degree in another field, never met', () => {
    const line = "Bachelor's degree in Computer Science or a related technical field";
    expect(statusOf(designer, line)).toBe('partial');
    expect(statusOf(engineer, line)).toBe('met');
  });

  it('reads the field in German too', () => {
    const line = 'Abgeschlossenes Studium der Informatik oder eine vergleichbare Qualifikation';
    expect(statusOf(designer, line)).toBe('partial');
  });

  it('meets a degree asked with no field with any degree', () => {
    expect(statusOf(designer, "Bachelor's degree")).toBe('met');
  });
});

describe('work in the open and for a cause', () => {
  it('meets open-source contributions with a project on a public forge', () => {
    expect(statusOf(engineer, 'Open-source contributions you are proud of')).toBe('met');
    expect(statusOf(other, 'Open-source contributions you are proud of')).toBe('missing');
  });

  it('meets volunteering with a volunteer entry, and never with a product named for it', () => {
    const line = "Bonus if you've volunteered with a community group or non-profit";
    expect(statusOf(engineer, line)).toBe('met');
    expect(statusOf(other, line)).toBe('missing');
    expect(statusOf(other, 'Salesforce Nonprofit Cloud')).not.toBe('met');
  });
});
