import { describe, expect, it } from 'vitest';
import { createAssistant } from '../../src/answer/assistant.ts';
import { answerToPlainText } from '../../src/answer/plain-text.ts';
import { importProfile } from '../../src/import/import-profile.ts';
import { buildImportReport } from '../../src/import/import-report.ts';
import { toKnowledgeYaml } from '../../src/import/knowledge-yaml.ts';
import { parseKnowledge } from '../../src/knowledge/load.ts';
import type { Profile } from '../../src/knowledge/schema.ts';

// A moderncv source as people keep them: a commented header, a preamble of packages and
// styles, LaTeX escapes and accents, a job and a phone number commented out.
const MODERNCV = String.raw`%% CV of Renée Castellanos -- build with xelatex
\documentclass[11pt,a4paper,sans]{moderncv}
\moderncvstyle{classic}
\moderncvcolor{green}
\usepackage[utf8]{inputenc}
\usepackage[scale=0.8]{geometry}

\name{Ren\'ee}{Castellanos}
\title{Lead Data Platform Engineer}
\address{Rua das Flores 112, 3\textordmasculine{} Esq.}{4050-265 Porto}{Portugal}
\phone[mobile]{+351~912~448~031}
%\phone[fixed]{+351~220~000~000}
\email{renee@castellanos.dev}
\homepage{castellanos.dev}
\social[github]{rcastellanos}
\social[linkedin]{renee-castellanos}
\extrainfo{Portuguese work permit}
\quote{Data engineer with 11~years of experience turning messy event streams into warehouses people trust.}

\begin{document}
\makecvtitle

\section{Professional experience}
\cventry{2020--present}{Lead Data Platform Engineer}{Marés Analytics}{Porto}{}{%
Streaming analytics for port operators.
\begin{itemize}
\item Rebuilt the ingestion on \textbf{Apache Flink} and Kafka: 2.4~billion events a day, 40\% cheaper
\item Wrote the data-quality checks in dbt \& Great Expectations
\end{itemize}}
\cventry{2015--2020}{Data Engineer}{Tabuleiro Software}{Lisbon}{}{%
\begin{itemize}
\item Ported the reporting service from C\# to Python; nightly jobs went from 6~h to 40~min
\item Kept the \texttt{etl\_core} library \emph{alive} --- 300 pipelines used it
\end{itemize}}
% \cventry{2013--2015}{Barista}{Café Majestic}{Porto}{}{Latte art, mostly}

\section{Education}
\cventry{2010--2015}{MSc in Informatics Engineering}{Universidade do Porto}{Porto}{\textit{final grade 17/20}}{Thesis: \emph{Incremental view maintenance for OLAP cubes}}

\section{Skills}
\cvdoubleitem{Streaming}{Apache Flink, Kafka, Debezium}{Warehousing}{Snowflake, dbt, BigQuery}
\cvitem{Programming}{Python, Scala, SQL}

\section{Certifications}
\cvitem{2022}{Google Professional Data Engineer}

\section{Projects \& talks}
\cvitem{GitHub}{\href{https://github.com/rcastellanos/tidepool}{tidepool} -- a Flink connector for tide-gauge sensors}
\cvitem{Talk}{\emph{Exactly-once is a lie we tell ourselves} -- Berlin Buzzwords 2024}

\section{Languages}
\cvlanguage{Portuguese}{Native}{}
\cvlanguage{German}{Intermediate (B1)}{evening classes since 2023}

\section{Other}
\cvitem{Availability}{From February~2027, remote or hybrid in Porto}
\cvlistitem{Coaches a youth chess club on Saturdays}
\end{document}
`;

async function imported(text = MODERNCV) {
  return importProfile(new TextEncoder().encode(text));
}

function ask(profile: Profile, question: string): string {
  return answerToPlainText(createAssistant(profile).ask(question));
}

describe('importing a moderncv LaTeX source', () => {
  it('reads the header as identity and contact, without the street or postcode', async () => {
    const { format, profile } = await imported();
    expect(format).toBe('latex');
    expect(profile.identity).toMatchObject({
      name: 'Renée Castellanos',
      title: 'Lead Data Platform Engineer',
      location: 'Porto, Portugal',
      yearsOfExperience: 11,
      availability: 'From February 2027, remote or hybrid in Porto',
    });
    expect(profile.contact).toMatchObject({
      email: 'renee@castellanos.dev',
      phone: '+351 912 448 031',
      website: 'https://castellanos.dev',
      github: 'https://github.com/rcastellanos',
      linkedin: 'https://linkedin.com/in/renee-castellanos',
    });
    expect(profile.summary[0]).toMatch(/^Data engineer with 11 years of experience/);
  });

  it('reads \\cventry under experience as roles, with the itemize as highlights', async () => {
    const { profile } = await imported();
    expect(profile.roles).toMatchObject([
      {
        company: 'Marés Analytics',
        title: 'Lead Data Platform Engineer',
        start: '2020',
        end: 'present',
        location: 'Porto',
        summary: 'Streaming analytics for port operators.',
        highlights: [
          'Rebuilt the ingestion on Apache Flink and Kafka: 2.4 billion events a day, 40% cheaper',
          'Wrote the data-quality checks in dbt & Great Expectations',
        ],
      },
      {
        company: 'Tabuleiro Software',
        title: 'Data Engineer',
        start: '2015',
        end: '2020',
        highlights: [
          'Ported the reporting service from C# to Python; nightly jobs went from 6 h to 40 min',
          'Kept the etl_core library alive — 300 pipelines used it',
        ],
      },
    ]);
  });

  it('places education, skills, certifications, projects, talks and languages', async () => {
    const { profile } = await imported();
    expect(profile.education).toMatchObject([
      {
        institution: 'Universidade do Porto',
        degree: 'MSc in Informatics Engineering',
        start: '2010',
        end: '2015',
      },
    ]);
    expect(profile.skills.map((c) => [c.name, c.skills.map((s) => s.name)])).toEqual([
      ['Streaming', ['Apache Flink', 'Kafka', 'Debezium']],
      ['Warehousing', ['Snowflake', 'dbt', 'BigQuery']],
      ['Programming', ['Python', 'Scala', 'SQL']],
    ]);
    expect(profile.certifications).toMatchObject([
      { name: 'Google Professional Data Engineer', year: '2022' },
    ]);
    expect(profile.projects).toMatchObject([
      {
        name: 'tidepool',
        summary: 'a Flink connector for tide-gauge sensors',
        links: [{ url: 'https://github.com/rcastellanos/tidepool' }],
      },
    ]);
    expect(profile.publications).toMatchObject([
      { kind: 'talk', title: 'Exactly-once is a lie we tell ourselves' },
    ]);
    expect(profile.languages).toEqual([
      { name: 'Portuguese', proficiency: 'Native' },
      { name: 'German', proficiency: 'Intermediate (B1) – evening classes since 2023' },
    ]);
  });

  it('takes nothing from comments or the preamble, and keeps the rest as listed text', async () => {
    const result = await imported();
    const text = JSON.stringify(result.profile);
    expect(text).not.toMatch(/Barista|Majestic|220 000|inputenc|geometry|classic|\\/);
    const report = buildImportReport('cv.tex', result);
    expect(report.keptAsText).toContainEqual({
      section: 'other',
      title: 'Other',
      items: ['Coaches a youth chess club on Saturdays'],
    });
    expect(report.keptAsText).toContainEqual(
      expect.objectContaining({
        items: expect.arrayContaining(['Portuguese work permit']),
      }),
    );
    expect(result.notes.join('\n')).toMatch(/preamble .*\\usepackage.* not imported/);
  });

  it('answers questions about the imported owner', async () => {
    const { profile } = await imported();
    expect(ask(profile, 'does she know flink?')).toMatch(/Apache Flink/);
    expect(ask(profile, 'where does she work now?')).toMatch(/Marés Analytics/);
    expect(ask(profile, 'has she written C#?')).toMatch(/C#/);
    expect(ask(profile, 'does she speak german?')).toMatch(/German/);
    expect(ask(profile, 'has she spoken at conferences?')).toMatch(/Exactly-once/);
  });

  it('says what is missing when there is no \\name', async () => {
    const text = MODERNCV.replace(/\\name\{[^}]*\}\{[^}]*\}/, '');
    await expect(imported(text)).rejects.toThrow(/no name found.*\\name\{First\}\{Last\}/);
  });
});

// The Awesome-CV class: other command names, the date last in \cventry, entries in environments.
const AWESOME_CV = String.raw`%!TEX TS-program = xelatex
\documentclass[11pt, a4paper]{awesome-cv}
\geometry{left=1.4cm, top=.8cm, right=1.4cm, bottom=1.8cm, footskip=.5cm}
\colorlet{awesome}{awesome-red}
\name{Kwame}{Mensah-Lindqvist}
\position{Site Reliability Engineer{\enskip\cdotp\enskip}Go Developer}
\address{V\"astg\"otagatan 5, 118 27 Stockholm, Sweden}
\mobile{(+46) 70-123 45 67}
\email{kwame@mensah.se}
\homepage{mensah.se}
\github{kmensah}
\linkedin{kwame-mensah}
\quote{${'``'}Make it boring, then make it fast.''}
\begin{document}
\makecvheader[C]
\makecvfooter{\today}{Kwame Mensah-Lindqvist~~~·~~~R\'esum\'e}{\thepage}
\cvsection{Summary}
\begin{cvparagraph}
Reliability engineer with 9 years of experience keeping payment systems up.
\end{cvparagraph}
\cvsection{Work Experience}
\begin{cventries}
  \cventry
    {Senior Site Reliability Engineer} % Job title
    {Spotlane AB} % Organization
    {Stockholm, Sweden} % Location
    {Jan. 2021 - Present} % Date(s)
    {
      \begin{cvitems} % Description(s) of tasks/responsibilities
        \item {Led the migration of 60 services to Kubernetes on GKE.}
        \item {Wrote an SLO burn-rate alerting library in Go.}
      \end{cvitems}
    }
\end{cventries}
\cvsection{Education}
\begin{cventries}
  \cventry{B.S. in Computer Engineering}{KTH Royal Institute of Technology}{Stockholm, Sweden}{Aug. 2012 - Jun. 2016}{}
\end{cventries}
\cvsection{Skills}
\begin{cvskills}
  \cvskill{Languages}{Go, Python, Bash}
  \cvskill{Infrastructure}{Kubernetes, Terraform, Prometheus}
\end{cvskills}
\cvsection{Honors \& Awards}
\begin{cvhonors}
  \cvhonor{Finalist}{Swedish Collegiate Programming Contest}{Lund, Sweden}{2015}
\end{cvhonors}
\input{resume/committees.tex}
\end{document}
`;

describe('importing an Awesome-CV LaTeX source', () => {
  it('reads its header, jobs, degrees, skills and honours like moderncv ones', async () => {
    const { format, profile, warnings } = await imported(AWESOME_CV);
    expect(format).toBe('latex');
    expect(profile.identity).toMatchObject({
      name: 'Kwame Mensah-Lindqvist',
      headline: 'Site Reliability Engineer · Go Developer',
      location: 'Stockholm, Sweden',
      yearsOfExperience: 9,
    });
    expect(profile.contact).toMatchObject({
      phone: '+46 70-123 45 67',
      github: 'https://github.com/kmensah',
      linkedin: 'https://linkedin.com/in/kwame-mensah',
    });
    expect(profile.roles).toMatchObject([
      {
        company: 'Spotlane AB',
        title: 'Senior Site Reliability Engineer',
        start: '2021-01',
        end: 'present',
        highlights: [
          'Led the migration of 60 services to Kubernetes on GKE.',
          'Wrote an SLO burn-rate alerting library in Go.',
        ],
      },
    ]);
    expect(profile.education).toMatchObject([
      { institution: 'KTH Royal Institute of Technology', degree: 'B.S. in Computer Engineering' },
    ]);
    expect(profile.summary[0]).toBe('“Make it boring, then make it fast.”');
    expect(profile.skills.map((c) => c.name)).toEqual(['Languages', 'Infrastructure']);
    expect(profile.awards).toMatchObject([{ title: 'Finalist', date: '2015' }]);
    expect(JSON.stringify(profile)).not.toMatch(/cventries|cvitems|committees|Job title/);
    expect(warnings).toContainEqual(expect.stringMatching(/resume\/committees\.tex.*not read/));
  });
});

describe('importing a LaTeX CV written without a CV class', () => {
  it('reads its sections, bold job lines and items like a markdown résumé', async () => {
    const article = String.raw`\documentclass[10pt]{article}
\usepackage{hyperref}
\begin{document}
\begin{center}
{\LARGE \textbf{Priya Raman}}\\
Backend Engineer \\
Chennai, India \textbullet{} \href{mailto:priya@raman.dev}{priya@raman.dev}
\end{center}
\section*{Experience}
\textbf{Senior Backend Engineer}, Kovai Payments \hfill 2019 -- Present
\begin{itemize}
\item Built the settlement service in Go and PostgreSQL.
\end{itemize}
\textbf{Software Engineer}, Nilgiri Soft \hfill 2015 -- 2019
\begin{itemize}
\item Wrote the billing API in Java.
\end{itemize}
\section*{Skills}
\textbf{Languages:} Go, Java, SQL \\
\textbf{Tools:} Kafka, Docker
\end{document}
`;
    const { format, profile } = await imported(article);
    expect(format).toBe('latex');
    expect(profile.identity).toMatchObject({
      name: 'Priya Raman',
      title: 'Backend Engineer',
      location: 'Chennai, India',
    });
    expect(profile.contact.email).toBe('priya@raman.dev');
    expect(profile.roles).toMatchObject([
      {
        company: 'Kovai Payments',
        title: 'Senior Backend Engineer',
        start: '2019',
        end: 'present',
      },
      {
        company: 'Nilgiri Soft',
        title: 'Software Engineer',
        highlights: ['Wrote the billing API in Java.'],
      },
    ]);
    expect(profile.skills.map((c) => c.name)).toEqual(['Languages', 'Tools']);
  });
});

describe('telling a LaTeX source from markdown', () => {
  it('reads markdown that quotes LaTeX in a code block as markdown', async () => {
    const markdown = [
      '# Tomás Reyes',
      'Typesetting engineer',
      '',
      '## Skills',
      '- LaTeX, TeX',
      '',
      '```latex',
      '\\documentclass{moderncv}',
      '\\name{Tomás}{Reyes}',
      '```',
    ].join('\n');
    expect((await imported(markdown)).format).toBe('markdown');
  });
});

describe('a moderncv import written as knowledge', () => {
  it('validates when loaded back and still answers', async () => {
    const { profile } = await imported();
    const yaml = toKnowledgeYaml(profile, { schema: '../knowledge/profile.schema.json' });
    const loaded = parseKnowledge(yaml, 'renee.yaml');
    expect(loaded).toMatchObject(profile);
    expect(ask(loaded, 'when could she start?')).toMatch(/February 2027/);
    expect(ask(loaded, 'what did she study?')).toMatch(/Universidade do Porto/);
  });
});
