import { describe, expect, it } from 'vitest';
import { createAssistant } from '../../src/answer/assistant.ts';
import { answerToPlainText } from '../../src/answer/plain-text.ts';
import { importMarkdownProfile } from '../../src/import/markdown-profile.ts';
import { ProfileSchema } from '../../src/knowledge/schema.ts';

/** An invented GitHub README in Chinese and English, as developers in China write them. */
const readme = `<h1 align="center">Hello 👋 我是周雨桐 (Zhou Yutong)</h1>
<h3 align="center">前端 / 可视化工程师 · Frontend & Data Visualisation Engineer · 📍 成都 Chengdu</h3>

## 🙋 关于我 About Me

- 5 年前端经验 5+ years building dashboards with React and D3.
- 目前在 **蓉图科技** 做可视化平台

## 🛠 技术栈 Tech Stack

**语言 Languages**

![TypeScript](https://img.shields.io/badge/TypeScript-3178C6?style=flat&logo=typescript)
![JavaScript](https://img.shields.io/badge/JavaScript-F7DF1E?style=flat&logo=javascript)

**框架 & 可视化 Frameworks / Charts**

![React](https://img.shields.io/badge/React-61DAFB?style=flat&logo=react)
![D3.js](https://img.shields.io/badge/D3.js-F9A03C?style=flat&logo=d3dotjs)
![ECharts](https://img.shields.io/badge/ECharts-AA344D?style=flat)

## 💼 工作经历 Work Experience

### 蓉图科技 (Rongtu Tech) · 高级前端工程师 Senior Frontend Engineer
\`2020.03 - 至今\`

- 负责地图可视化平台 / Built the map visualisation platform used by 12 city agencies.

## 🎓 教育经历 Education

- **硕士** 四川大学 · 软件工程 (M.Eng., Sichuan University) · \`2016.09 - 2019.06\`

## 🎯 业余爱好 Hobbies

- 🧗 攀岩
- 📷 摄影

## 📫 联系我 Contact

- 📧 Email: yutong.zhou@example.cn
- 💬 微信 WeChat: \`zyt_charts\`
`;

describe('a README in Chinese and English', () => {
  const { profile } = importMarkdownProfile(readme);

  it('takes the name from a greeting that introduces the owner in Chinese', () => {
    expect(profile.identity.name).toBe('周雨桐 (Zhou Yutong)');
  });

  it('reads the title from the English half of the tagline and the place from its pin', () => {
    expect(profile.identity.title).toBe('Frontend & Data Visualisation Engineer');
    expect(profile.identity.location).toBe('成都 Chengdu');
  });

  it('reads headings written in both languages as the sections they name', () => {
    expect(profile.education.map((e) => [e.degree, e.institution])).toEqual([['硕士', '四川大学']]);
    expect(profile.interests.map((i) => i.name)).toEqual(['攀岩', '摄影']);
    expect(profile.summary.join(' ')).toContain('5+ years building dashboards');
  });

  it('keeps a badge group under a label joined with "&" and "/" as one group', () => {
    const names = profile.skills.flatMap((c) => c.skills.map((s) => s.name));
    expect(names).toEqual(expect.arrayContaining(['TypeScript', 'React', 'D3.js', 'ECharts']));
    expect(names).not.toContain('Charts');
    const group = profile.skills.find((c) => c.skills.some((s) => s.name === 'React'));
    expect(group?.name).toContain('Frameworks');
  });

  describe('asked about', () => {
    const assistant = createAssistant(
      ProfileSchema.parse({
        ...profile,
        identity: {
          ...profile.identity,
          pronouns: { subject: 'she', object: 'her', possessive: 'her' },
        },
      }),
    );
    const ask = (q: string) => answerToPlainText(assistant.ask(q, q));

    it('answers questions asked in Chinese', () => {
      expect(ask('她现在在哪家公司上班？')).toContain('蓉图科技');
      expect(ask('她在哪里？')).toContain('成都 Chengdu');
    });

    it("counts a degree written in Chinese or as M.Eng. as a master's", () => {
      expect(ask("does she have a master's degree?")).toMatch(/^Yes\b/);
      expect(ask('她是硕士吗？')).toContain('四川大学');
    });

    it('says which channel asked for the profile does not give, and finds one it does', () => {
      expect(ask("what's her telegram?")).toContain("doesn't give a Telegram account");
      expect(ask("what's her wechat?")).toContain('zyt_charts');
    });
  });
});
