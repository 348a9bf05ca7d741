import { describe, expect, it } from 'vitest';
import { importMarkdownProfile } from '../../src/import/markdown-profile.ts';

/** An English résumé in the shape common in China: labelled details, "YYYY.MM" dates, numbered projects. */
const resume = `# ZHANG Wei (张伟)

**Java Backend Engineer**

Gender: Male | Phone: (+86) 139-0000-0000 | Email: zhangwei_dev@example.cn
Current City: Chengdu, Sichuan | GitHub: https://github.com/zhangwei-dev

## Work Experience

**Chengdu Lanshan Software Co., Ltd.** | Senior Java Engineer | 2020.07 - Present

- Lead a team of 5 backend developers.

## Project Experience

### Project 1: Parcel Routing Service (2021.03 - 2022.06)

**Role:** Backend Lead

- Designed the routing cache with Redis.
`;

describe('an English résumé in the Chinese style', () => {
  const { profile } = importMarkdownProfile(resume);

  it('reads the city from a "Current City:" part on its own line of labelled parts', () => {
    expect(profile.identity.location).toBe('Chengdu, Sichuan');
  });

  it('reads "2020.07 - Present" as dates', () => {
    expect(profile.roles.map((r) => [r.company, r.start, r.end])).toEqual([
      ['Chengdu Lanshan Software Co., Ltd.', '2020-07', 'present'],
    ]);
  });

  it('reads "Project Experience" as projects, each named after its number', () => {
    expect(profile.projects.map((p) => p.name)).toEqual(['Parcel Routing Service']);
  });
});
