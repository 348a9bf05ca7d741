import { describe, expect, it } from 'vitest';
import { imported } from '../support/import-fixture.ts';

// A CV written in Google Docs and downloaded as Markdown: the header is a one-row table (title
// and place in one cell, a column of contacts in the other), bold runs inside headings,
// backslash escapes, bullets ending in two spaces, empty headings and images as data URIs.
const cv = [
  '# **Tomasz Wierzbicki**',
  '',
  '| ![][image1] **Staff Data Engineer**<br>Kraków, Poland · open to relocation | [tomasz@wierzbicki.example](mailto:tomasz@wierzbicki.example)<br>+48 601 234 567<br>[linkedin.com/in/twierzbicki](https://www.linkedin.com/in/twierzbicki)<br>[github.com/twierz](https://github.com/twierz) |',
  '| :---- | :---- |',
  '',
  '## **Summary**',
  '',
  'Data engineer building batch and streaming pipelines since 2014\\.',
  '',
  '**Availability :** from 1 March 2027 (3 months’ notice)\\. Open to Kraków, Wrocław or remote\\.',
  '',
  '####',
  '',
  '## **Experience**',
  '',
  '### **Staff Data Engineer**, **Wisła Analytics** — Kraków',
  '',
  '*June 2020 \\- present*',
  '',
  '* Moved the nightly batch from Hadoop to Apache Spark on Kubernetes\\.  ',
  '* Ran the on\\-call rota for 4 teams\\.  ',
  '',
  '### **Data Engineer**, Baltic Freight Systems — Gdańsk, Poland',
  '',
  '*04/2016 \\- 05/2020*',
  '',
  '* Kafka consumers in Scala for the tracking feed\\.  ',
  '',
  '### **Junior developer**, Tatra Soft — Zakopane',
  '',
  '*Mar \\- Sep 2015*',
  '',
  '* PHP maintenance\\.  ',
  '',
  '## **Certifications**',
  '',
  '* Gabelstapler licence (warehouse safety), renewed 2024  ',
  '',
  '####',
  '',
  '[image1]: <data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAA4AAAAOCAIAAACQKrqGAAACKklEQVR42g3Pi3qx>',
].join('\n');

describe('a CV downloaded from Google Docs as Markdown', () => {
  const { profile } = imported(cv);

  it('reads the title and the place from the header table', () => {
    expect(profile.identity.name).toBe('Tomasz Wierzbicki');
    expect(profile.identity.title).toBe('Staff Data Engineer');
    expect(profile.identity.location).toBe('Kraków, Poland');
  });

  it("reads the header table's column of contacts, the bare phone number too", () => {
    expect(profile.contact.email).toBe('tomasz@wierzbicki.example');
    expect(profile.contact.phone).toBe('+48 601 234 567');
    expect(profile.contact.linkedin).toBe('https://www.linkedin.com/in/twierzbicki');
    expect(profile.contact.github).toBe('https://github.com/twierz');
    expect(profile.summary.join(' ')).not.toContain('+48');
  });

  it('takes the labelled availability over a later "open to" sentence', () => {
    expect(profile.identity.availability).toMatch(/^From 1 March 2027 \(3 months’ notice\)/);
  });

  it('reads "renewed 2024" after a certificate as its date, not its name', () => {
    expect(profile.certifications).toEqual([
      expect.objectContaining({ name: 'Gabelstapler licence', year: 'renewed 2024' }),
    ]);
  });

  it('reads "**Title**, Employer — Place" headings as title, employer and place', () => {
    const roles = profile.roles.map((r) => [r.title, r.company, r.location]);
    expect(roles).toEqual([
      ['Staff Data Engineer', 'Wisła Analytics', 'Kraków'],
      ['Data Engineer', 'Baltic Freight Systems', 'Gdańsk, Poland'],
      ['Junior developer', 'Tatra Soft', 'Zakopane'],
    ]);
  });

  it('reads the dates, a range of months within one year too', () => {
    const dates = profile.roles.map((r) => [r.start, r.end]);
    expect(dates).toEqual([
      ['2020-06', 'present'],
      ['2016-04', '2020-05'],
      ['2015-03', '2015-09'],
    ]);
  });
});

// The same export of a CV laid out in label | value tables, as a Europass template is: the
// cells are read from the source, where Google Docs escaped the punctuation.
const tableCv = [
  '| ![][image1] |  |',
  '| :---- | :---- |',
  '| **PERSONAL INFORMATION** | **Ines Varga** |',
  '|  | ines.varga@example.hu |',
  '',
  '| **JOB APPLIED FOR** | **C\\+\\+ Developer** |',
  '| :---- | :---- |',
  '',
  '**WORK EXPERIENCE**',
  '',
  '|  |  |',
  '| :---- | :---- |',
  '| Dates | 05/2020 \\- present |',
  '| Occupation or position held | Senior C\\+\\+ Developer |',
  '| Employer | Duna Systems Kft\\., Budapest |',
  '| Main activities and responsibilities | ▪ Trading engine in C\\+\\+ 17 and C\\#<br>▪ Cut latency by 40\\% |',
  '',
  // The photo, embedded at the end: more characters than all the words of the page.
  `[image1]: <data:image/jpeg;base64,${'/9j/4AAQSkZJRgABAQ'.repeat(200)}>`,
].join('\n');

describe('a CV of tables downloaded from Google Docs as Markdown', () => {
  const { profile } = imported(tableCv);

  it('reads the tables as a CV, the embedded photo left out', () => {
    expect(profile.identity).toMatchObject({ name: 'Ines Varga', title: 'C++ Developer' });
    expect(profile.roles).toHaveLength(1);
    expect(JSON.stringify(profile)).not.toMatch(/base64|image1/);
  });

  it('reads the escaped dates and employer of a job', () => {
    const [role] = profile.roles;
    expect(role).toMatchObject({
      title: 'Senior C++ Developer',
      company: 'Duna Systems Kft.',
      start: '2020-05',
      end: 'present',
    });
    expect(role?.highlights).toEqual(['Trading engine in C++ 17 and C#', 'Cut latency by 40%']);
  });
});
