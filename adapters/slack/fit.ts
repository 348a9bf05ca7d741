import type { App, MessageShortcut, types } from '@slack/bolt';
import type { Conversation } from '../../src/conversation/handler.ts';
import type { FitReport, FitRequirement } from '../../src/fit/report.ts';
import type { Logger } from '../../src/logger.ts';
import {
  cutMrkdwn,
  cutPlain,
  escapeMrkdwn,
  SLACK_LIMITS,
  type SlackMessage,
  splitMrkdwn,
  toSlackText,
} from './render.ts';

/** The names Slack knows the fit by; they must match adapters/slack/manifest.yml. */
export const SLACK_FIT = Object.freeze({
  command: '/fit',
  shortcut: 'check_fit',
  modal: 'fit_modal',
  inputBlock: 'jd',
  inputAction: 'text',
  /** Slack's limit for a plain-text input. */
  maxInput: 3000,
});

const MARK = {
  met: ':white_check_mark:',
  partial: ':large_yellow_circle:',
  missing: ':x:',
} as const;

export const SLACK_FIT_TEXTS = Object.freeze({
  noText: 'That message has no text to check. Use /fit and paste the job description.',
});

/** The report as Block Kit within Slack's limits: a checklist with evidence under each line. */
export function toSlackFitBlocks(report: FitReport): SlackMessage {
  const percent = Math.round(report.coverage * 100);
  const blocks: types.KnownBlock[] = [
    {
      type: 'header',
      text: {
        type: 'plain_text',
        text: cutPlain(`Job fit: ${percent}% covered`, SLACK_LIMITS.headerText),
      },
    },
    section(cutMrkdwn(escapeMrkdwn(report.summary), SLACK_LIMITS.sectionText)),
  ];
  for (const kind of ['must', 'nice'] as const) {
    const items = report.requirements.filter((r) => r.kind === kind);
    if (items.length === 0) continue;
    const text = `*${kind === 'must' ? 'Must have' : 'Nice to have'}*\n${items.map(line).join('\n')}`;
    for (const chunk of splitMrkdwn(text, SLACK_LIMITS.sectionText)) blocks.push(section(chunk));
  }
  if (report.unclassified.length > 0) {
    const text = `Could not classify: ${report.unclassified.map(escapeMrkdwn).join(' · ')}`;
    blocks.push({
      type: 'context',
      elements: [
        { type: 'mrkdwn', text: cutMrkdwn(text, SLACK_LIMITS.contextText), verbatim: true },
      ],
    });
  }
  const fallback = cutMrkdwn(
    escapeMrkdwn(`Job fit: ${percent}% covered. ${report.summary}`),
    SLACK_LIMITS.fallbackText,
  );
  return { text: fallback, blocks: blocks.slice(0, SLACK_LIMITS.blocks) };
}

function line(item: FitRequirement): string {
  const detail =
    item.evidence[0] ?? (item.closest.length > 0 ? `closest: ${item.closest.join(', ')}` : '');
  const head = `${MARK[item.status]} ${escapeMrkdwn(cutPlain(item.requirement, 200))}`;
  return detail
    ? `${head}\n      _${escapeMrkdwn(cutPlain(detail, 200)).replace(/_/g, ' ')}_`
    : head;
}

const section = (text: string): types.KnownBlock => ({
  type: 'section',
  text: { type: 'mrkdwn', text, verbatim: true },
});

/** The modal `/fit` opens; the channel it was run in rides along to post the report there. */
export function fitModalView(channelId: string): types.ModalView {
  return {
    type: 'modal',
    callback_id: SLACK_FIT.modal,
    private_metadata: JSON.stringify({ channel: channelId }),
    title: { type: 'plain_text', text: 'Check job fit' },
    submit: { type: 'plain_text', text: 'Check' },
    close: { type: 'plain_text', text: 'Cancel' },
    blocks: [
      {
        type: 'input',
        block_id: SLACK_FIT.inputBlock,
        label: { type: 'plain_text', text: 'Job description' },
        element: {
          type: 'plain_text_input',
          action_id: SLACK_FIT.inputAction,
          multiline: true,
          max_length: SLACK_FIT.maxInput,
          placeholder: {
            type: 'plain_text',
            text: 'Paste the requirements, nice-to-haves and location',
          },
        },
      },
    ],
  };
}

export interface SlackFitOptions {
  conversation: Pick<Conversation, 'fit'>;
  logger: Logger;
}

/** Who asked, and where: the rate limit is per user, the context per user and channel. */
interface Asker {
  teamId: string | undefined;
  userId: string;
  channelId: string;
}

/** The report for a text, or the sentence saying why there is none. */
function fitMessage(options: SlackFitOptions, text: string, asker: Asker): SlackMessage {
  const userKey = `${asker.teamId ?? '-'}:${asker.userId}`;
  const result = options.conversation.fit({
    surface: 'slack',
    conversation: `${asker.teamId ?? '-'}:${asker.channelId}:fit:${asker.userId}`,
    asker: userKey,
    text,
  });
  options.logger.info(
    {
      via: 'fit',
      kind: result.kind,
      ...(result.kind === 'report' && { requirements: result.report.requirements.length }),
    },
    'slack job description fitted',
  );
  if (result.kind === 'report') return toSlackFitBlocks(result.report);
  return toSlackText(result.reason === 'empty' ? SLACK_FIT_TEXTS.noText : result.text);
}

/** `/fit` (modal, or the text given with it), the modal's submission, and "Check fit" on a message. */
export function registerSlackFit(app: App, options: SlackFitOptions): void {
  const report = (text: string, teamId: string | undefined, userId: string, channelId: string) =>
    fitMessage(options, text, { teamId, userId, channelId });

  app.command(SLACK_FIT.command, async ({ command, ack, client }) => {
    if (command.text.trim() !== '') {
      await ack({
        response_type: 'ephemeral',
        ...report(command.text, command.team_id, command.user_id, command.channel_id),
      });
      return;
    }
    await ack();
    await client.views.open({
      trigger_id: command.trigger_id,
      view: fitModalView(command.channel_id),
    });
  });

  app.view(SLACK_FIT.modal, async ({ ack, view, body, client }) => {
    const text = view.state.values[SLACK_FIT.inputBlock]?.[SLACK_FIT.inputAction]?.value ?? '';
    await ack();
    const channel = channelFrom(view.private_metadata) ?? body.user.id;
    const message = report(text, body.team?.id ?? body.user.team_id, body.user.id, channel);
    await client.chat.postEphemeral({ channel, user: body.user.id, ...message });
  });

  app.shortcut<MessageShortcut>(SLACK_FIT.shortcut, async ({ shortcut, ack, respond }) => {
    await ack();
    const message = report(
      shortcut.message.text ?? '',
      shortcut.team?.id,
      shortcut.user.id,
      shortcut.channel.id,
    );
    await respond({ response_type: 'ephemeral', replace_original: false, ...message });
  });
}

function channelFrom(metadata: string | undefined): string | undefined {
  try {
    const parsed = JSON.parse(metadata ?? '') as { channel?: unknown };
    return typeof parsed.channel === 'string' && parsed.channel !== '' ? parsed.channel : undefined;
  } catch {
    return undefined;
  }
}
