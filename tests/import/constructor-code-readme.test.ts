import { describe, expect, it } from 'vitest';
import { imported } from '../support/import-fixture.ts';

/**
 * An invented README whose "about me" is a Kotlin constructor call, with an emoji list, a
 * "Tools & tech I use" block folded into `<details>`, an "Education & certs" block and a footer
 * of links after a rule.
 */
const readme = `<h1 align="center">Hey, I'm Adaeze 👋</h1>

\`\`\`kotlin
val me = Developer(
    name = "Adaeze Nwosu",
    role = "Android Engineer @ Paystackish",
    location = "Enugu, Nigeria",
    yearsOfExperience = 5,
    stack = listOf("Kotlin", "Jetpack Compose", "Hilt"),
)
\`\`\`

- 🎤 Spoke at **Droidcon Accra 2024** — "Sync or swim? Offline queues on 2G"
- 🗣️ I speak English and Igbo (and my French is "je ne sais pas" level)

<details>
<summary><b>🛠️ Tools & tech I use</b></summary>

**Testing:** JUnit, MockK, Espresso

</details>

<details>
<summary><b>🎓 Education & certs</b></summary>

- B.Eng. Computer Engineering — University of Benin (2019)
- Associate Android Developer — Google Developers Certification (2021)

</details>

<details>
<summary><b>📊 GitHub stats</b></summary>

![stats](https://github-readme-stats.vercel.app/api?username=adaeze)

</details>

---

📫 **Reach me:** [adaeze@example.org](mailto:adaeze@example.org) ·
[LinkedIn](https://www.linkedin.com/in/adaeze-nwosu) ·
[Medium](https://medium.com/@adaeze)
`;

describe('a README whose "about me" is a constructor call', () => {
  const { profile } = imported(readme);

  it('reads the call’s named arguments as the owner’s facts', () => {
    expect(profile.identity.name).toBe('Adaeze Nwosu');
    expect(profile.identity.location).toBe('Enugu, Nigeria');
    expect(profile.identity.yearsOfExperience).toBe(5);
    const names = profile.skills.flatMap((c) => c.skills.map((s) => s.name));
    // Once each: the list inside the call is not read again as an assignment of its own.
    expect(names.filter((n) => n === 'Kotlin')).toHaveLength(1);
  });

  it('reads "Tools & tech I use" as skills', () => {
    const names = profile.skills.flatMap((c) => c.skills.map((s) => s.name));
    expect(names).toEqual(expect.arrayContaining(['JUnit', 'MockK', 'Espresso']));
  });

  it('takes a "Spoke at …" bullet as a talk, not as the title; a quoted French phrase is none', () => {
    expect(profile.publications).toEqual([
      expect.objectContaining({ kind: 'talk', title: 'Sync or swim? Offline queues on 2G' }),
    ]);
    expect(profile.identity.title).not.toMatch(/spoke/i);
  });

  it('tells a certificate whose level is "Associate" from an associate degree', () => {
    expect(profile.certifications.map((c) => c.name)).toEqual([
      expect.stringContaining('Associate Android Developer'),
    ]);
  });

  it('reads the links after the closing rule as contact details', () => {
    expect(profile.contact.email).toBe('adaeze@example.org');
    expect(profile.contact.linkedin).toBe('https://www.linkedin.com/in/adaeze-nwosu');
  });
});
