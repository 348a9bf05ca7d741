import { describe, expect, it } from 'vitest';
import { imported } from '../support/import-fixture.ts';

/** An invented badge README: a typing banner, a subtitle heading, the career in about bullets. */
const readme = `<h1 align="center">Hi 👋🏽, I'm Adaeze Nwosu</h1>
<h3 align="center">Platform Engineer • Go & Kubernetes • keeping payments boring 🇬🇭</h3>

<p align="center">
  <img src="https://readme-typing-svg.demolab.com?lines=Gopher+from+Accra;YAML+whisperer" alt="Typing SVG" />
</p>

### 🧑🏽‍💻 About me

- 📍 Based in **Accra, Ghana**
- 🔭 Currently working at **Kobo Rails** as a Staff Platform Engineer, where I run the cluster fleet (since June 2021).
- 🕰️ Before that I spent four years at **Tamale Telecom** as a Site Reliability Engineer (2017 – May 2021), moving billing onto Kubernetes.
- 📜 Google Professional Cloud Architect (certified 2023)
- 👯 Co-organizer at Gophers Accra — come to the next meetup!
- 🗣️ I speak English, Twi and Pidgin

### 🛠️ Tools

![Go](https://img.shields.io/badge/Go-00ADD8?style=for-the-badge&logo=go&logoColor=white)
`;

describe('a badge README whose about bullets tell the career', () => {
  const { profile } = imported(readme);

  it('takes the title from the heading under the name, not from the typing banner', () => {
    expect(profile.identity.title).toBe('Platform Engineer');
  });

  it('reads "Currently working at X as a Y (since …)" as the current job', () => {
    expect(profile.roles).toContainEqual(
      expect.objectContaining({
        company: 'Kobo Rails',
        title: 'Staff Platform Engineer',
        start: '2021-06',
        end: 'present',
      }),
    );
  });

  it('reads the span in brackets as the earlier job’s dates', () => {
    expect(profile.roles).toContainEqual(
      expect.objectContaining({ company: 'Tamale Telecom', start: '2017', end: '2021-05' }),
    );
  });

  it('reads a certificate "(certified 2023)", a community role and Pidgin', () => {
    expect(profile.certifications).toEqual([
      expect.objectContaining({ name: 'Google Professional Cloud Architect', year: '2023' }),
    ]);
    expect(profile.volunteer).toEqual([
      expect.objectContaining({ organization: 'Gophers Accra', position: 'Co-organizer' }),
    ]);
    expect(profile.languages.map((l) => l.name)).toEqual(['English', 'Twi', 'Pidgin']);
  });
});
