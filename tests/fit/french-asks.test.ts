import { describe, expect, it } from 'vitest';
import { fitFor } from './profile-fit.ts';

const statusOf = (key: string, line: string, heading = 'Compétences requises') =>
  fitFor(key).fit(`## ${heading}\n- ${line}`).requirements[0]?.status;

describe('asks written in French', () => {
  it('reads the years asked in "ans d\'expérience"', () => {
    // The shipped profile states 6 years of backend work.
    expect(statusOf('shipped', "Au moins 4 ans d'expérience en développement backend")).toBe('met');
    expect(statusOf('shipped', "Au moins 9 ans d'expérience en développement backend")).toBe(
      'partial',
    );
  });

  it('reads "ou" as a choice between fields of business, one shown enough', () => {
    // The shipped profile names EV infrastructure work, nothing of energy by that word.
    expect(
      statusOf(
        'shipped',
        "Une expérience dans le secteur de l'énergie ou de la mobilité électrique",
        'Atouts',
      ),
    ).toBe('met');
  });

  it('reads "ou" as a choice between tools', () => {
    // Tomas lists Vitest and Playwright, not Cypress.
    expect(statusOf('tomas-arvelo', 'Tests automatisés : Playwright ou Cypress')).toBe('met');
  });

  it('takes a "back-office" for part of a product, not a place of work', () => {
    expect(statusOf('shipped', 'Une expérience avec Vue.js, pour le back-office', 'Un plus')).toBe(
      'met',
    );
  });

  it('reads "donné un talk" as an ask for talks given', () => {
    const line = 'Tu as déjà donné un talk en meetup ou en conférence';
    expect(statusOf('amara-okafor', line, 'Un plus')).toBe('met');
    expect(statusOf('tomas-arvelo', line, 'Un plus')).toBe('missing');
  });
});

describe('web performance and app stores named by their parts', () => {
  it('finds Core Web Vitals in a largest-contentful-paint result', () => {
    // Tomas cut the largest contentful paint of a flow; he lists no "Core Web Vitals".
    expect(statusOf('tomas-arvelo', 'Core Web Vitals', 'Requirements')).toBe('met');
  });
});

describe('compounds and kinds of work written otherwise', () => {
  it('finds the name in a Dutch or German compound', () => {
    // Amara lists WCAG 2.2 AA audits; Tomas lists no Kubernetes.
    expect(
      statusOf('amara-okafor', 'Je kent de WCAG-richtlijnen (niveau AA)', 'Wat vragen we'),
    ).toBe('met');
    expect(statusOf('tomas-arvelo', 'Kubernetes-Cluster betreiben', 'Anforderungen')).toBe(
      'missing',
    );
  });

  it('reads years "shipping native apps" as mobile years, not any engineering years', () => {
    // Amara's years are frontend years: close to mobile work, not the same.
    expect(statusOf('amara-okafor', '4+ yrs shipping native apps', 'Requirements')).toBe('partial');
    expect(statusOf('arjun-mehta', '4+ yrs shipping native apps', 'Requirements')).toBe('met');
  });
});

describe('a French posting’s nice-to-haves and remarks', () => {
  it('reads "Les plus" as the heading of nice-to-haves', () => {
    const report = fitFor('shipped').fit(
      "## Profil recherché\n- Maîtrise de Go\n\n## Les plus\n- Connaissance de Redis (cache, files d'attente)",
    );
    expect(report.requirements.map((r) => [r.kind, r.requirement])).toEqual([
      ['must', 'Maîtrise de Go'],
      ['nice', "Connaissance de Redis (cache, files d'attente)"],
    ]);
  });

  it('reads "ou un autre PSP" as "or another of its kind"', () => {
    // The shipped profile names Stripe billing work.
    expect(statusOf('shipped', 'Une expérience avec Stripe ou un autre PSP', 'Les plus')).toBe(
      'met',
    );
  });

  it('takes "est" for the verb, not a time zone: a language remark is no place of work', () => {
    // The shipped profile names no spoken language.
    const report = fitFor('shipped').fit(
      '## Profil recherché\n- Anglais professionnel (la doc technique est en anglais)',
    );
    expect(report.unclassified).toEqual([]);
    expect(report.requirements[0]?.status).toBe('missing');
  });
});
