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
