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
});
