import { InteractionContextType, SlashCommandBuilder } from 'discord.js';
import { listActors, type ActorListing, type ActorTable } from '../actors';
import type { ButtonHandler, ChatCommand } from './command';
import { sendNotice, sendReply } from './replies';
import { ACTOR_LIST_BUTTON_IDS, actorListPageCount, renderActorList } from './renderActor';

export const ONLY_THE_ASKER_ACTORS =
  'Only the person who ran /actors can turn these pages. Run your own with /actors.';

export function actorsExpiredMessage(ttlMs: number): string {
  return `This list's buttons have expired (they work for ${Math.round(ttlMs / 60_000)} minutes). Run /actors again.`;
}

const listings = new WeakMap<ActorTable, readonly ActorListing[]>();

/** Every actor of a table, most mentioned first: built once per Library and shared by all its lists. */
export function listingOf(table: ActorTable): readonly ActorListing[] {
  const known = listings.get(table);
  if (known !== undefined) return known;
  const listing = listActors(table);
  listings.set(table, listing);
  return listing;
}

export const actors: ChatCommand = {
  kind: 'chat',
  costsAQuestion: true,
  data: new SlashCommandBuilder()
    .setName('actors')
    .setDescription('Everyone in the articles (people, organisations, governments…), most mentioned first')
    .setContexts(InteractionContextType.Guild, InteractionContextType.BotDM),

  async execute(interaction, context) {
    const listing = listingOf(context.library.actors);
    const key = actorListPageCount(listing) > 1 ? context.actorViews.newKey() : null;
    if (key !== null) {
      context.actorViews.remember(key, { kind: 'list', askerId: interaction.user.id, listing, page: 0 });
    }
    await sendReply(interaction, renderActorList(listing, 0, key), { ephemeral: false });
  },
};

/** Previous and Next under an `/actors` list: they turn its pages, for the asker, while it is remembered. */
export const actorListButtons: ButtonHandler = {
  prefix: 'actors:',
  async handle(interaction, services) {
    const { customId } = interaction;
    const key = customId.slice(customId.lastIndexOf(':') + 1);
    const action = customId.slice(0, customId.lastIndexOf(':'));
    const state = services.actorViews.get(key);
    if (state?.kind !== 'list') {
      await sendNotice(interaction, actorsExpiredMessage(services.actorViews.ttlMs));
      return;
    }
    if (interaction.user.id !== state.askerId) {
      await sendNotice(interaction, ONLY_THE_ASKER_ACTORS);
      return;
    }
    const step =
      action === ACTOR_LIST_BUTTON_IDS.next ? 1 : action === ACTOR_LIST_BUTTON_IDS.previous ? -1 : 0;
    if (step === 0) {
      await sendNotice(interaction, 'This button is not one citebot knows any more. Run /actors again.');
      return;
    }
    const page = Math.min(Math.max(0, state.page + step), actorListPageCount(state.listing) - 1);
    services.actorViews.update(key, { ...state, page });
    await interaction.update(renderActorList(state.listing, page, key));
  },
};
