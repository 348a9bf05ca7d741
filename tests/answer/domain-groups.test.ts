import { describe, expect, it } from 'vitest';
import { createAssistant } from '../../src/answer/assistant.ts';
import { answerToPlainText } from '../../src/answer/plain-text.ts';
import { ProfileSchema } from '../../src/knowledge/schema.ts';

/** Skills named with versions and grouped under a tool's own name, as JSON Resumes do. */
const assistant = createAssistant(
  ProfileSchema.parse({
    identity: {
      name: 'Ana Petrosyan',
      pronouns: { subject: 'she', object: 'her', possessive: 'her' },
      title: 'Web developer',
    },
    skills: [
      { id: 'drupal', name: 'Drupal', skills: [{ name: 'Drupal 10' }, { name: 'Drush' }] },
      { id: 'maps', name: 'Maps', skills: [{ name: 'QGIS' }, { name: 'Leaflet' }] },
      { id: 'sales', name: 'Sales tools', skills: [{ name: 'Salesforce' }] },
      { id: 'infra', name: 'Infrastructure', skills: [{ name: 'Terraform' }] },
    ],
  }),
);
const ask = (q: string) => answerToPlainText(assistant.ask(q));

describe('questions about a domain of tools', () => {
  it.each([
    ['any cms exp?', 'Drupal'],
    ['does she know any content management systems', 'Drupal'],
    ['gis experience?', 'QGIS'],
    ['has she used a crm', 'Salesforce'],
    ['any IaC?', 'Terraform'],
  ])('%s names the tool, never a no', (question, tool) => {
    const answer = ask(question);
    expect(answer).toContain(tool);
    expect(answer).not.toMatch(/^No\b/);
  });
});
