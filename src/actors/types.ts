import type { CorpusProblem } from '../corpus/types';

/** What an actor is. Countries acting as states ("the United States will continue…") are governments. */
export type ActorKind = 'person' | 'organisation' | 'government' | 'military' | 'outlet';

/**
 * How a sentence refers to an actor, so summaries can weigh it:
 * - name:    "US Secretary of State Antony Blinken", "Secretary Blinken", "Blinken", "CNN"
 * - title:   "the Secretary", "The Secretary of State", "the general" (a title without a name)
 * - pronoun: "He", "his", "himself", "it"
 * - role:    a describing noun: "the statement", "the military", "the army command", "the announcement"
 */
export type MentionKind = 'name' | 'title' | 'pronoun' | 'role';

/** One place where an actor is referred to. Offsets index into `Article.text`, like `Sentence`. */
export interface Mention {
  readonly sentenceId: number;
  readonly articleId: string;
  readonly paragraph: number;
  readonly sentence: number;
  readonly start: number;
  readonly end: number;
  /** Exactly `article.text.slice(start, end)`. */
  readonly text: string;
  readonly kind: MentionKind;
  /** Which rule tied this mention to the actor (see `references.ts`), to explain a surprising one. */
  readonly rule: MentionRule;
}

/** The rule that tied a mention to its actor. */
export type MentionRule =
  | 'name'
  | 'surname'
  | 'override-alias'
  | 'title-role'
  | 'subject'
  | 'reflexive'
  | 'office-holder'
  | 'nearest-organisation'
  | 'statement-owner'
  | 'announcer'
  | 'military'
  | 'organisation-head';

/** A role the text gives an actor, as written ("Nigerien President", "former president"). */
export interface ActorRole {
  readonly text: string;
  /**
   * - title:            a title before the name ("Nigerien President Mohamed Bazoum")
   * - appositive:       ", a Niger general," after the name
   * - self-description: "declared himself as the country’s new leader"
   * - override:         added by a moderator in actors.yml
   */
  readonly via: 'title' | 'appositive' | 'self-description' | 'override';
  /** The first sentence giving this role, or null for an override. */
  readonly sentenceId: number | null;
}

export interface Actor {
  /** Stable, readable id made from the canonical name ("antony-blinken"). */
  readonly id: string;
  readonly name: string;
  readonly kind: ActorKind;
  /** Other names the articles (or overrides) use, canonical name excluded, in first-seen order. */
  readonly aliases: readonly string[];
  readonly roles: readonly ActorRole[];
  /** In article order, then by position. */
  readonly mentions: readonly Mention[];
  /** Sentence ids credited to this actor: its `Sentence.attribution`, or it is the subject of a speech verb. */
  readonly said: readonly number[];
  /**
   * Sentence ids where it is the subject of a speech verb, whoever the sentence is credited to:
   * "Secretary Blinken underscored…" inside the State Department's statement is Blinken speaking.
   */
  readonly speaks: readonly number[];
}

/**
 * Every actor of a corpus, as plain immutable data (serialisable with JSON.stringify). Lookups are
 * functions over it: `findActor`, `actorSummary`, `listActors`, `sentencesMentioning`.
 */
export interface ActorTable {
  /** Most mentioned first. */
  readonly actors: readonly Actor[];
  /** Article ids in corpus order, so summaries list sentences in article order. */
  readonly articleOrder: readonly string[];
  /** Override entries that named no actor, with the file and line they came from. */
  readonly problems: readonly CorpusProblem[];
}

/** Where an override entry was written, for error reports. */
export interface OverrideSource {
  readonly file: string;
  readonly line: number;
}

/** A moderator's corrections from `corpus/actors.yml`, applied by `actorsOf`. */
export interface ActorOverrides {
  /** Extra names for an actor (named by any of its names); the text is searched for them too. */
  readonly aliases: readonly (OverrideSource & {
    readonly actor: string;
    readonly aliases: readonly string[];
  })[];
  /** Actors that are one: the first named keeps its name, the others become its aliases. */
  readonly merges: readonly (OverrideSource & { readonly actors: readonly string[] })[];
  /** False actors to drop. */
  readonly hidden: readonly (OverrideSource & { readonly actor: string })[];
}

export const NO_OVERRIDES: ActorOverrides = { aliases: [], merges: [], hidden: [] };
