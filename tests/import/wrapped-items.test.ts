import { describe, expect, it } from 'vitest';
import { importMarkdownProfile } from '../../src/import/markdown-profile.ts';

describe('a list item that opens in bold and wraps onto a second line', () => {
  it('keeps the space where the editor wrapped the line', () => {
    const { profile } = importMarkdownProfile(
      '# Ana Lee\n\nBackend Developer | Go\n\n## Selected work\n\n- **Ledger sync** — Moved the nightly sync to streaming; in tests with\n  real bank files, errors fell.\n',
    );
    const text = JSON.stringify(profile);
    expect(text).toContain('in tests with real bank files');
    expect(text).not.toContain('withreal');
  });
});
