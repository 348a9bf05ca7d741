import type { Skill } from '../knowledge/schema.ts';
import { splitList } from './entry-text.ts';
import type { Line } from './markdown-lines.ts';
import { readSkillItem } from './skill-item.ts';
import { technologiesInProse } from './technology-mentions.ts';

/**
 * A "/uses" page's line: "**GCP** — at Corvane, plus some side projects", "**Python** — scripts,
 * glue", "**Kubernetes** (EKS and self-managed), **Helm**", "**Docker** / **containerd**". The
 * bold name is a tool and what follows says how it is used (or names tools beside it), not a
 * group named "GCP" holding "at Corvane". Undefined where the line is a group's list instead
 * ("**Languages** — Go, Rust").
 */
export function toolWithNote(line: Line): Skill[] | undefined {
  const lead = line.lead?.trim() ?? '';
  const rest = line.rest?.trim() ?? '';
  // "**Falco** for runtime detection": a bold name the vocabulary may not know, then its use.
  const used = /^(?:for|when|in|at|on|with|via|to)\s/.test(rest);
  // "**Trivy**, **Semgrep**, **cosign**": a list the name opens. (The rest comes without its
  // separator: the line's text still has it.)
  const continued = line.text.trim().startsWith(`${lead},`);
  if (line.label || !lead || !rest || lead.split(/\s+/).length > 4) return undefined;
  if (!(isTool(lead) || used || continued)) return undefined;
  const [tool] = readSkillItem(lead);
  if (!tool) return undefined;
  // "(EKS and self-managed), Helm, Argo CD": the bracket is its note, the names after it tools.
  const bracket = /^\(([^()]+)\)\s*(?:([,;/+])\s*(.*)|[—–-]\s*(.*))?$/.exec(rest);
  if (bracket) {
    const more = bracket[2] ? splitList(bracket[3] ?? '').flatMap(readSkillItem) : [];
    const note = [bracket[1], bracket[4]].filter(Boolean).join(' — ');
    return [{ ...tool, note }, ...more];
  }
  // "/ containerd", "+ Tailscale": tools beside it.
  const beside = /^[/+&]\s*(.+)$/.exec(rest);
  if (beside?.[1]) return [tool, ...splitList(beside[1]).flatMap(readSkillItem)];
  const items = splitList(rest.replace(/^[—–:,;-]\s*/, ''));
  const tools = items.filter(isTool);
  // "— Go, Rust, Zig": a list of tools under a name of its own.
  // After a comma, names ("Grype, Syft") go on the list; words ("unfortunately fluent") note it.
  const names = continued && items.every((item) => isTool(item) || /^\p{Lu}/u.test(item));
  if (names) return [tool, ...items.flatMap(readSkillItem)];
  if (!used && tools.length * 2 >= items.length) return undefined;
  const note = rest.replace(/^[—–,:;-]\s*/, '').trim();
  return [{ ...tool, ...(note ? { note } : {}) }];
}

/** A name the vocabulary knows as a tool: "GCP", "Terraform", not "Languages". */
function isTool(name: string): boolean {
  const found = technologiesInProse(name);
  return found.length > 0 && found.every((t) => t.tool);
}
