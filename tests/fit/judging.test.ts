import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createFit } from '../../src/fit/fit.ts';
import { readRequirements } from '../../src/fit/requirements.ts';
import { importMarkdownProfile } from '../../src/import/markdown-profile.ts';
import { loadKnowledge } from '../../src/knowledge/load.ts';
import { ProfileSchema } from '../../src/knowledge/schema.ts';

const fitFor = (key: string) =>
  createFit(
    key === 'shipped'
      ? loadKnowledge('knowledge/profile.yaml')
      : ProfileSchema.parse(
          importMarkdownProfile(readFileSync(`tests/fixtures/profiles/${key}.md`, 'utf8')).profile,
        ),
  );

/** The status of the one requirement a single-bullet job description states. */
const statusOf = (key: string, requirement: string, heading = 'Requirements') =>
  fitFor(key).fit(`## ${heading}\n- ${requirement}`).requirements[0]?.status;

describe('technologies close to the one asked for', () => {
  // Arjun lists React Native and GraphQL, not React nor Apollo.
  it('counts a product named after another (React Native for React) as close, not met', () => {
    expect(statusOf('arjun-mehta', 'Production React apps')).toBe('partial');
    expect(statusOf('tomas-arvelo', 'Production React apps')).toBe('met');
  });

  it('asks for a client library named beside its protocol on its own', () => {
    expect(statusOf('arjun-mehta', 'GraphQL through Apollo Client')).toBe('partial');
  });
});

describe('"or similar"', () => {
  it('is met by a listed technology of the same kind, not by a merely related one', () => {
    // The shipped profile lists Gin, Fiber and Echo (Go web frameworks), and Redis.
    const web = statusOf(
      'shipped',
      'A web framework such as Django, FastAPI or NestJS (or similar)',
    );
    expect(web).toBe('met');
    expect(statusOf('shipped', 'A message queue: RabbitMQ, SQS or similar')).not.toBe('met');
  });

  it('offers the whole list before "or a comparable …" as the choice', () => {
    // Ha lists Kafka, not NATS.
    expect(statusOf('pham-thu-ha', 'Built on Kafka, NATS or a comparable message broker')).toBe(
      'met',
    );
  });
});

describe('what a technology is used for', () => {
  it('asks for the technology a line is built on ("Prometheus-based monitoring")', () => {
    expect(statusOf('pham-thu-ha', 'Prometheus-based monitoring and alerting')).toBe('met');
    expect(statusOf('ingrid-vasquez-holm', 'Prometheus-based monitoring and alerting')).toBe(
      'missing',
    );
  });

  it('meets operating clusters only where the knowledge speaks of running them', () => {
    const jd = 'Experience operating production Kubernetes clusters at scale';
    expect(statusOf('pham-thu-ha', jd)).toBe('met'); // "a 400-node Kubernetes fleet"
    expect(statusOf('shipped', jd)).toBe('partial'); // "Docker & Kubernetes deployments"
    expect(statusOf('shipped', 'Running Kubernetes in production')).toBe('met');
  });
});

describe('regions of Asia', () => {
  it('tells Southeast Asia from South Asia', () => {
    const jd =
      'Based in Singapore or elsewhere in Southeast Asia (remote within the region is fine)';
    expect(statusOf('shipped', jd)).toBe('missing'); // Lahore
    expect(statusOf('pham-thu-ha', jd)).toBe('met'); // Đà Nẵng
  });
});

describe('spoken languages', () => {
  it('does not take a language named in a remark or a reason for one asked', () => {
    // Dan speaks English and Yoruba.
    expect(
      statusOf('dan-okafor', 'Dutch at a working level (our team will switch to English)'),
    ).toBe('missing');
    expect(
      statusOf('dan-okafor', 'Danish is helpful, as our working language is English', 'Bonus'),
    ).toBe('missing');
  });

  it('meets "another Scandinavian language" with any of them', () => {
    const jd = 'Danish or another Scandinavian language';
    expect(statusOf('ingrid-solberg-mensah', jd)).toBe('met'); // Norwegian
    expect(statusOf('dan-okafor', jd)).toBe('missing');
  });
});

describe('years of experience in a kind of work', () => {
  it('counts data-science years as close to data engineering, alike when a similar role is allowed', () => {
    // Nadia: machine-learning engineer and data scientist, 8 years.
    expect(statusOf('nadia-okonkwo', '5+ years of data engineering experience')).toBe('partial');
    expect(statusOf('nadia-okonkwo', '5+ years as a data engineer or in a similar role')).toBe(
      'met',
    );
    expect(statusOf('shipped', '5+ years as a data engineer or in a similar role')).toBe('partial');
  });

  it('counts security-engineering years as close to platform years, not as those years', () => {
    // Ingrid is a product security engineer.
    const ask = '6+ years in DevOps or cloud infrastructure roles';
    expect(statusOf('ingrid-vasquez-holm', ask)).toBe('partial');
    expect(statusOf('ingrid-vasquez-holm', '4+ years in mobile engineering')).toBe('missing');
  });
});

describe('years that name no kind of work', () => {
  const jd =
    'Hi,\n\nRole: Senior Mobile Engineer (Android)\n\nMust:\n- 5+ yrs\n- 3+ years of Python';

  it('are years in the kind of work the job title names', () => {
    const years = (key: string) =>
      fitFor(key)
        .fit(jd)
        .requirements.find((r) => r.requirement === '5+ yrs')?.status;
    expect(years('arjun-mehta')).toBe('met'); // a mobile engineer, 7 years
    expect(years('shipped')).toBe('partial'); // a backend engineer: close, not met
  });

  it('but years of a named technology are years of that technology', () => {
    const python = fitFor('nadia-okonkwo')
      .fit(jd)
      .requirements.find((r) => r.requirement.includes('Python'));
    expect(python?.status).toBe('met');
  });
});

describe('a line with more than one sentence or clause', () => {
  it('keeps "… for iOS and Android; … is a must" whole instead of splitting it at "and"', () => {
    const report = fitFor('tomas-arvelo').fit(
      '## Requirements\n- Co-own our React Native app for iOS and Android; hands-on mobile experience is a must.',
    );
    expect(report.requirements).toHaveLength(1);
    expect(report.requirements[0]?.requirement).toContain('iOS and Android;');
  });
});

describe('a name with a word saying what it is', () => {
  it('takes "Room DB" for Room, not for a narrower product', () => {
    expect(statusOf('priya-raman', 'offline-first / Room DB')).toBe('met');
  });
});

describe('a wish that narrows a requirement', () => {
  it('keeps "X, ideally in Y" a must-have', () => {
    const [found] = readRequirements(
      'We are looking for someone with 5 years of Go experience, ideally in fintech.',
    );
    expect(found?.kind).toBe('must');
  });
});

describe('a practice the knowledge names in other words', () => {
  const rhea = createFit(
    ProfileSchema.parse(
      importMarkdownProfile(`# Rhea Lind

Application security engineer.

## Skills

- **Security:** incident response, threat modeling, Burp Suite
`).profile,
    ),
  );
  const statusOf = (requirement: string) =>
    rhea.fit(`## Requirements\n- ${requirement}`).requirements[0]?.status;

  it('does not take a capital opening the line for a proper name: on-call is not incident response', () => {
    expect(statusOf('On-call experience for production services')).toBe('partial');
  });

  it('reads British and American spellings of a practice as the same words', () => {
    expect(statusOf('Threat modelling for new features')).toBe('met');
  });
});

describe('years of software development', () => {
  const profile = (title: string) =>
    createFit(
      ProfileSchema.parse(
        importMarkdownProfile(`# Ola Berg\n\n${title}\n\n${title} with 9 years of experience.\n`)
          .profile,
      ),
    );
  const statusOf = (title: string, requirement: string) =>
    profile(title).fit(`## Requirements\n- ${requirement}`).requirements[0]?.status;

  it("are any developer's years, and only close for running infrastructure", () => {
    expect(statusOf('Mobile Engineer', '7+ years of software development')).toBe('met');
    expect(statusOf('Site Reliability Engineer', '7+ years of software development')).toBe(
      'partial',
    );
  });

  it("do not make managing developers a developer's experience", () => {
    expect(statusOf('Backend Engineer', '2+ years as a line manager of software engineers')).toBe(
      'missing',
    );
  });

  it("count a developer's years as close for test automation work, not as the same", () => {
    expect(statusOf('Frontend Engineer', '5+ years in QA automation or SDET roles')).toBe(
      'partial',
    );
  });
});

describe('a degree asked for as completed studies', () => {
  const withEducation = (education: string) =>
    createFit(
      ProfileSchema.parse(
        importMarkdownProfile(`# Kai Moreno\n\nBackend Engineer\n\n${education}`).profile,
      ),
    );
  const asked = '## Your profile\n- Completed studies in informatics or a similar qualification';

  it('is met by a stated degree and missing without one, experience or not', () => {
    const graduate = withEducation('## Education\n\nB.Sc. Informatics, Uppsala University, 2015\n');
    const none = withEducation('Backend engineer with 12 years of experience.\n');
    expect(graduate.fit(asked).requirements[0]?.status).toBe('met');
    expect(none.fit(asked).requirements[0]?.status).toBe('missing');
  });
});

describe('a list in parentheses naming what the words before it mean', () => {
  it('asks for the listed tools, not the technology the line only places them in', () => {
    // The shipped profile lists CI/CD and GitHub Actions, and no fuzzing.
    const fuzzing =
      'experience wiring fuzzing tools (AFL, libFuzzer or Jazzer) into CI/CD pipelines';
    expect(statusOf('shipped', fuzzing)).not.toBe('met');
    // Ingrid runs SAST/DAST/SCA tooling in CI pipelines.
    const scanners = 'experience adding scanners (SAST, DAST or SCA) into CI pipelines';
    expect(statusOf('ingrid-vasquez-holm', scanners)).toBe('met');
    expect(statusOf('shipped', scanners)).not.toBe('met');
  });
});

describe('running a technology versus working with it', () => {
  it('counts deploying onto Kubernetes as close to operating it in production', () => {
    // The shipped profile has "Docker & Kubernetes deployments"; Ha ran a 400-node fleet.
    expect(statusOf('shipped', 'Operating Kubernetes in production')).toBe('partial');
    expect(statusOf('pham-thu-ha', 'Operating Kubernetes in production')).toBe('met');
    expect(statusOf('shipped', 'Deploying services to Kubernetes')).toBe('met');
  });

  it('counts reviewing Terraform as close to writing it, and enough when reviews are asked', () => {
    // Ingrid lists "Terraform reviews"; Ha wrote Terraform modules.
    expect(statusOf('ingrid-vasquez-holm', 'Terraform for all infrastructure')).toBe('partial');
    expect(statusOf('pham-thu-ha', 'Terraform for all infrastructure')).toBe('met');
    expect(statusOf('ingrid-vasquez-holm', 'Security reviews of Terraform code')).toBe('met');
  });
});

describe('two asks in one line, each with its own choice of tools', () => {
  it('does not let the first ask met answer for the tools of the second', () => {
    // The shipped profile states Clean Architecture and no Koin nor Kodein.
    const jd =
      '## Requirements\n- Good command of SOLID / Clean Architecture and dependency injection with Koin or Kodein\n';
    const report = fitFor('shipped').fit(jd);
    expect(report.requirements.map((r) => r.status)).toEqual(['partial']);
    expect(report.requirements[0]?.parts).toEqual([
      { text: 'Good command of SOLID / Clean Architecture', status: 'met' },
      { text: 'dependency injection with Koin or Kodein', status: 'missing' },
    ]);
  });

  it('gives a list in parentheses to the practice right before it, not to the first ask', () => {
    // The shipped profile builds REST APIs and lists no form library.
    const jd =
      '## Requirements\n- Experience building REST or gRPC APIs and managing form state (Formik, Final Form or similar)\n- Docker and image signing (Cosign, Notary)\n';
    const report = fitFor('shipped').fit(jd);
    expect(report.requirements.map((r) => r.requirement)).toEqual([
      'Experience building REST or gRPC APIs and managing form state (Formik, Final Form or similar)',
      'Docker and image signing (Cosign, Notary)',
    ]);
    expect(report.requirements[0]?.parts).toEqual([
      { text: 'Experience building REST or gRPC APIs', status: 'met' },
      { text: 'managing form state (Formik, Final Form or similar)', status: 'missing' },
    ]);
  });
});

describe('a narrower use of a technology than holding it', () => {
  it('asks for security work on the cloud when the ask is securing it', () => {
    // The shipped profile lists AWS with no security work; Ingrid does AWS security.
    const ask = 'Experience securing workloads on AWS';
    expect(statusOf('shipped', ask)).toBe('partial');
    expect(statusOf('ingrid-vasquez-holm', ask)).toBe('met');
  });

  it('asks for a tool used for apps when the ask is the tool for mobile', () => {
    // The shipped profile runs GitHub Actions for backend services; Arjun builds Android apps.
    const ask = 'Release automation for mobile with GitHub Actions';
    expect(statusOf('shipped', ask)).toBe('partial');
    expect(statusOf('arjun-mehta', ask)).toBe('met');
  });
});

describe('a tool named by a lower-case abbreviation', () => {
  it('reads "k8s" as Kubernetes, a name and not a plain-word practice', () => {
    // The shipped profile lists Kubernetes.
    expect(statusOf('shipped', 'k8s for all our services')).toBe('met');
  });
});

describe('a spoken language with a remark after it', () => {
  it('does not count the language the remark names as the one asked for', () => {
    // Ha lists English and Vietnamese, no Polish.
    const ask = 'Polish is a plus, but our working language is English';
    expect(statusOf('pham-thu-ha', ask, 'Nice to have')).toBe('missing');
  });
});

describe('a certificate named under a certifications heading', () => {
  const posting = (name: string) =>
    `Experience:\nAndroid development: 5 years (Required)\n\nLicense/Certification:\n${name} (Preferred)`;
  const statusIn = (key: string, name: string) =>
    fitFor(key)
      .fit(posting(name))
      .requirements.find((r) => r.requirement.startsWith(name));

  it('is met only by that certificate, never by the skill it is about', () => {
    const android = statusIn('arjun-mehta', 'Associate Android Developer (Google)');
    expect(android?.status).toBe('partial');
    expect(android?.evidence.join(' ')).toMatch(/a skill, not a certification/);
  });

  it('is met by the certificate the profile holds', () => {
    expect(statusIn('ingrid-solberg-mensah', 'Databricks Data Engineer Professional')?.status).toBe(
      'met',
    );
  });
});

describe('a kind of tool asked for without a name', () => {
  // The shipped profile lists PostgreSQL and MySQL, and Redis-backed task queues; no SAST tool.
  it('is met by a listed tool of that kind', () => {
    expect(statusOf('shipped', 'Experience designing RDBMS schemas')).toBe('met');
    expect(statusOf('shipped', 'Message queues')).toBe('met');
  });

  it('is only the setting when the line asks for something else', () => {
    expect(statusOf('shipped', 'SAST/DAST tooling in CI pipelines')).not.toBe('met');
  });
});

describe('asks typed the way a post on X types them', () => {
  it('reads "go or rust" in lower case as a choice of two languages', () => {
    // The shipped profile lists Go.
    expect(statusOf('shipped', 'go or rust for the hot path')).toBe('met');
  });

  it('reads "published a paper or spoke somewhere" as an ask for a public voice', () => {
    // The shipped profile lists no papers or talks.
    expect(statusOf('shipped', 'published a paper or spoke somewhere', 'Bonus')).toBe('missing');
  });
});
