import { describe, expect, it } from 'vitest';
import { createAssistant } from '../../src/answer/assistant.ts';
import { answerToPlainText } from '../../src/answer/plain-text.ts';
import { ProfileSchema } from '../../src/knowledge/schema.ts';
import { imported } from '../support/import-fixture.ts';

const ask = (markdown: string, question: string) =>
  answerToPlainText(createAssistant(ProfileSchema.parse(imported(markdown).profile)).ask(question));

describe('a certificate said to have expired', () => {
  const listed = `# Oona Virtanen\n\nSRE\n\n## Certifications\n\n- AWS Certified Developer – Associate — Amazon Web Services, 2018 (expired 2021, not renewed)\n- CKA — The Linux Foundation, 2022 (expires 2025)\n`;
  const table = `# Oona Virtanen\n\nSRE\n\n## Certifications\n\n| Cert | Issuer | Year |\n|---|---|---|\n| AWS Certified Developer – Associate | Amazon Web Services | 2018 (expired 2021, not renewed) |\n| Certified Kubernetes Administrator (CKA) | The Linux Foundation | 2022 |\n`;

  it('keeps its year of issue and says it lapsed, in a list', () => {
    const [aws, cka] = imported(listed).profile.certifications;
    expect(aws).toMatchObject({ year: '2018', issuer: expect.stringContaining('expired 2021') });
    expect(cka).toMatchObject({ name: 'CKA', year: '2022 (valid until 2025)' });
  });

  it('reads a table whose first column is headed "Cert"', () => {
    const [aws, cka] = imported(table).profile.certifications;
    expect(aws?.name).toBe('AWS Certified Developer – Associate');
    expect(cka).toMatchObject({ issuer: 'The Linux Foundation', year: '2022' });
  });

  it('is never a yes to "still certified?"', () => {
    for (const markdown of [listed, table]) {
      const answer = ask(markdown, 'is she still AWS certified?');
      expect(answer).not.toMatch(/^Yes/);
      expect(answer).toMatch(/expired/);
    }
  });
});
