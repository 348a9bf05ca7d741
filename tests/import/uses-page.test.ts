import { describe, expect, it } from 'vitest';
import { importMarkdownProfile } from '../../src/import/markdown-profile.ts';

/** An invented personal site: a "/uses" page of bold tools with notes, and pastimes in prose. */
const page = `# Rafa Ortega

Platform Engineer | Valencia

## Uses 🛠️

### Infra
- **GCP** — at Naranja, plus some side projects
- **Kubernetes** (GKE and kind), **Helm**, **Argo CD**
- **Docker** / **Podman**
- **Falco** for runtime detection
- **Trivy**, **Grype**, **Syft**

### Languages
- **Go** — Go, Rust, Zig
- **Bash**, unfortunately fluent

## Outside work 🧗

Climbing (slowly), baking sourdough, and sailing the Albufera when the wind allows, which is often.
`;

describe('a "/uses" page of tools with notes', () => {
  const { profile } = importMarkdownProfile(page);
  const skills = profile.skills.flatMap((c) => c.skills);
  const named = skills.map((s) => s.name);

  it('reads each bold tool as a skill with its note, not as a group of the note', () => {
    expect(skills.find((s) => s.name === 'GCP')?.note).toBe('at Naranja, plus some side projects');
    expect(skills.find((s) => s.name === 'Falco')?.note).toBe('for runtime detection');
    expect(skills.find((s) => s.name === 'Bash')?.note).toBe('unfortunately fluent');
    expect(named).not.toContain('at Naranja');
    expect(profile.skills.map((c) => c.name)).not.toContain('GCP');
  });

  it('reads the tools beside a bracket, a slash or a comma as skills too', () => {
    expect(named).toEqual(
      expect.arrayContaining([
        'Kubernetes',
        'Helm',
        'Argo CD',
        'Docker',
        'Podman',
        'Trivy',
        'Grype',
        'Syft',
      ]),
    );
    expect(skills.find((s) => s.name === 'Kubernetes')?.note).toBe('GKE and kind');
  });

  it('reads the sentence under "Outside work" that opens with a list as pastimes', () => {
    expect(profile.interests.map((i) => i.name)).toEqual([
      'Climbing',
      'baking sourdough',
      'sailing the Albufera',
    ]);
  });
});
