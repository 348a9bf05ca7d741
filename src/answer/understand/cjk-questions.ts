/**
 * Questions asked in Chinese, Japanese or Korean ("他现在在哪家公司上班？", "彼女の学歴は？",
 * "그는 어디에 살아요?"): the engine's words are Latin, so the words of those scripts that ask
 * about a profile are said in the English the kinds read. Names and technologies in Latin
 * letters stay as typed; words the table does not know are left for the raw-text search.
 */
const GLOSSES: readonly (readonly [english: string, words: string])[] = [
  ['he', '他 彼 그는 그가'],
  ['she', '她 彼女 그녀'],
  [
    'where is based',
    '在哪 在哪里 在哪儿 在哪裡 哪里人 哪個城市 哪个城市 坐标 所在地 住在 どこ 어디',
  ],
  [
    'which company does work at',
    '哪家公司 什么公司 什麼公司 公司 上班 在职 在職 雇主 会社 勤務先 勤め 회사 직장',
  ],
  ['currently', '现在 目前 現在 当前 今は 지금 현재'],
  ['education degree', '学历 學歷 学位 學位 毕业 畢業 学歴 학력 학위'],
  ['university', '大学 大學 大学院 대학'],
  ["master's", '硕士 碩士 修士 석사'],
  ["bachelor's", '本科 学士 學士 학사'],
  ['phd', '博士 박사'],
  ['blog', '博客 部落格 ブログ 블로그'],
  ['email', '邮箱 郵箱 邮件 郵件 电子邮件 電子郵件 メール 이메일'],
  ['contact', '联系方式 聯繫方式 联系 聯繫 聯絡 連絡先 連絡 연락처 연락'],
  ['website', '网站 網站 主页 主頁 ウェブサイト 웹사이트'],
  ['github', '代码 代碼 コード 코드'],
  ['skills', '技能 技术栈 技術棧 技术 技術 スキル 기술'],
  ['how many years of experience', '几年 幾年 多少年 多久 经验 經驗 経験 경력 年数'],
  ['projects', '项目 項目 作品 开源 開源 プロジェクト 프로젝트'],
  ['certifications', '证书 證書 认证 認證 資格 자격증'],
  ['spoken languages', '外语 外語 语言能力 語学 외국어'],
  ['english', '英语 英文 英語 영어'],
  ['chinese', '中文 汉语 漢語 普通话 中国語 중국어'],
  ['japanese', '日语 日語 日本語 일본어'],
  ['korean', '韩语 韓語 韓国語 한국어'],
  ['does know', '会不会 会用 會用 懂 熟悉 用过 用過 了解 掌握 できます 使える 할 수 있'],
  ['job title', '职位 職位 职称 頭銜 头衔 職種 직무 직책'],
  ['open to work', '看机会 看機會 求职 求職 找工作 入职 入職 到岗 転職 구직 이직'],
  ['salary', '薪资 薪資 工资 工資 期望薪资 年収 給与 연봉'],
  ['remote', '远程 遠端 遠程 リモート 원격'],
  ['led a team', '带团队 帶團隊 带人 管理团队 管理團隊 团队 團隊 チーム 팀'],
  ['talks', '演讲 演講 分享 登壇 講演 발표'],
  ['awards', '奖 獎 荣誉 榮譽 受賞 수상'],
  ['hobbies', '爱好 愛好 兴趣 興趣 趣味 취미'],
];

/** Every known word, longest first, so that "哪家公司" is read before "公司". */
const WORDS: readonly (readonly [string, string])[] = GLOSSES.flatMap(([english, words]) =>
  words.split(' ').map((word) => [word, english] as const),
).sort((a, b) => b[0].length - a[0].length);

const ASIAN = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u;

/** The question with its Chinese, Japanese or Korean asking words said in English, if any. */
export function glossAsianQuestion(text: string): string | undefined {
  if (!ASIAN.test(text)) return undefined;
  let glossed = text;
  let found = false;
  for (const [word, english] of WORDS) {
    if (!glossed.includes(word)) continue;
    found = true;
    glossed = glossed.split(word).join(` ${english} `);
  }
  return found ? glossed.replace(/\s+/g, ' ').trim() : undefined;
}
