import { describe, expect, it } from 'vitest';
import { importMarkdownProfile } from '../../src/import/markdown-profile.ts';

const cv = `# Chloé Marchand

**Développeuse back-end PHP / Symfony & API Platform** — 7 ans d'expérience

📍 Lyon (69) · télétravail 2 j/semaine
✉️ chloe.marchand@example.fr
Permis B · **Disponibilité : préavis de 3 mois**

## Compétences techniques

- **Back-end :** PHP 8, Symfony, API Platform
`;

describe('the header of a French CV', () => {
  const { identity } = importMarkdownProfile(cv).profile;

  it('takes the bold job line for the title, its slash and ampersand no words', () => {
    expect(identity.title).toBe('Développeuse back-end PHP / Symfony & API Platform');
  });

  it('reads the labelled notice after a separator, without the bold marks', () => {
    expect(identity.availability).toBe('préavis de 3 mois');
  });
});
