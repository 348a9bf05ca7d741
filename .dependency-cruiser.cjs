// The layers of portfolio-bot and the arrows allowed between them (`npm run deps`, part of
// `npm run lint` and so of `npm run check`). Read top to bottom:
//
//   src/app/            composition roots: the process entry (main.ts) and the command line
//                       (cli.ts). They wire settings, core and adapters; nothing imports them.
//   adapters/<name>/    one folder per chat surface: platform events <-> the conversation handler
//   src/conversation/   the one conversation handler every surface calls (rate limit, notices,
//                       empty and over-long input, apology, unanswered log, metrics)
//   src/surface/        what an adapter builds on: the Surface contract, the HTTP body reader and
//                       JSON writer, the client address (TRUST_PROXY)
//   src/service/        the knowledge's life cycle (hot reload), metrics, the unanswered log
//   src/commands/       the command line's commands and their option parsing (command.ts)
//   src/config.ts, src/settings.ts, src/logger.ts, src/scrub.ts, src/http-server.ts
//                       process plumbing: settings, logs, the secret scrubber, the HTTP server
//   core                src/knowledge, src/answer, src/import, src/fit, src/errors.ts:
//                       pure, no platform, no HTTP, no process-level code
/** @type {import('dependency-cruiser').IConfiguration} */
const CORE = '^src/(knowledge|answer|import|fit)/|^src/errors\\.ts$';
const CHAT_SDKS =
  '^(discord\\.js|@discordjs/|@slack/)|node_modules/(discord\\.js|@discordjs|@slack)/';
// The core's public face: what an adapter may know of it.
const CORE_PUBLIC = [
  '^src/answer/answer\\.ts$',
  '^src/answer/plain-text\\.ts$',
  '^src/knowledge/schema\\.ts$',
  '^src/errors\\.ts$',
  '^src/fit/',
];

module.exports = {
  forbidden: [
    {
      name: 'no-circular',
      severity: 'error',
      comment: 'An import cycle makes load order matter and layers meaningless.',
      from: {},
      to: { circular: true },
    },
    {
      name: 'core-is-pure',
      severity: 'error',
      comment:
        'The core (knowledge, answer, import, fit) imports only the core: no adapter, no ' +
        'conversation or service code, no command line, no process plumbing.',
      from: { path: CORE },
      to: { path: '^(src|adapters|bin|scripts)/', pathNot: CORE },
    },
    {
      name: 'core-knows-no-platform',
      severity: 'error',
      comment:
        'The core never talks to a network, a process or a chat platform: no HTTP server, ' +
        'no sockets, no child processes, no logger, no metrics, no .env.',
      from: { path: CORE },
      to: {
        path: [
          CHAT_SDKS,
          '^node:(http|https|http2|net|tls|dgram|child_process|cluster|worker_threads)$',
          '^(http|https|http2|net|tls|dgram|child_process|cluster|worker_threads)$',
          'node_modules/(pino|pino-pretty|prom-client|dotenv|ws)/',
        ],
      },
    },
    {
      name: 'nothing-imports-the-entry-points',
      severity: 'error',
      comment: 'src/app/ wires everything; depending on it would pull the whole process in.',
      from: { pathNot: '^src/app/' },
      to: { path: '^src/app/' },
    },
    {
      name: 'only-the-entry-points-import-adapters',
      severity: 'error',
      comment: 'Adapters depend on the core, never the reverse.',
      from: { path: '^src/', pathNot: '^src/app/' },
      to: { path: '^adapters/' },
    },
    {
      name: 'adapters-stay-apart',
      severity: 'error',
      comment: 'One folder per platform: an adapter never reaches into another.',
      from: { path: '^adapters/([^/]+)/' },
      to: { path: '^adapters/', pathNot: '^adapters/$1/' },
    },
    {
      name: 'adapters-use-the-public-core',
      severity: 'error',
      comment:
        'An adapter translates between its platform and the conversation handler. It may use ' +
        "the core's public types, the handler, the surface kit, the logger's type, the settings " +
        'reader and the command contract (for its own commands), and nothing else of src/.',
      from: { path: '^adapters/' },
      to: {
        path: '^src/',
        pathNot: [
          ...CORE_PUBLIC,
          '^src/conversation/',
          '^src/surface/',
          '^src/logger\\.ts$',
          '^src/scrub\\.ts$',
          '^src/settings\\.ts$',
          '^src/commands/command\\.ts$',
        ],
      },
    },
    {
      name: 'chat-sdks-only-in-adapters',
      severity: 'error',
      comment: 'discord.js and Bolt are loaded only by their own adapter.',
      from: { pathNot: '^adapters/' },
      to: { path: CHAT_SDKS },
    },
    {
      name: 'http-server-only-in-the-entry',
      severity: 'error',
      comment:
        'The one HTTP server is started by the process entry; surfaces offer routes instead.',
      from: { pathNot: '^src/app/' },
      to: { path: '^src/http-server\\.ts$' },
    },
    {
      name: 'handler-knows-no-platform',
      severity: 'error',
      comment: 'The conversation handler and the surface kit are shared by every platform.',
      from: { path: '^src/(conversation|surface)/' },
      to: { path: [CHAT_SDKS, '^src/(app|commands)/', '^src/http-server\\.ts$'] },
    },
    {
      name: 'commands-stay-off-the-server',
      severity: 'error',
      comment: 'A command runs and exits: it never loads the server, a surface or a chat SDK.',
      from: { path: '^src/commands/' },
      to: { path: ['^src/(conversation|surface)/', '^src/http-server\\.ts$', CHAT_SDKS] },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    enhancedResolveOptions: { exportsFields: ['exports'], conditionNames: ['import', 'node'] },
    exclude: { path: '^(dist|\\.dist-)' },
  },
};
