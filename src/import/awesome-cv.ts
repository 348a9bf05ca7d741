import type { LatexCommand } from './latex-source.ts';

/**
 * Awesome-CV, the other LaTeX CV class people fork, says the same things with other commands
 * and another argument order. Each is rewritten as its moderncv twin, so one reader places both:
 * `\cvsection` is `\section`, `\cventry{title}{organisation}{place}{date}{…}` moves the date first.
 */
export const AWESOME_CV_COMMANDS: Readonly<Record<string, number>> = Object.freeze({
  cvsection: 1,
  cvsubsection: 1,
  cvskill: 2,
  cvhonor: 4,
  position: 1,
  github: 1,
  gitlab: 1,
  linkedin: 1,
  twitter: 1,
  orcid: 1,
  stackoverflow: 2,
  googlescholar: 2,
});

// Header commands naming an account: the network is the command's name.
const NETWORKS = ['github', 'gitlab', 'linkedin', 'twitter', 'orcid', 'stackoverflow'];

/** True when the source is written for the Awesome-CV class. */
export function isAwesomeCv(source: string): boolean {
  return (
    /\\documentclass(?:\[[^\]]*\])?\{awesome-cv\}/.test(source) || /\\cvsection\s*\{/.test(source)
  );
}

/** The moderncv command an Awesome-CV command means; others are returned as they are. */
export function asModernCv(command: LatexCommand): LatexCommand {
  const [a = '', b = '', c = '', d = '', e = ''] = command.args;
  const as = (name: string, args: string[], options: string[] = []): LatexCommand => ({
    kind: 'command',
    name,
    options,
    args,
  });
  if (NETWORKS.includes(command.name)) {
    // `\stackoverflow{id}{name}`: the id makes the address.
    return as('social', [a], [command.name]);
  }
  switch (command.name) {
    case 'cvsection':
      return as('section', [a]);
    case 'cvsubsection':
      return as('subsection', [a]);
    case 'position':
      return as('title', [a.replace(/\{\\enskip\\cdotp\\enskip\}/g, ' · ')]);
    case 'cventry':
      return as('cventry', [d, a, b, c, '', e]);
    case 'cvhonor':
      // `{award}{event}{place}{date}`: the place says where, not who gave it.
      return as('cventry', [d, a, b, '', '', c]);
    case 'cvskill':
      return as('cvitem', [a, b]);
    default:
      return command;
  }
}
