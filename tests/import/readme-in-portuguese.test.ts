import { describe, expect, it } from 'vitest';
import { imported } from '../support/import-fixture.ts';

/** An invented GitHub profile README written in Brazilian Portuguese. */
const readme = `<h1 align="center">Olá, eu sou a Beatriz Lima 👋</h1>
<h3 align="center">Engenheira de Software Sênior | Go • Kubernetes</h3>

## 👩🏽‍💻 Sobre mim

Sou engenheira de software com mais de 9 anos de experiência em sistemas distribuídos.

- 🌱 Estou aprendendo **Rust** e eBPF
- 🎓 Bacharel em Ciência da Computação pela UFMG (2014)
- 📍 Belo Horizonte - MG, Brasil
- 🌎 Português (nativo), Inglês (avançado), Espanhol (básico)
- ⚡ Curiosidade: toco cavaquinho aos domingos

## 💼 Experiência

- **Cerrado Pagamentos** — Engenheira de Software Sênior _(2020 – atual)_
  - Migração dos serviços de cobrança para Kubernetes
- **Ipê Sistemas** — Desenvolvedora Back-end _(2015 – 2020)_

## 📜 Certificações

- Certified Kubernetes Administrator (CKA) — CNCF, 2022

## 📫 Como me encontrar

<div>
  <a href="https://www.linkedin.com/in/beatriz-lima-dev/"><img src="https://img.shields.io/badge/-LinkedIn-%230077B5?style=for-the-badge&logo=linkedin" /></a>
  <a href="mailto:oi@beatrizlima.dev"><img src="https://img.shields.io/badge/Gmail-D14836?style=for-the-badge&logo=gmail" /></a>
</div>
`;

describe('a README written in Portuguese', () => {
  const { profile } = imported(readme);

  it('reads the name after the article and the title from the heading under it', () => {
    expect(profile.identity.name).toBe('Beatriz Lima');
    expect(profile.identity.title).toBe('Engenheira de Software Sênior');
  });

  it('reads the years, the place and the spoken languages from the "Sobre mim" bullets', () => {
    expect(profile.identity.yearsOfExperience).toBe(9);
    expect(profile.identity.location).toBe('Belo Horizonte - MG, Brasil');
    expect(profile.languages.map((l) => l.name)).toEqual(['Português', 'Inglês', 'Espanhol']);
  });

  it('reads a degree from a school named by its initials', () => {
    expect(profile.education).toEqual([
      expect.objectContaining({
        degree: 'Bacharel',
        field: 'Ciência da Computação',
        institution: 'UFMG',
        end: '2014',
      }),
    ]);
  });

  it('files what she is learning, her roles and her certificate under their own headings', () => {
    expect(profile.exploring.join(' ')).toContain('Rust');
    expect(profile.roles.map((r) => r.company)).toEqual(['Cerrado Pagamentos', 'Ipê Sistemas']);
    expect(profile.certifications.map((c) => c.name).join(' ')).toContain(
      'Certified Kubernetes Administrator',
    );
  });

  it('reads the e-mail address behind a mail badge', () => {
    expect(profile.contact.email).toBe('oi@beatrizlima.dev');
    expect(profile.contact.linkedin).toBe('https://www.linkedin.com/in/beatriz-lima-dev/');
  });
});

describe('a profile README in English with the same shapes', () => {
  const { profile } = imported(`# Hi, I'm Ana Souza

### Frontend Developer | React

## About me

- 📍 Porto Alegre, Brazil
- 🎓 BSc in Information Systems from PUCRS (2019)
`);

  it('takes an H3 right under the name as the title, and a bullet that is only a place', () => {
    expect(profile.identity.title).toBe('Frontend Developer');
    expect(profile.identity.location).toBe('Porto Alegre, Brazil');
    expect(profile.education[0]).toMatchObject({
      institution: 'PUCRS',
      field: 'Information Systems',
    });
  });
});

/** Another: the greeting a markdown heading of level three, certificates on a labelled line. */
const another = `### Olá, eu sou a Joana Prates ðŸ‘‹

Desenvolvedora **Front-end** com **5 anos de experiência**.

- 🔭 Atualmente trabalhando na **Caju Apps** como Desenvolvedora Front-end Sênior
- 📍 Natal, RN - Brasil

## 🎓 Formação

- **Bacharelado em Ciência da Computação** — UFRN · 2013 – 2017

📜 **Certificações:** Google UX Design (Coursera) · Alura Formação React

## 🤝 Conecte-se comigo

<p align="center">
  <a href="https://www.linkedin.com/in/joana-prates-dev/"><img src="https://img.shields.io/badge/LinkedIn-0077B5?style=for-the-badge&logo=linkedin" /></a>
</p>
`;

describe('a Portuguese README with a level-three greeting', () => {
  const { profile } = imported(another);

  it('names its owner from "Olá, eu sou a …" whatever the heading level', () => {
    expect(profile.identity.name).toBe('Joana Prates');
  });

  it('reads the job from "trabalhando na X como Y", the title ending with its bullet', () => {
    expect(profile.identity.title).toBe('Desenvolvedora Front-end Sênior');
    expect(profile.roles.map((r) => [r.title, r.company])).toEqual([
      ['Desenvolvedora Front-end Sênior', 'Caju Apps'],
    ]);
  });

  it('reads each certificate of a labelled line and the links under "Conecte-se comigo"', () => {
    expect(profile.certifications.map((c) => c.name)).toEqual([
      'Google UX Design (Coursera)',
      'Alura Formação React',
    ]);
    expect(profile.contact.linkedin).toBe('https://www.linkedin.com/in/joana-prates-dev/');
  });
});

describe('an opening line that greets in the profile’s own language', () => {
  it.each([
    ['Olá, eu sou a Rita Soares!', 'Rita Soares'],
    ['Hallo, ich bin Jonas Weber.', 'Jonas Weber'],
    ['Bonjour, je suis Léa.', 'Léa'],
  ])('%s names %s', (line, name) => {
    const { profile } = imported(`${line}\n\nRole: Frontend Engineer\n\n## Skills\n\n- React\n`);
    expect(profile.identity.name).toBe(name);
  });
});
