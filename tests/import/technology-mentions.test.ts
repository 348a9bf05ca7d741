import { describe, expect, it } from 'vitest';
import {
  bracketPartners,
  listedToolNames,
  longerProductNames,
  makerProducts,
  slashPartners,
  technologiesInProse,
} from '../../src/import/technology-mentions.ts';

const names = (text: string) => technologiesInProse(text).map((m) => m.name);

describe('technologies named in a sentence', () => {
  it('tells tools from practices and fields', () => {
    const tools = technologiesInProse(
      'Cut on-call pages with SLOs and ML models on Kubeflow Pipelines, served by Go and Postgres.',
    )
      .filter((m) => m.tool)
      .map((m) => m.name);
    expect(tools).toEqual(['Kubeflow', 'Go', 'Postgres']);
  });

  it('reads no name out of a longer hyphenated one, but does out of "React-based"', () => {
    expect(names('Switches on IOS-XE, a React-based portal')).toEqual(['React']);
  });

  it('splits "React/Next.js" and does not read Node out of Node.js', () => {
    expect(names('With React/Next.js on the front and Node.js (NestJS) on the back.')).toEqual([
      'React',
      'Next.js',
      'Node.js',
      'NestJS',
    ]);
  });

  it('keeps the README spelling and remembers the usual name', () => {
    expect(technologiesInProse('Mostly Postgres, some k8s.')).toEqual([
      { name: 'Postgres', canonical: 'PostgreSQL', category: 'Databases', tool: true },
      { name: 'k8s', canonical: 'Kubernetes', category: 'Cloud & DevOps', tool: true },
    ]);
  });

  it('prefers the longest name: Ruby on Rails, not Ruby', () => {
    expect(names('Agency sites with Ruby on Rails and jQuery.')).toEqual([
      'Ruby on Rails',
      'jQuery',
    ]);
  });

  it('matches symbols as whole names: C++, C#, .NET', () => {
    expect(names('Games in C++, tools in C# on .NET.')).toEqual(['C++', 'C#', '.NET']);
  });

  it('does not take everyday words for technologies', () => {
    expect(names('I react quickly, go home early, and node along; we cache our jest.')).toEqual([]);
    expect(names('Go home. Rust never sleeps.')).toEqual([]);
  });

  it('names each technology once', () => {
    expect(names('TypeScript here, TypeScript there.')).toEqual(['TypeScript']);
  });
});

describe('tools listed as "Name for purpose"', () => {
  const text =
    'Linear for planning, GitHub Actions for CI/CD, Figma when I pair with designers, and Notion for RFCs.';

  it('keeps names outside the vocabulary when the list names known tools too', () => {
    expect(listedToolNames(text, technologiesInProse(text))).toEqual(['Linear', 'Notion']);
  });

  it('invents nothing from a sentence that is not such a list', () => {
    const plain = 'Mostly for fun, I write Go for work.';
    expect(listedToolNames(plain, technologiesInProse(plain))).toEqual([]);
    const unknown = 'Linear for planning, Notion for notes.';
    expect(listedToolNames(unknown, technologiesInProse(unknown))).toEqual([]);
  });
});

describe('names a sentence pairs with a known tool by a slash', () => {
  it.each([
    ['Moved a legacy jQuery/Handlebars stack to React.', ['Handlebars']],
    ['Ran Kafka/Zookeeper clusters', ['Zookeeper']],
    ['Set up CI/CD with GitHub Actions', []],
    ['React/Next.js front ends', []],
    ['mapped input/output formats', []],
  ])('"%s" gives %j', (text, names) => {
    expect(slashPartners(text)).toEqual(names);
  });
});

describe('longer product names that start with a known one', () => {
  it.each([
    [
      'Built the feature store on Vertex AI Feature Store and BigQuery.',
      ['Vertex AI Feature Store'],
    ],
    ['Ran Google Cloud in Tokyo', []],
    ['Shipped React Native With Expo', []],
    ['Moved CI to GitHub Actions.', []],
  ])('"%s" gives %j', (text, longer) => {
    const known = technologiesInProse(text).map((m) => m.name);
    expect(longerProductNames(text, known)).toEqual(longer);
  });
});

describe('names beside a known tool', () => {
  it.each([
    ['Nightly checks in SQL Server (T-SQL) for the batch', ['T-SQL']],
    ['Dashboards in Grafana (Loki) and Go (Gin)', []],
    ['Three years of Python (3 years)', []],
  ])('a bracket after a known tool: "%s" gives %j', (text, partners) => {
    expect(bracketPartners(text)).toEqual(partners);
  });

  it.each([
    [
      'Ran the Fortinet FortiGate pair and Fortinet FortiAnalyzer.',
      ['Fortinet FortiGate', 'Fortinet FortiAnalyzer'],
    ],
    ['Stored secrets in Azure Key Vault; Azure and AWS both.', ['Azure Key Vault']],
    ['Fortinet with the others', []],
  ])('a maker of a listed skill, then capitalised words: "%s" gives %j', (text, products) => {
    expect(makerProducts(text, ['Fortinet', 'Azure'])).toEqual(products);
  });
});
