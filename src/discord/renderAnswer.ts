import {
  ButtonStyle,
  ComponentType,
  type APIActionRowComponent,
  type APIButtonComponent,
  type APIEmbed,
} from 'discord.js';
import type { Quote } from '../corpus/quote';
import type { Answer, Passage } from '../search/types';
import { readAsLine } from '../render/answerText';
import { DISCORD_LIMITS, cutAtWord, fitBlocks, fitRendered } from './fitting';
import { literal } from './markdown';
import type { Surroundings } from './surroundings';
import { linkToSentence } from './textFragment';

/** Replies never ping anyone, whatever the text says. */
export const NO_MENTIONS = { parse: [] as [] };

/** What a reply carries, as Discord API JSON: the same for a first reply, an edit or a button update. */
export interface ReplyBody {
  readonly content?: string;
  readonly embeds: APIEmbed[];
  readonly components: APIActionRowComponent<APIButtonComponent>[];
  readonly allowedMentions: typeof NO_MENTIONS;
}

/** How an Answer is shown right now; the buttons change it. */
export interface AnswerView {
  /** How many of the answer's passages are shown. */
  readonly shown: number;
  /** Whether the top passage is shown inside its neighbouring sentences. */
  readonly withContext: boolean;
  /** A question (/ask) or a message checked with "Find in articles": only the wording differs. */
  readonly asked: 'question' | 'message';
  /** Key for the buttons' custom ids; no buttons when null. */
  readonly buttonsKey: string | null;
}

export const COLORS = { answered: 0x2e7d32, notAnswered: 0x757575, problem: 0xc62828 } as const;

export const NOT_ANSWERED = {
  question: "The articles don't say. No sentence in them answers this question.",
  message: "The articles don't say anything that bears on this message.",
} as const;

export const BUTTON_IDS = { context: 'answer:context', more: 'answer:more' } as const;

/** Room kept in the description for the "N more passages did not fit" line. */
const OVERFLOW_ROOM = 80;

/**
 * The Discord rendering of an Answer: one embed whose description quotes each passage as a block
 * quote, with its source line under it, and the Show context / More buttons. `topContext` is what
 * Show context reveals around the first passage (default: its neighbours in its own paragraph).
 * Pure, and always within Discord's limits.
 */
export function renderAnswer(
  answer: Answer,
  view: AnswerView,
  topContext: Surroundings | null = null,
): ReplyBody {
  const passages = answer.passages.slice(0, Math.max(0, view.shown));
  const title = cutAtWord(literal(answer.question), DISCORD_LIMITS.embedTitle);
  const readAs = readAsLine(answer);
  const lead = (readAs === null ? '' : `*${readAs}*\n\n`) + leadOf(answer, view, passages.length);
  const budget = DISCORD_LIMITS.embedDescription - lead.length - OVERFLOW_ROOM;
  const blocks = passages.map((passage, index) =>
    passageBlock(passage, index === 0 && view.withContext ? contextOf(passage, topContext) : null, budget),
  );
  const fitted = fitBlocks(
    blocks.filter((block): block is string => block !== null),
    DISCORD_LIMITS.embedDescription - lead.length,
    '\n\n',
    (omitted) => `*[…] ${omitted} more passage${omitted === 1 ? '' : 's'} did not fit in this message.*`,
  );
  const description = lead + fitted.text;
  const embed: APIEmbed = {
    title: title === '' ? undefined : title,
    description: description === '' ? undefined : description,
    color: answer.answered ? COLORS.answered : COLORS.notAnswered,
    footer: { text: footerOf(answer, passages.length) },
  };
  return {
    embeds: [embed],
    components: view.buttonsKey === null ? [] : buttonsOf(answer, view, view.buttonsKey, topContext),
    allowedMentions: NO_MENTIONS,
  };
}

function leadOf(answer: Answer, view: AnswerView, shown: number): string {
  switch (answer.status) {
    case 'answered':
      return '';
    case 'empty-question':
      return 'Ask a question with a few words in it, for example `/ask question: Who detained Bazoum?`';
    case 'unknown-article':
      return 'There is no such article. Pick one from the suggestions as you type, or see them all with `/sources`.';
    case 'not-found':
      return shown === 0
        ? NOT_ANSWERED[view.asked]
        : `${NOT_ANSWERED[view.asked]}\n\n**Closest passages — not an answer:**\n\n`;
  }
}

function footerOf(answer: Answer, shown: number): string {
  if (shown === 0) return 'citebot quotes the articles word for word and never makes up an answer.';
  const more = answer.passages.length > shown ? ' · More shows the next' : '';
  if (!answer.answered) return `Not an answer: the closest sentences, quoted word for word${more}`;
  return `Quoted word for word from the articles · ${shown} passage${shown === 1 ? '' : 's'}${more}`;
}

/** The context to show around a passage: `given`, else its neighbours within its own paragraph. */
export function contextOf(passage: Passage, given: Surroundings | null): Surroundings {
  if (given !== null) return given;
  const here = (text: string): { text: string; paragraph: number } => ({
    text,
    paragraph: passage.paragraph,
  });
  return { before: passage.before.map(here), after: passage.after.map(here), paragraph: passage.paragraph };
}

function hasContext(context: Surroundings): boolean {
  return context.before.length > 0 || context.after.length > 0;
}

/**
 * One passage: its quote (cut at a sentence boundary if it must be) and its source line, within
 * `max`. With context, the passage is bold among its neighbours, one quote line per paragraph; the
 * context is dropped before the passage itself is cut.
 */
export function passageBlock(passage: Passage, context: Surroundings | null, max: number): string | null {
  const source = `— ${sourceLine(passage)}`;
  if (context !== null && hasContext(context)) {
    const sentences = [
      ...context.before.map((sentence) => ({
        paragraph: sentence.paragraph,
        markdown: literal(sentence.text),
      })),
      { paragraph: passage.paragraph, markdown: `**${literal(passage.text)}**` },
      ...context.after.map((sentence) => ({
        paragraph: sentence.paragraph,
        markdown: literal(sentence.text),
      })),
    ];
    const lines: string[] = [];
    sentences.forEach((sentence, index) => {
      const previous = sentences[index - 1];
      if (previous !== undefined && previous.paragraph === sentence.paragraph)
        lines[lines.length - 1] += ` ${sentence.markdown}`;
      else lines.push(sentence.markdown);
    });
    const inContext = `${lines.map((line) => `> ${line}`).join('\n')}\n${source}`;
    if (inContext.length <= max) return inContext;
  }
  return quoteBlock(passage, max);
}

/**
 * A sentence as a block quote with its source line under it, within `max` (a long sentence cut at a
 * sentence boundary, with a marker); null when not even the source line fits.
 */
export function quoteBlock(quoted: Quote, max: number): string | null {
  const source = `— ${sourceLine(quoted)}`;
  return fitRendered(quoted.text, max, (cut, marker) => `> ${literal(cut)}${marker}\n${source}`);
}

/** "[Title](url#:~:text=…) · paragraph 3 · credited to CNN" (title bold, not linked, without a URL). */
export function sourceLine(passage: Quote): string {
  const title = literal(cutAtWord(passage.title, 200));
  const link = passage.url === null ? null : linkToSentence(passage.url, passage.text);
  const parts = [link === null ? `**${title}**` : `[${title}](${link})`, `paragraph ${passage.paragraph}`];
  if (passage.attribution !== null) parts.push(`credited to ${literal(cutAtWord(passage.attribution, 100))}`);
  return parts.join(' · ');
}

function buttonsOf(
  answer: Answer,
  view: AnswerView,
  key: string,
  topContext: Surroundings | null,
): APIActionRowComponent<APIButtonComponent>[] {
  const top = answer.passages[0];
  if (top === undefined) return [];
  return [
    {
      type: ComponentType.ActionRow,
      components: [
        {
          type: ComponentType.Button,
          style: ButtonStyle.Secondary,
          custom_id: `${BUTTON_IDS.context}:${key}`,
          label: 'Show context',
          disabled: view.withContext || !hasContext(contextOf(top, topContext)),
        },
        {
          type: ComponentType.Button,
          style: ButtonStyle.Secondary,
          custom_id: `${BUTTON_IDS.more}:${key}`,
          label: 'More',
          disabled: view.shown >= answer.passages.length,
        },
      ],
    },
  ];
}

/** A short reply with no embed: errors, cooldowns, notices. */
export function noticeBody(text: string): ReplyBody {
  return {
    content: cutAtWord(text, DISCORD_LIMITS.content),
    embeds: [],
    components: [],
    allowedMentions: NO_MENTIONS,
  };
}
