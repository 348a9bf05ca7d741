import { describe, expect, it } from 'vitest';
import { createAssistant } from '../../src/answer/assistant.ts';
import { answerToPlainText } from '../../src/answer/plain-text.ts';
import { importMarkdownProfile } from '../../src/import/markdown-profile.ts';
import { ProfileSchema } from '../../src/knowledge/schema.ts';

const assistantFor = (markdown: string) => {
  const profile = ProfileSchema.parse(importMarkdownProfile(markdown).profile);
  return { profile, ask: (q: string) => answerToPlainText(createAssistant(profile).ask(q)) };
};

/** An invented engineer's CV in Spanish: home told in prose, the job remote from the head office. */
const spanish = assistantFor(`# Inés Barreiro Sola

### Ingeniera de Datos

## Sobre mí

Trabajo con datos desde 2016. Vivo en Zaragoza (España) y trabajo en remoto.

## Experiencia

### Datalia — Ingeniera de Datos Senior
*mar. 2021 – actualidad · Remoto (sede en Madrid)*

- Pipelines en Python y Airflow.
`);

/** An invented engineer who says nothing of home; the job is remote from a head office. */
const silent = assistantFor(`# Tobias Wernicke

Backend Engineer

## Experience

### Kellerbau GmbH — Backend Engineer
*2020 – present · Remote (HQ in Hamburg)*

- Go services on Kubernetes.
`);

describe('where the owner lives, told in another language', () => {
  it('reads "Vivo en Zaragoza (España)" as the home', () => {
    expect(spanish.profile.identity.location).toBe('Zaragoza, España');
    expect(spanish.ask('where is she based?')).toMatch(/Zaragoza/);
  });

  it("never gives a remote job's head office as where the owner lives", () => {
    expect(spanish.ask('where is she based?')).not.toMatch(/based in \*?\*?Remot/);
    expect(silent.ask('where is he based?')).not.toMatch(/based in \*?\*?Remote/);
  });
});
