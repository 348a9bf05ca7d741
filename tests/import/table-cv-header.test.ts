import { describe, expect, it } from 'vitest';
import { imported } from '../support/import-fixture.ts';

// A CV made of markdown tables whose header is a photo cell beside one cell of <br> lines:
// the name in capitals, the title, a pinned place, then contacts behind symbols.
const cv = [
  '| | |',
  '|:---:|:---|',
  '| <img src="me.jpg" alt="Noor Haddad" width="120"> | **NOOR HADDAD**<br>Backend Engineer · Kotlin · payments<br>📍 Amman, Jordan (remote)<br>✉️ noor@haddad.example · ☎️ +962 7 9555 0101<br>🐙 [github.com/nhaddad](https://github.com/nhaddad) · 🌐 [haddad.example](https://haddad.example) |',
  '',
  '### Experience',
  '',
  '| Period | Company | Role | Highlights |',
  '|---|---|---|---|',
  '| 01/2020 – present | **Qasr Apps**, Amman | Backend Engineer | Built the billing API<br>Cut p99 latency by half |',
].join('\n');

describe('the header cell of a CV made of tables', () => {
  const { profile } = imported(cv);

  it('reads the title and the pinned place', () => {
    expect(profile.identity.name).toBe('Noor Haddad');
    expect(profile.identity.title).toBe('Backend Engineer');
    expect(profile.identity.location).toMatch(/^Amman/);
  });

  it('reads each contact behind its symbol, links with their address', () => {
    expect(profile.contact.email).toBe('noor@haddad.example');
    expect(profile.contact.phone).toBe('+962 7 9555 0101');
    expect(profile.contact.github).toBe('https://github.com/nhaddad');
    expect(profile.contact.website).toBe('https://haddad.example');
  });
});
