import type { APIActionRowComponent, APIButtonComponent, APIEmbed, APIMessage, APIUser } from 'discord.js';
import { ComponentType } from 'discord.js';
import type { FakeDiscord, SentInteraction } from '../testing/fakeDiscord';
import type { ScriptStep } from './script';

/** What a user saw in answer to one step: the fields `--json` prints. */
export interface SeenReply {
  readonly content: string;
  readonly embeds: APIEmbed[];
  readonly components: APIActionRowComponent<APIButtonComponent>[];
  readonly flags: number;
}

export interface TranscriptEntry {
  readonly command: string;
  readonly options: Readonly<Record<string, string | number | boolean>>;
  readonly user?: string;
  /** Null when no reply came (see `error`). */
  readonly reply: SeenReply | null;
  readonly error?: string;
}

const REPLY_TIMEOUT_MS = 10_000;

/** Plays `steps` one after another through the fake, as users would, and records what each saw. */
export async function playSession(
  fake: FakeDiscord,
  steps: readonly ScriptStep[],
): Promise<TranscriptEntry[]> {
  const transcript: TranscriptEntry[] = [];
  const messages: APIMessage[] = [];
  const users = new Map<string, Partial<APIUser>>();
  const userOf = (name: string | null): Partial<APIUser> | undefined => {
    if (name === null) return undefined;
    let user = users.get(name);
    if (user === undefined) {
      user = {
        id: String(900_000_000_000_000_000n + BigInt(users.size + 1)),
        username: name,
        global_name: name,
      };
      users.set(name, user);
    }
    return user;
  };
  for (const step of steps) {
    const described = describe(step);
    const user = userOf(step.user);
    try {
      const sent = send(fake, step, user, messages);
      const reply = await fake.waitForInteractionReply(sent, { timeoutMs: REPLY_TIMEOUT_MS });
      const message = reply.message;
      if (message !== null) messages.push(message);
      transcript.push({
        ...described,
        ...(step.user === null ? {} : { user: step.user }),
        reply: {
          content: message?.content ?? '',
          embeds: message?.embeds ?? [],
          components: (message?.components ?? []) as APIActionRowComponent<APIButtonComponent>[],
          flags: message?.flags ?? 0,
        },
      });
    } catch (error) {
      transcript.push({
        ...described,
        reply: null,
        error: error instanceof Error ? error.message.split('\n')[0] : String(error),
      });
    }
  }
  return transcript;
}

function describe(step: ScriptStep): Pick<TranscriptEntry, 'command' | 'options'> {
  switch (step.kind) {
    case 'slash':
      return { command: step.command, options: step.options };
    case 'message':
      return { command: step.command, options: { message: step.message } };
    case 'press':
      return { command: 'button', options: { label: step.label } };
  }
}

function send(
  fake: FakeDiscord,
  step: ScriptStep,
  user: Partial<APIUser> | undefined,
  seen: readonly APIMessage[],
): SentInteraction {
  const origin = user === undefined ? {} : { user };
  switch (step.kind) {
    case 'slash':
      return fake.slashCommand(step.command, step.options, origin);
    case 'message':
      return fake.messageCommand(step.command, { content: step.message }, origin);
    case 'press': {
      for (const message of [...seen].reverse()) {
        const button = buttonsOf(message).find(
          (candidate) => 'custom_id' in candidate && candidate.label === step.label,
        );
        if (button !== undefined && 'custom_id' in button)
          return fake.buttonClick(button.custom_id, { ...origin, message: message.id });
      }
      throw new Error(`no earlier reply has a "${step.label}" button`);
    }
  }
}

function buttonsOf(message: APIMessage): APIButtonComponent[] {
  return (message.components ?? []).flatMap((row) =>
    row.type === ComponentType.ActionRow
      ? row.components.filter(
          (component): component is APIButtonComponent => component.type === ComponentType.Button,
        )
      : [],
  );
}
