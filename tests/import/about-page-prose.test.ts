import { describe, expect, it } from 'vitest';
import { imported } from '../support/import-fixture.ts';

/**
 * An invented MDX "about" page: the name whole only in the front matter, skills as components
 * inside a layout `<div>`, and the rest told in sentences.
 */
const page = `---
title: "About — Kalani Akana"
location: "Honolulu, Hawaii"
---

import Skill from '../components/Skill.astro'
import ProjectCard from '../components/ProjectCard.astro'

# Aloha, I'm Kalani 👋

I'm a compiler engineer and I mostly write OCaml and Rust these days.

## Things I'm good at

<div class="grid grid-cols-2">
  <Skill name="OCaml" level="advanced" />
  <Skill name="LLVM" level="intermediate" />
</div>

Outside the list: I run everything through Nix, and I'm slowly learning Zig because a friend insists.

## Open source

<ProjectCard title="tidepool" href="https://github.com/kakana/tidepool" description="A tiny SSA optimiser." tags={["ocaml", "llvm"]} />

## Talks & community

- Speaker, "Lowering closures without tears" -- ICFP Workshops 2022
- Co-organiser of the Honolulu Functional meetup (2019 -- present)

## Beyond the keyboard

I studied at UH Mānoa (University of Hawaiʻi at Mānoa) — integrated master's in Computer Science, 2014. I also co-organise the Aloha Compilers meetup.
`;

describe('an MDX about page told mostly in sentences', () => {
  const { profile } = imported(page);

  it('takes the whole name from a front-matter title that opens with the page name', () => {
    expect(profile.identity.name).toBe('Kalani Akana');
  });

  it('reads skill components inside a layout wrapper under "Things I\'m good at"', () => {
    const skills = profile.skills.flatMap((c) => c.skills.map((s) => `${s.name} ${s.note}`));
    expect(skills).toEqual(expect.arrayContaining(['OCaml advanced', 'LLVM intermediate']));
  });

  it('takes no sentence for a skill, and not the one being learned', () => {
    const names = profile.skills.flatMap((c) => c.skills.map((s) => s.name));
    expect(names).toContain('Nix');
    expect(names).not.toContain('Zig');
    expect(names.some((name) => name.startsWith('I '))).toBe(false);
  });

  it("reads a project card's tags as its technologies, apart from its summary", () => {
    const [tidepool] = profile.projects;
    expect(tidepool?.summary).toBe('A tiny SSA optimiser.');
    expect(tidepool?.technologies).toEqual(['ocaml', 'llvm']);
  });

  it("reads a talk's venue without the part played, and a meetup organised as volunteering", () => {
    expect(profile.publications.map((p) => `${p.title} @ ${p.venue}`)).toEqual([
      'Lowering closures without tears @ ICFP Workshops',
    ]);
    expect(profile.volunteer.map((v) => `${v.position}: ${v.organization}`)).toEqual([
      'Co-organiser: Honolulu Functional meetup',
      'Co-organiser: Aloha Compilers meetup',
    ]);
  });

  it('reads a degree told in a sentence after the school, a dash between', () => {
    expect(profile.education).toEqual([
      expect.objectContaining({
        institution: 'UH Mānoa (University of Hawaiʻi at Mānoa)',
        degree: "integrated master's",
        field: 'Computer Science',
        end: '2014',
      }),
    ]);
  });
});

/** An invented personal site: the jobs told as paragraphs, the last one's highlights listed. */
const site = `# Hi, I'm Morag 👋

I'm a backend engineer in Inverness. These days my job title is **Principal Engineer**, which mostly means I review a lot of designs.

## Work

From 2015 to 2019 I was a Backend Engineer at Kelpie Labs, a tiny agency in Glasgow. Mostly Ruby and Postgres.

In 2019 I joined **Thistle Health** — software for rural GP practices, based in Perth — as a Senior Engineer, writing Go services. I've been a Principal Engineer there since 2023. Highlights:

* moved 60 services onto Kubernetes
* built the on-call rota tooling
`;

describe('jobs told as paragraphs on a personal site', () => {
  const { profile } = imported(site);

  it('takes the title the owner says is theirs', () => {
    expect(profile.identity.title).toBe('Principal Engineer');
  });

  it('reads a job joined "— what the employer does —" with its own highlights', () => {
    const thistle = profile.roles.find((r) => r.company === 'Thistle Health');
    expect(thistle?.title).toBe('Senior Engineer');
    expect(JSON.stringify(thistle)).toContain('moved 60 services onto Kubernetes');
    const kelpie = profile.roles.find((r) => r.company === 'Kelpie Labs');
    expect(JSON.stringify(kelpie)).not.toContain('Kubernetes');
  });
});

/** An invented data scientist's README: competition placings in a table under "Kaggle highlights". */
const kaggle = `# Linh Dao

Data Scientist

### 🏆 Kaggle highlights

2 gold · 3 silver — peak competitions rank **#412** worldwide

| Competition | Year | Finish | Medal |
|---|---|---|---|
| Rossmann – Store Sales | 2023 | 12th / 3,303 | 🥇 Gold |

Write-ups are in [kaggle-notes](https://github.com/ldao/kaggle-notes).
`;

describe('competition placings under a "Kaggle highlights" heading', () => {
  const { profile } = imported(kaggle);

  it('reads each row as an award: the competition, its year and how it went, on Kaggle', () => {
    expect(profile.awards).toContainEqual({
      title: 'Rossmann – Store Sales',
      awarder: 'Kaggle',
      date: '2023',
      summary: '12th / 3,303, 🥇 Gold',
    });
  });

  it('keeps a lower-case tail in the title, and a sentence beside them out of the awards', () => {
    const titles = profile.awards.map((a) => a.title);
    expect(titles).toContain('2 gold · 3 silver — peak competitions rank #412 worldwide');
    expect(profile.awards.some((a) => a.awarder?.startsWith('peak'))).toBe(false);
    expect(titles.some((t) => t.startsWith('Write-ups'))).toBe(false);
  });
});
