import { describe, expect, it } from 'vitest';
import { createAssistant } from '../../src/answer/assistant.ts';
import { answerToPlainText } from '../../src/answer/plain-text.ts';
import { importMarkdownProfile } from '../../src/import/markdown-profile.ts';
import { ProfileSchema } from '../../src/knowledge/schema.ts';

/**
 * An invented German CV whose name is a second-level heading and whose sections are third-level:
 * each job a date line over a bold title line, as CV templates export them.
 */
const cv = `# Lebenslauf

## Mara Vogt
**Backend-Entwicklerin**

### Über mich

Ich entwickle seit 2015 Backend-Systeme. **Verfügbar ab 01.04.2027** (Kündigungsfrist 3 Monate).

### Berufserfahrung

**04/2019 – heute**
**Senior Software Engineer** – Nordlicht Logistik GmbH, Leipzig
- Aufbau der Kafka-Plattform

**10/2016 – 03/2019**
**Softwareentwicklerin** – Elbwerk Digital GmbH, Dresden
- REST-APIs mit Spring Boot

### Ausbildung

**10/2010 – 09/2014**
**B.Sc. Informatik** – Hochschule Mittweida
`;

const { profile } = importMarkdownProfile(cv);

describe('dated entries under third-level sections', () => {
  it('reads each job as a job of the experience section, not as a section of its own', () => {
    expect(profile.roles.map((r) => [r.company, r.title, r.start])).toEqual([
      ['Nordlicht Logistik GmbH', 'Senior Software Engineer', '2019-04'],
      ['Elbwerk Digital GmbH', 'Softwareentwicklerin', '2016-10'],
    ]);
    expect(profile.education[0]?.institution).toBe('Hochschule Mittweida');
  });

  it('answers the current employer, and the start date whole ("01.04.2027")', () => {
    const assistant = createAssistant(ProfileSchema.parse(profile));
    expect(answerToPlainText(assistant.ask('where does she work now?'))).toMatch(/Nordlicht/);
    expect(answerToPlainText(assistant.ask('earliest start date?'))).toMatch(/01\.04\.2027/);
  });
});
