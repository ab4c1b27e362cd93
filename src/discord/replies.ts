import { MessageFlags, type RepliableInteraction } from 'discord.js';
import { noticeBody, type ReplyBody } from './renderAnswer';

export interface ReplyOptions {
  /** Only the user who asked sees it. */
  readonly ephemeral: boolean;
}

/**
 * Sends `body` as this interaction's reply, whatever state it is in: the first reply, the edit of a
 * deferred one, or a follow-up after a reply.
 */
export async function sendReply(
  interaction: RepliableInteraction,
  body: ReplyBody,
  options: ReplyOptions,
): Promise<void> {
  const flags = options.ephemeral ? MessageFlags.Ephemeral : undefined;
  if (interaction.deferred && !interaction.replied) await interaction.editReply(body);
  else if (interaction.replied) await interaction.followUp({ ...body, flags });
  else await interaction.reply({ ...body, flags });
}

/** A short text reply only the user sees (cooldown, loading, expired button, errors). */
export async function sendNotice(interaction: RepliableInteraction, text: string): Promise<void> {
  await sendReply(interaction, noticeBody(text), { ephemeral: true });
}

export interface InTimeOptions extends ReplyOptions {
  /** When the interaction arrived (ms since epoch). */
  readonly receivedAt: number;
  /** Defer once this long has passed since `receivedAt` without a reply ready. */
  readonly deferAfterMs: number;
  /**
   * Defer before starting the work: for synchronous work expected to be slow, which no timer can
   * interrupt. Default false.
   */
  readonly deferFirst?: boolean;
}

/**
 * Whether work that recently took up to `recentMaxMs` should defer before it starts: when it took a
 * third of the defer time or more, one extra request costs little beside it and keeps the 3-second window safe.
 */
export function shouldDeferFirst(recentMaxMs: number, deferAfterMs: number): boolean {
  return recentMaxMs >= deferAfterMs / 3;
}

/**
 * Replies with the result of `work`. If it is not ready `deferAfterMs` after the interaction arrived,
 * the reply is deferred first ("citebot is thinking…", inside Discord's 3-second window) and the
 * result then edits it in. Fast work is answered directly, in one request; work known to be slow
 * and synchronous (`deferFirst`) is deferred before it starts.
 */
export async function replyInTime(
  interaction: RepliableInteraction,
  work: () => ReplyBody | Promise<ReplyBody>,
  options: InTimeOptions,
): Promise<void> {
  if (options.deferFirst === true) {
    await interaction.deferReply({ flags: options.ephemeral ? MessageFlags.Ephemeral : undefined });
    await sendReply(interaction, await work(), options);
    return;
  }
  let deferring: Promise<unknown> | null = null;
  const wait = Math.max(0, options.deferAfterMs - (Date.now() - options.receivedAt));
  const timer = setTimeout(() => {
    deferring = interaction.deferReply({ flags: options.ephemeral ? MessageFlags.Ephemeral : undefined });
  }, wait);
  let body: ReplyBody;
  try {
    body = await work();
  } finally {
    clearTimeout(timer);
    // A failed defer surfaces here, so the caller's error handling sees it.
    if (deferring !== null) await deferring;
  }
  await sendReply(interaction, body, options);
}
