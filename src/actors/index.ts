/**
 * Actors: who is in the articles, what they said, what the articles say about them. A pure core:
 * data in, data out. `actorsOf` builds the table; the rest are lookups over it.
 */
export { actorsOf } from './actorTable';
export { findActor, closestNames, normalName, type ActorLookup } from './find';
export {
  loadActorOverrides,
  parseActorOverrides,
  OVERRIDE_FILES,
  type ActorOverridesLoad,
} from './overrides';
export { actorReferencesIn, sentencesMentioning, type ActorReference } from './question';
export {
  ASKS_PAST_HOLDER,
  ASKS_REMOVED_HOLDER,
  headOf,
  NEW_ROLE,
  PAST_ROLE,
  roleMarkedBy,
} from './roleWords';
export {
  actorSummary,
  listActors,
  roleText,
  DEFAULT_SUMMARY_OPTIONS,
  type ActorListing,
  type ActorSummary,
  type SummaryLine,
  type SummaryOptions,
  type SummarySource,
} from './summary';
export {
  NO_OVERRIDES,
  type Actor,
  type ActorKind,
  type ActorOverrides,
  type ActorRole,
  type ActorTable,
  type Mention,
  type MentionKind,
  type MentionRule,
} from './types';
