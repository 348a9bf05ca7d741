import { existsSync } from 'node:fs';
import { type Browser, chromium } from 'playwright-core';

/** Debian's Chromium; `npx playwright install` cannot download a browser here. */
export const CHROMIUM = '/usr/bin/chromium';

/**
 * Whether browser tests skip: only where Chromium is missing outside CI. `.ci/run` installs it,
 * so a missing browser fails there rather than passing unseen.
 */
export function skipWithoutChromium(what: string): boolean {
  const skip = !existsSync(CHROMIUM) && !process.env.CI;
  if (skip)
    console.warn(`Skipping ${what}: ${CHROMIUM} is not installed (apt-get install chromium).`);
  return skip;
}

/** Headless Chromium with the flags this machine needs, and nothing reaching the network. */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
    ],
  });
}
