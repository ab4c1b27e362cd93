import {
  InteractionContextType,
  SlashCommandBuilder,
  type ApplicationCommandOptionChoiceData,
} from 'discord.js';
import {
  closestNames,
  findActor,
  normalName,
  type Actor,
  type ActorLookup,
  type ActorTable,
} from '../actors';
import type { ButtonHandler, ChatCommand } from './command';
import { DISCORD_LIMITS, cutAtWord } from './fitting';
import { replyInTime, sendNotice } from './replies';
import { ACTOR_BUTTON_IDS, actorDossier, actorLookupText, actorPages, renderActor } from './renderActor';

/** Longest name accepted (an autocomplete value is at most 100 characters). */
export const ACTOR_NAME_MAX_LENGTH = 100;

/**
 * An actor mentioned more often than this is summarised after deferring the reply: the work is
 * synchronous, so no timer can defer it midway. Measured on the State of the Union corpus (59,599
 * sentences, a loaded 2-core machine), the first summary of an actor: 1,191 mentions 180 ms, 5,491
 * 680 ms, 6,598 810 ms; up to 1,000 it stays well inside the 3-second window with the reply.
 */
export const DEFER_FIRST_MENTIONS = 1000;

export const ONLY_THE_ASKER_ACTOR =
  'Only the person who ran /actor can use these buttons. Run your own with /actor.';

export function actorExpiredMessage(ttlMs: number): string {
  return `This summary's buttons have expired (they work for ${Math.round(ttlMs / 60_000)} minutes). Run /actor again.`;
}

export const actor: ChatCommand = {
  kind: 'chat',
  costsAQuestion: true,
  data: new SlashCommandBuilder()
    .setName('actor')
    .setDescription('Who someone is in the articles: roles, what they said, what the articles say about them')
    .setContexts(InteractionContextType.Guild, InteractionContextType.BotDM)
    .addStringOption((option) =>
      option
        .setName('name')
        .setDescription('A person, organisation, government, army or outlet, e.g. "Bazoum"')
        .setRequired(true)
        .setMaxLength(ACTOR_NAME_MAX_LENGTH)
        .setAutocomplete(true),
    ),

  async execute(interaction, context) {
    const given = interaction.options.getString('name', true);
    const table = context.library.actors;
    const lookup = lookupActor(table, given);
    if (lookup.status !== 'found') {
      await sendNotice(interaction, actorLookupText(given, lookup));
      return;
    }
    await replyInTime(
      interaction,
      () => {
        const dossier = actorDossier(table, context.library, lookup.actor.id);
        if (dossier === null) throw new Error(`actor ${lookup.actor.id} vanished from its table`);
        const key = actorPages(dossier).length > 1 ? context.actorViews.newKey() : null;
        if (key !== null) {
          context.actorViews.remember(key, {
            kind: 'summary',
            askerId: interaction.user.id,
            dossier,
            page: 0,
          });
        }
        return renderActor(dossier, 0, key);
      },
      {
        ephemeral: false,
        receivedAt: context.receivedAt,
        deferAfterMs: context.deferAfterMs,
        deferFirst: lookup.actor.mentions.length > DEFER_FIRST_MENTIONS,
      },
    );
  },

  async autocomplete(interaction, context) {
    const focused = interaction.options.getFocused(true);
    await interaction.respond(
      focused.name === 'name' ? actorChoices(context.library.actors, focused.value) : [],
    );
  },
};

/**
 * The actor an option names: normally the id an autocomplete choice sent; else any of its names, a
 * run of words of its name or a role, as the command line finds them (`findActor`).
 */
export function lookupActor(table: ActorTable, given: string): ActorLookup {
  const id = given.trim();
  const byId = table.actors.find((known) => known.id === id);
  return byId === undefined ? findActor(table, given) : { status: 'found', actor: byId };
}

/**
 * Autocomplete choices for an actor name, best matches first, at most 25: a name (canonical or
 * alias) equal to what was typed, then starting with it, then every typed word starting a word of
 * it, then containing it, then a role containing it; when none does, names like it (a typo). Ties go to the
 * most mentioned. Nothing typed: the most mentioned actors. The value is the actor's id; the label
 * its canonical name, with the alias or role that matched when the name itself did not.
 */
export function actorChoices(table: ActorTable, typed: string): ApplicationCommandOptionChoiceData<string>[] {
  const query = normalName(typed);
  const queryWords = query === '' ? [] : query.split(' ');
  const ranked: { actor: Actor; rank: number; via: string | null }[] = [];
  for (const known of table.actors) {
    if (known.id.length > DISCORD_LIMITS.choiceValue) continue;
    if (query === '') {
      ranked.push({ actor: known, rank: 0, via: null });
      continue;
    }
    let best: { rank: number; via: string | null } | null = null;
    for (const [index, name] of [known.name, ...known.aliases].entries()) {
      const rank = nameRank(normalName(name), query, queryWords);
      if (rank !== null && (best === null || rank < best.rank))
        best = { rank, via: index === 0 ? null : name };
    }
    if (best === null && query.length >= 3) {
      const role = known.roles.find((candidate) => normalName(candidate.text).includes(query));
      if (role !== undefined) best = { rank: 4, via: role.text };
    }
    if (best !== null) ranked.push({ actor: known, ...best });
  }
  // A typo ("Bazum") matches no name: offer the names most like it instead.
  if (query !== '' && ranked.length === 0) {
    const chosen = new Set(ranked.map((entry) => entry.actor.id));
    for (const name of closestNames(table, typed, DISCORD_LIMITS.autocompleteChoices)) {
      const known = table.actors.find((candidate) => candidate.name === name);
      if (known !== undefined && !chosen.has(known.id) && known.id.length <= DISCORD_LIMITS.choiceValue) {
        ranked.push({ actor: known, rank: 5, via: null });
        chosen.add(known.id);
      }
    }
  }
  return ranked
    .sort(
      (a, b) =>
        a.rank - b.rank ||
        b.actor.mentions.length - a.actor.mentions.length ||
        a.actor.name.localeCompare(b.actor.name),
    )
    .slice(0, DISCORD_LIMITS.autocompleteChoices)
    .map(({ actor: known, via }) => ({
      name: cutAtWord(
        oneLine(via === null || overlaps(known.name, via) ? known.name : `${known.name} (${via})`),
        DISCORD_LIMITS.choiceName,
      ),
      value: known.id,
    }));
}

/** 0 equal, 1 starts with the query, 2 each query word starts a word of it, 3 contains it; null none. */
function nameRank(name: string, query: string, queryWords: readonly string[]): number | null {
  if (name === query) return 0;
  if (name.startsWith(query)) return 1;
  const words = name.split(' ');
  const unused = [...words];
  const everyWord = queryWords.every((asked) => {
    const at = unused.findIndex((word) => word.startsWith(asked));
    if (at < 0) return false;
    unused.splice(at, 1);
    return true;
  });
  if (everyWord) return 2;
  if (name.includes(query)) return 3;
  return null;
}

/** Whether one name contains the other ("Blinken" in "Antony Blinken", or the reverse): no need to show both. */
function overlaps(name: string, other: string): boolean {
  const [a, b] = [normalName(name), normalName(other)];
  return a.includes(b) || b.includes(a);
}

function oneLine(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/** Back and More under an `/actor` summary: they turn its pages, for the asker, while it is remembered. */
export const actorButtons: ButtonHandler = {
  prefix: 'actor:',
  async handle(interaction, services) {
    const { customId } = interaction;
    const key = customId.slice(customId.lastIndexOf(':') + 1);
    const action = customId.slice(0, customId.lastIndexOf(':'));
    const state = services.actorViews.get(key);
    if (state?.kind !== 'summary') {
      await sendNotice(interaction, actorExpiredMessage(services.actorViews.ttlMs));
      return;
    }
    if (interaction.user.id !== state.askerId) {
      await sendNotice(interaction, ONLY_THE_ASKER_ACTOR);
      return;
    }
    const step = action === ACTOR_BUTTON_IDS.more ? 1 : action === ACTOR_BUTTON_IDS.back ? -1 : 0;
    if (step === 0) {
      await sendNotice(interaction, 'This button is not one citebot knows any more. Run /actor again.');
      return;
    }
    const page = Math.min(Math.max(0, state.page + step), actorPages(state.dossier).length - 1);
    services.actorViews.update(key, { ...state, page });
    await interaction.update(renderActor(state.dossier, page, key));
  },
};
