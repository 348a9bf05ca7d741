import type { ProfileSupport, Support } from '../answer/support.ts';
import { technologyNamed } from '../answer/vocabulary/index.ts';
import { escapeRegExp } from '../knowledge/escape-regexp.ts';

/**
 * Asks for a narrower use of a technology than listing or using it: running it, securing it,
 * using it for a platform. Each is shown only by knowledge that speaks of that use with the
 * technology named; the technology alone is close, not a match.
 */
interface NarrowerUse {
  /** The requirement's words asking for the use; a function when they hang on the technology. */
  asked: RegExp | ((name: string) => RegExp);
  shown: RegExp;
  topic: string;
  /** The use is shown by the profile's work as a whole: a mobile developer's CI is for apps. */
  anywhere?: true;
  /** The areas the requirement names in brackets show the use as well. */
  named?: true;
}

const escaped = escapeRegExp;

/** Words showing a technology known in depth: run, tuned, scaled, its internals. */
const IN_DEPTH =
  /\b(?:operat\w*|administ\w*|clusters?|fleets?|nodes?|tun(?:e|ed|ing)|optimi[sz]\w*|scal(?:e|ed|ing)|autoscal\w*|performance|internals|quer(?:y|ies)|index\w*|replicat\w*|shard\w*|migrat\w*)\b/i;

const NARROWER_USES: readonly NarrowerUse[] = [
  {
    // "operating production Kubernetes clusters", "operating Kubernetes in production".
    asked:
      /\b(?:operat\w*|administ\w*|run(?:s|ning)?|manag\w*|maintain\w*|scal\w*|upgrad\w*)\b[^.;]*\b(?:clusters?|fleets?)\b|\b(?:operat(?:e|es|ing)|administer\w*)\s+(?:[\w.-]+\s+){0,2}?(?:in|at)\s+(?:production|prod|scale)\b/i,
    // Clusters, nodes, a fleet: the profile ran the technology itself.
    shown: /\b(?:clusters?|fleets?|nodes?|administrat\w*|operat\w*)\b/i,
    topic: 'cluster',
  },
  {
    // "securing services hosted on a public cloud", "security reviews of Terraform": the
    // security work, not the technology it is done on.
    asked:
      /\b(?:securing|hardening|to secure|to harden|security\s+(?:reviews?|audits?|testing|tests?|assessments?))\b/i,
    shown:
      /\b(?:secur\w*|harden\w*|IAM|threat\w*|vulnerab\w*|pen(?:etration)?[\s-]?test\w*|least[\s-]privilege)\b/i,
    topic: 'security',
  },
  {
    // "PostgreSQL administration (backups, replication)", "Kafka operations", "Betrieb von
    // PostgreSQL": running the technology, not using it.
    asked: (name) =>
      new RegExp(
        String.raw`\b${escaped(name)}\s+(?:administration|admin|operations|ops)\b|\bops\s+(?:for|on)\s+${escaped(name)}\b|\b(?:Betrieb|Administration|administration|operation|exploitation|administración|operación|administração|operação)\s+(?:von|des|of|de|du|del|da|do)\s+${escaped(name)}\b`,
        'i',
      ),
    shown:
      /\b(?:administ\w*|operat\w*|backups?|replicat\w*|upgrad\w*|clusters?|fleets?|on[\s-]?call|DBA|self[\s-](?:managed|hosted)|downtime|migrat\w*)\b/i,
    topic: 'operations',
    named: true,
  },
  {
    // "CSS transitions", "dbt tests": a use of the technology, which the technology alone does
    // not show.
    asked: (name) =>
      new RegExp(String.raw`\b${escaped(name)}\s+(?:transitions?|animations?|tests)\b`, 'i'),
    shown: /\b(?:transitions?|animat\w*|motion|tests?|testing)\b/i,
    topic: 'use',
  },
  {
    // "Redis queues", "Postgres as a job queue": the technology used as a queue, which a cache
    // or a database listed does not show.
    asked: (name) =>
      new RegExp(String.raw`\b${escaped(name)}\s+(?:(?:job|task|message)\s+)?queues?\b`, 'i'),
    shown: /\b(?:queue\w*|background (?:jobs?|workers?)|job runners?|workers?|pub\/?sub)\b/i,
    topic: 'queue',
  },
  {
    // "Kubernetes security: RBAC, network policies": the technology's security, not the technology.
    asked: (name) => new RegExp(String.raw`\b${escaped(name)}\s+security\b`, 'i'),
    shown:
      /\b(?:secur\w*|harden\w*|IAM|threat\w*|vulnerab\w*|pen(?:etration)?[\s-]?test\w*|least[\s-]privilege)\b/i,
    topic: 'security',
  },
  {
    // "PostgreSQL at scale", "AWS or GCP at depth", "PostgreSQL beyond CRUD", "PostgreSQL: you
    // can read a query plan": more than listing it, so run or tuned.
    asked: (name) =>
      new RegExp(
        String.raw`\b${escaped(name)}\s+(?:at\s+scale|internals|beyond)\b|\b${escaped(name)}(?:\s+or\s+[\w.-]+)?\s+(?:at|in)\s+depth\b|\b${escaped(name)}(?:\s+in\s+production)?\s*:\s*you(?:'ve|\s+have|\s+can)\b`,
        'i',
      ),
    shown: IN_DEPTH,
    // "AWS at depth (VPC networking, IAM)": the areas named show the depth asked.
    named: true,
    topic: 'performance',
  },
  {
    // "design of REST APIs": designing the interface, not calling one from a client.
    asked:
      /\b(?:design(?:ing|ed)?|conception|architect(?:ing|ed)?)\s+(?:of\s+)?(?:[\w-]+\s+(?:or\s+[\w-]+\s+)?)?APIs?\b/i,
    shown:
      /\b(?:APIs?|design\w*|buil[dt]\w*|endpoints?|expos\w*|serv(?:e|ed|ing)|backend|server)\b/i,
    topic: 'API design',
  },
  {
    // "consuming REST or GraphQL APIs": the client side. Knowledge that speaks of the API only
    // as something built or served ("high-performance REST APIs") shows the other side; a plain
    // listing or any client-side use shows this one.
    asked: (name) =>
      new RegExp(
        String.raw`\b(?:consum\w*|calling|integrat\w*\s+with)\s+(?:[\w/-]+\s+){0,3}?${escaped(name)}(?:\s+[\w/-]+){0,3}?\s+APIs?\b`,
        'i',
      ),
    shown:
      /\b(?:consum\w*|client|integrat\w*|fetch\w*|call(?:s|ed|ing))\b|^(?!.*\b(?:high[\s-]performance|buil[dt]\w*|design\w*|develop\w*|expos\w*|serv(?:e|ed|ing)|implement\w*|scalable|endpoints?)\b)/i,
    topic: 'client',
  },
  {
    // "AWS or Azure data services": the cloud used for data work, not for hosting services.
    asked: /\bdata\s+(?:services|platforms?|stack)\b/i,
    shown:
      /\b(?:data|pipelines?|ETL|ELT|warehous\w*|lake\w*|analytics|streaming|Redshift|Glue|Kinesis|Athena|EMR|S3|Synapse|Data Factory|Event Hubs|Databricks|BigQuery|Dataflow)\b/i,
    topic: 'data',
  },
  {
    // "CI/CD for mobile", "Mobile CI/CD", "Payments on Android": the tool used for apps, not
    // for backend services.
    asked:
      /\b(?:for|on)\s+(?:an?\s+|the\s+)?(?:mobile|ios|android)(?:\s+apps?)?\b|\b(?:inside|within)\s+(?:an?\s+|the\s+)?(?:mobile\s+)?app\b|^mobile\s+(?:CI\b|CD\b|builds?\b|releases?\b|payments?\b|testing\b)/i,
    shown: /\b(?:mobile|ios|android|app store|google play|react native|flutter)\b/i,
    topic: 'mobile',
    anywhere: true,
  },
];

/** Whether the requirement asks for a narrower use of the technology than the profile shows. */
export function usedMoreNarrowly(text: string, result: Support, support: ProfileSupport): boolean {
  if (result.status === 'absent') return false;
  const name = result.canonical.toLowerCase();
  return NARROWER_USES.some(({ asked, shown: words, topic, anywhere, named }) => {
    const areas = named ? bracketedAreas(text) : undefined;
    const shown = { test: (line: string) => words.test(line) || (areas?.test(line) ?? false) };
    const asks =
      typeof asked === 'function'
        ? [
            result.canonical,
            result.term,
            // "Postgres ops": running a technology is asked by any of its names.
            ...(topic === 'operations' ? (technologyNamed(result.canonical)?.aliases ?? []) : []),
          ].some((named) => asked(named).test(text))
        : asked.test(text);
    if (!asks) return false;
    if (anywhere && support.search(topic, 5).some((line) => shown.test(line.text))) return false;
    const lines = [
      ...result.evidence,
      ...support.search(`${result.canonical} ${topic}`, 5),
      ...support.certification(result.canonical).evidence,
    ];
    return !lines.some((line) => shown.test(line.text) && line.text.toLowerCase().includes(name));
  });
}

/** "(VPC networking, IAM)" → the areas a requirement names in brackets, as whole words. */
function bracketedAreas(text: string): RegExp | undefined {
  const inside = /\(([^()]+)\)/.exec(text)?.[1];
  const areas = inside
    ?.split(/,|\bor\b|\band\b/)
    .map((a) => a.trim())
    .filter((a) => a.length >= 2);
  if (!areas?.length) return undefined;
  return new RegExp(String.raw`\b(?:${areas.map(escaped).join('|')})\b`, 'i');
}
