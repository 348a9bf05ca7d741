import { describe, expect, it } from 'vitest';
import { projectsFromProse } from '../../src/import/prose-projects.ts';

const names = (text: string) => projectsFromProse(text).map((p) => p.name);

describe('projects described in sentences', () => {
  it('reads a named project the sentence introduces', () => {
    expect(
      names('My side project Tern, a tiny static-site generator. I maintain Quill, an editor.'),
    ).toEqual(['Tern', 'Quill']);
  });

  it('reads a made thing named by its noun, without its size', () => {
    expect(
      names(
        'I wrote our on-call handbook, and set up the release policy. We built a small pricing service in Go.',
      ),
    ).toEqual(['on-call handbook', 'release policy', 'pricing service']);
  });

  it("reads a name the bracket after it calls the owner's own thing, without its version", () => {
    expect(
      names(
        "I'm currently working on fjord-cli v2 (our command-line tool). I'm working on Go (a language).",
      ),
    ).toEqual(['fjord-cli']);
  });

  it('takes no tool, no bare noun and no ordinary work for a project', () => {
    expect(
      names('I maintain Kubernetes clusters. I wrote the service. I built trust with the team.'),
    ).toEqual([]);
  });
});
