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

const automation = createAssistant(
  ProfileSchema.parse({
    identity: {
      name: 'Maximilian Gruber',
      pronouns: { subject: 'he', object: 'him', possessive: 'his' },
      title: 'Automation engineer',
    },
    skills: [
      {
        id: 'plc',
        name: 'Controls',
        skills: [{ name: 'Siemens S7' }, { name: 'TwinCAT' }, { name: 'OPC UA' }],
      },
    ],
    roles: [{ company: 'Alpen Automations GmbH', title: 'Automation Engineer', start: '2019' }],
  }),
);
const askAutomation = (q: string) => answerToPlainText(automation.ask(q));

describe('industrial automation tools', () => {
  it('answers "plc experience?" with the PLC platforms listed, never a no', () => {
    const answer = askAutomation('plc integration exp?');
    expect(answer).toContain('Siemens S7');
    expect(answer).not.toMatch(/^No\b/);
  });

  it('says no to a product it does not list, even when a word of its name is an employer word', () => {
    expect(askAutomation('ignition (inductive automation)?')).toMatch(/^No\b/);
  });
});

describe('the owner called by a short form of the first name', () => {
  it('reads "Maxi" as the owner, in a greeting and in a question', () => {
    expect(askAutomation('hi maxi!')).toMatch(/^Hello/);
    expect(askAutomation('where does maxi work')).toContain('Alpen Automations GmbH');
  });
});

/** Hardware, HPC and performance tools, listed under the names their vendors give them. */
const lowLevel = createAssistant(
  ProfileSchema.parse({
    identity: {
      name: 'Tarik Haddad',
      pronouns: { subject: 'he', object: 'him', possessive: 'his' },
      title: 'Embedded Engineer',
    },
    skills: [
      {
        id: 'hw',
        name: 'Hardware',
        skills: [{ name: 'Xilinx Zynq UltraScale+' }, { name: 'AXI4-Lite' }],
      },
      { id: 'hpc', name: 'HPC', skills: [{ name: 'Slurm' }, { name: 'Apptainer' }] },
      { id: 'perf', name: 'Performance', skills: [{ name: 'AVX2' }] },
      { id: 'quality', name: 'Quality', skills: [{ name: 'Cppcheck' }, { name: 'clang-tidy' }] },
    ],
  }),
);
const askLow = (q: string) => answerToPlainText(lowLevel.ask(q));

describe('a field named through the tools that imply it', () => {
  it.each([
    ['any fpga / soc experience', 'Xilinx Zynq UltraScale+'],
    ['does he know AMBA bus protocols', 'AXI4-Lite'],
    ['is he ok writing intrinsics / vectorized code', 'AVX2'],
    ['containers?', 'Apptainer'],
    ['which job scheduler does he know', 'Slurm'],
    ['static analysis tooling?', 'Cppcheck'],
  ])('%s names %s, never a no', (question, tool) => {
    const answer = askLow(question);
    expect(answer).toContain(tool);
    expect(answer).not.toMatch(/^No\b|I don't know/);
  });

  it('still says no to a tool of the field he does not list', () => {
    expect(askLow('SystemC / TLM modelling?')).toMatch(/^No — SystemC/);
  });
});

describe('thanks in other languages, with their own filler words', () => {
  it.each(['danke dir, sehr hilfreich', 'grazie mille', 'muchas gracias, muy útil'])(
    '%s is thanked back',
    (message) => {
      expect(lowLevel.ask(message).topic).toBe('thanks');
    },
  );
});

/** Health-data and imaging tools, listed in one line of an About page. */
const imaging = createAssistant(
  ProfileSchema.parse({
    identity: {
      name: 'Oksana Hrytsenko',
      pronouns: { subject: 'she', object: 'her', possessive: 'her' },
      title: 'Imaging Software Engineer',
      location: 'Trieste, Italy',
    },
    summary: ['Things I work with: DICOM, HL7 FHIR, Orthanc, VTK, 3D Slicer, pydicom.'],
  }),
);
const askImaging = (q: string) => answerToPlainText(imaging.ask(q));

describe('a field whose tools are only named in the text', () => {
  it('names a visualisation toolkit for "3d visualization", never a no', () => {
    const answer = askImaging('any 3d visualization libraries');
    expect(answer).toContain('VTK');
    expect(answer).not.toMatch(/^No\b/);
  });

  it('says a clear no to a tool of the field the text does not name', () => {
    expect(askImaging('mirth connect?')).toMatch(/^No — Mirth Connect/);
    expect(askImaging('has she integrated with cerner')).toMatch(/^No — Cerner/);
  });

  it("declines a question about the owner's city that is not about the owner", () => {
    expect(imaging.ask('where can i get good gelato in trieste').answered).toBe(false);
    expect(askImaging('where is she based')).toContain('Trieste');
  });

  it.each(['top, bedankt!', 'eskerrik asko', 'kaixo'])('%s is small talk', (message) => {
    expect(['thanks', 'greeting']).toContain(imaging.ask(message).topic);
  });
});

describe('tools of telephony and ERP', () => {
  it.each([
    ['has she worked with 3cx', /^No — 3CX/],
    ['dynamics 365?', /^No — Microsoft Dynamics 365/],
  ])('%s gets a clear no when the profile does not name it', (question, no) => {
    expect(askImaging(question)).toMatch(no);
  });
});
