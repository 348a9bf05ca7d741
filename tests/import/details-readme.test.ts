import { describe, expect, it } from 'vitest';
import { importMarkdownProfile } from '../../src/import/markdown-profile.ts';

/** A profile README folding its sections into `<details>`, a logo table, a blog-post list. */
const readme = `<h1 align="center">Hello, I'm Tomasz Okonkwo-Berg</h1>
<h3 align="center">Solutions Engineer @ <a href="https://harbourlight.example">Harbourlight</a> · Gdańsk, Poland</h3>

- 🗣️ Polish · Igbo · Kashubian

<details>
<summary><b>Tools I use</b></summary>
<br>

<table>
  <tr>
    <td align="center"><img src="https://cdn.example.org/logos/rust.svg" width="40" height="40" alt="Rust" title="Rust"/><br>Rust</td>
    <td align="center"><img src="https://cdn.example.org/logos/k8s.svg" width="40" height="40" title="Kubernetes"/><br>Kubernetes</td>
    <td align="center"><img src="https://cdn.example.org/logos/gcp.svg" width="40" height="40" alt="GCP" title="GCP Cloud Run"/></td>
  </tr>
</table>

</details>

<details>
<summary><b>Talks</b></summary>
<br>

| year | event | talk |
|---|---|---|
| 2025 | RustFest Baltic | Borrowing without tears |
| 2023 | Cloud Native Gdańsk | Ten pods are not a platform |

</details>

### Latest blog posts
<!-- BLOG-POST-LIST:START -->
- [Why our queue is a table](https://tomasz.example/posts/queue-table/)
<!-- BLOG-POST-LIST:END -->

### This week I spent my time on
<!--START_SECTION:waka-->
![WakaTime stats](https://stats.example.app/api/wakatime?username=tomaszob&layout=compact)
<!--END_SECTION:waka-->
`;

describe('a README with <details> sections, a logo table and a blog-post list', () => {
  const { profile } = importMarkdownProfile(readme);

  it('splits "Title @ Employer" in the header: the title alone is the title', () => {
    expect(profile.identity.title).toBe('Solutions Engineer');
  });

  it('reads a bare list of names, most of them languages, as the languages spoken', () => {
    expect(profile.languages.map((l) => l.name)).toEqual(['Polish', 'Igbo', 'Kashubian']);
  });

  it('names each logo by its title when it says more than its alt text, or has no alt', () => {
    const skills = profile.skills.flatMap((c) => c.skills.map((s) => s.name));
    expect(skills).toEqual(['Rust', 'Kubernetes', 'GCP Cloud Run']);
  });

  it('reads a "year | event | talk" table as talks', () => {
    expect(profile.publications.filter((p) => p.kind === 'talk')).toEqual([
      { kind: 'talk', title: 'Borrowing without tears', venue: 'RustFest Baltic', date: '2025' },
      {
        kind: 'talk',
        title: 'Ten pods are not a platform',
        venue: 'Cloud Native Gdańsk',
        date: '2023',
      },
    ]);
  });

  it('reads the blog posts after the folded sections as writing, and drops the stats card', () => {
    const others = profile.publications.filter((p) => p.kind !== 'talk');
    expect(others.map((p) => [p.kind, p.title])).toEqual([['article', 'Why our queue is a table']]);
    expect(JSON.stringify(profile)).not.toContain('This week I spent');
  });
});
