import { accessSync, constants, statSync } from 'node:fs';
import { dirname, resolve } from 'node:path';

/**
 * Why a file cannot be written (appended to or created), or undefined when it can. Creates
 * nothing: the nearest folder that exists must take new files.
 */
export function unwritableReason(path: string): string | undefined {
  let target = resolve(path);
  let mustBeFile = true;
  for (;;) {
    const stat = statOf(target);
    if (stat) {
      if (mustBeFile && stat.isDirectory()) return 'it is a folder';
      if (!mustBeFile && !stat.isDirectory()) return `${target} is not a folder`;
      try {
        accessSync(target, constants.W_OK);
        return undefined;
      } catch (error) {
        return `${target} is not writable (${(error as NodeJS.ErrnoException).code})`;
      }
    }
    const parent = dirname(target);
    if (parent === target) return 'no folder on its path exists';
    target = parent;
    mustBeFile = false;
  }
}

/** The file's stat, or undefined when it does not exist or a part of its path is a file. */
function statOf(path: string) {
  try {
    return statSync(path, { throwIfNoEntry: false });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOTDIR') return undefined;
    throw error;
  }
}
