import type { ActorKind } from './types';

/**
 * The words the actor rules read. Every list is lower-case; matching folds case. Kept in one place
 * so a new title or outlet is one line.
 */

/** Titles that can stand before a name or, after "the", instead of one ("the Secretary"). Longest first. */
export const TITLES: readonly string[] = [
  'secretary of state',
  'secretary of defense',
  'secretary of defence',
  'secretary-general',
  'secretary general',
  'under secretary',
  'deputy secretary',
  'assistant secretary',
  'national security adviser',
  'national security advisor',
  'chief of staff',
  'chief of defence staff',
  'head of state',
  'prime minister',
  'foreign minister',
  'defence minister',
  'defense minister',
  'interior minister',
  'finance minister',
  'deputy prime minister',
  'vice president',
  'vice-president',
  'crown prince',
  'supreme leader',
  'first lady',
  'madam speaker',
  'madam',
  'lieutenant general',
  'lieutenant colonel',
  'major general',
  'brigadier general',
  'general',
  'gen.',
  'gen',
  'president',
  'minister',
  'secretary',
  'chancellor',
  'premier',
  'king',
  'queen',
  'prince',
  'princess',
  'emir',
  'sheikh',
  'sultan',
  'pope',
  'senator',
  'sen.',
  'governor',
  'gov.',
  'mayor',
  'ambassador',
  'envoy',
  'spokesman',
  'spokeswoman',
  'spokesperson',
  'chairman',
  'chairwoman',
  'chair',
  'director',
  'commander',
  'colonel',
  'col.',
  'captain',
  'capt.',
  'major',
  'lieutenant',
  'lt.',
  'admiral',
  'marshal',
  'field marshal',
  'sergeant',
  'judge',
  'justice',
  'speaker',
  'representative',
  'rep.',
  'leader',
  'junta leader',
  'mr',
  'mr.',
  'mrs',
  'mrs.',
  'ms',
  'ms.',
  'dr',
  'dr.',
];

/** Words that qualify a title ("former president", "Democratically-elected President"). */
const TITLE_MODIFIERS = new Set([
  'former',
  'ex',
  'ex-',
  'then',
  'acting',
  'interim',
  'transitional',
  'ousted',
  'deposed',
  'detained',
  'toppled',
  'late',
  'outgoing',
  'incoming',
  'new',
  'current',
  'elected',
  'democratically-elected',
  'self-declared',
  'self-proclaimed',
  'military',
  'top',
  'senior',
  'deputy',
  'chief',
  'foreign',
  'un',
  'u.n.',
]);

/** A hyphenated or adverb-led qualifier: "Democratically-elected", "newly-appointed", "ex-". */
export function isTitleModifier(word: string): boolean {
  const lower = word.toLowerCase();
  return (
    TITLE_MODIFIERS.has(lower) ||
    /^[\p{L}]+ly-(?:elected|appointed|installed|named)$/u.test(lower) ||
    /^ex-/.test(lower)
  );
}

/** Modifiers that mean the role is over: "the president" should not find a "former president". */
export const PAST_MODIFIERS = /\b(?:former|ex|ex-|late|outgoing|then)\b/i;

/** Roles whose holder "his leadership / his government / his presidential guard" refers to. */
export const HEAD_ROLE =
  /\b(?:president|leader|prime minister|premier|king|queen|emir|chancellor|ruler|head of state|head of government|monarch|sultan|junta)\b/i;

/** Nouns of an office: "his continuing leadership", "his own presidential guard". */
export const OFFICE_NOUNS = new Set([
  'leadership',
  'presidency',
  'government',
  'administration',
  'regime',
  'rule',
  'term',
  'tenure',
  'cabinet',
  'presidential',
  'palace',
  'mandate',
  'reign',
  'premiership',
]);

/** Head nouns of a role in an appositive (", a Niger general,") or self-description. */
export const ROLE_NOUNS = new Set([
  ...TITLES.filter((title) => !/[.]$/.test(title) && !/^(?:mr|mrs|ms|dr)$/.test(title)).map(
    (title) => title.split(' ').pop() ?? title,
  ),
  'official',
  'officer',
  'diplomat',
  'politician',
  'lawmaker',
  'legislator',
  'activist',
  'analyst',
  'expert',
  'researcher',
  'journalist',
  'correspondent',
  'reporter',
  'editor',
  'author',
  'lawyer',
  'head',
  'chief',
  'ruler',
  'strongman',
  'dictator',
  'founder',
  'member',
  'adviser',
  'advisor',
  'aide',
  'candidate',
  'opposition',
  'negotiator',
  'mediator',
  'mp',
  'soldier',
  'fighter',
  'militant',
  'rebel',
]);

/** Verbs whose subject made an announcement ("declared himself…" → "The announcement came…"). */
export const ANNOUNCE_VERBS = /^(?:declared|declares|announced|announces|proclaimed|proclaims)$/i;
/** Nouns for an announcement, resolved to whoever last announced. */
export const ANNOUNCEMENT_NOUNS = /^(?:announcement|declaration|proclamation)$/i;

/** Verbs of speech: a mention that is their subject "said" the sentence. */
export const SPEECH_VERBS =
  /^(?:said|says|say|added|adds|reported|reports|stated|states|told|tells|wrote|writes|warned|warns|stressed|stresses|underscored|emphasized|emphasised|reiterated|declared|declares|announced|announces|noted|notes|explained|claimed|claims|insisted|asked|urged|argued|argues|confirmed|confirms|denied|denies|expressed|praised|acknowledged|spoke|speaks|tweeted|posted|condemned|vowed|promised|accused|alleged)$/i;

/** Adverbs and auxiliaries that may stand between a subject and its verb. */
export const BETWEEN_SUBJECT_AND_VERB =
  /^(?:also|further|later|again|then|earlier|previously|separately|has|have|had|was|were|is|are|will|would|could|can|did|does|not|had|be|been|\p{Ll}+ly)$/u;

/** A name ending with one of these is an organisation of that kind ("US State Department"). */
const HEAD_KINDS: readonly [RegExp, ActorKind][] = [
  [
    /^(?:department|ministry|government|parliament|senate|congress|assembly|cabinet|presidency|embassy|administration|white house|kremlin|élysée|elysee|downing street|state department|foreign office|home office|treasury|national assembly)$/i,
    'government',
  ],
  [
    /^(?:army|navy|air force|forces|command|guard|military|junta|marines|gendarmerie|brigade|battalion|regiment|pentagon|militia)$/i,
    'military',
  ],
  [
    /^(?:news|times|post|journal|press|herald|tribune|gazette|telegraph|television|tv|radio|broadcasting|broadcasting corporation|network|agency|newswire|daily|weekly|magazine|chronicle|observer|guardian|express|independent|mirror|standard)$/i,
    'outlet',
  ],
  [
    /^(?:union|nations|community|organisation|organization|commission|committee|council|bank|fund|party|association|institute|university|company|group|corporation|corp|corp\.|inc|inc\.|ltd|court|movement|front|alliance|coalition|federation|foundation|center|centre|office|bureau|service|services|authority|board|programme|program|network|ngo|watch|international)$/i,
    'organisation',
  ],
];

/** The kind an organisation's name says through its last word(s), or undefined. */
export function kindOfHead(name: string): ActorKind | undefined {
  const words = name.toLowerCase().split(/\s+/);
  for (const size of [2, 1]) {
    const head = words.slice(-size).join(' ');
    if (words.length < size) continue;
    for (const [pattern, kind] of HEAD_KINDS) if (pattern.test(head)) return kind;
  }
  return undefined;
}

/** News outlets known by name; others are found by their head word or by "…, X reported". */
const OUTLETS = [
  'CNN',
  'BBC',
  'Reuters',
  'AFP',
  'AP',
  'Associated Press',
  'Agence France-Presse',
  'Al Jazeera',
  'Bloomberg',
  'NPR',
  'NBC',
  'CBS',
  'ABC',
  'Fox News',
  'Sky News',
  'France 24',
  'RFI',
  'DW',
  'Deutsche Welle',
  'Xinhua',
  'TASS',
  'RIA Novosti',
  'Interfax',
  'ANI',
  'PTI',
  'IANS',
  'Le Monde',
  'The Economist',
  'Financial Times',
  'Wall Street Journal',
  'New York Times',
  'Washington Post',
  'Politico',
  'Axios',
  'Voice of America',
  'VOA',
  'Anadolu',
  'Anadolu Agency',
  'Jeune Afrique',
  'ORTN',
];
const outletNames = new Map(OUTLETS.map((name) => [name.toLowerCase(), name]));

export function isKnownOutlet(name: string): boolean {
  return outletNames.has(name.replace(/^the\s+/i, '').toLowerCase());
}

/** Organisations news names without a telling head word or an acronym. */
const ORGANISATIONS = [
  'Al Qaeda',
  'Al Qaida',
  'al-Qaeda',
  'Al-Qaeda',
  'Islamic State',
  'Taliban',
  'Hamas',
  'Hezbollah',
  'Boko Haram',
  'Wagner',
  'Red Cross',
  'Red Crescent',
  'Interpol',
  'Greenpeace',
  'Amnesty',
  'Médecins Sans Frontières',
  'Doctors Without Borders',
  'Republicans',
  'Democrats',
  'Conservatives',
  'Socialists',
  'Communists',
  'Islamists',
  'Jihadists',
];

/** Capitalised abbreviations that are not actors. */
export const NOT_ACTOR_ACRONYMS =
  /^(?:AIDS|HIV|GDP|GMT|UTC|COVID|CEO|CFO|TV|DNA|NGO|NGOs|ID|PM|AM|OK|USD|EUR|CFA|FCFA|MP|MPs|AI|IT)$/;
const organisationNames = new Set(ORGANISATIONS.map((name) => name.toLowerCase()));

export function isKnownOrganisation(name: string): boolean {
  return organisationNames.has(name.replace(/^the\s+/i, '').toLowerCase());
}

/** Pronouns that refer to a person, and the case they are in. */
export const PERSON_PRONOUNS: ReadonlyMap<string, 'subject' | 'object' | 'possessive' | 'reflexive'> =
  new Map([
    ['he', 'subject'],
    ['she', 'subject'],
    ['him', 'object'],
    ['his', 'possessive'],
    ['her', 'possessive'],
    ['hers', 'possessive'],
    ['himself', 'reflexive'],
    ['herself', 'reflexive'],
  ]);

/** Pronouns that refer to an organisation ("which it said"). */
export const THING_PRONOUNS: ReadonlyMap<string, 'subject' | 'possessive' | 'reflexive'> = new Map([
  ['it', 'subject'],
  ['its', 'possessive'],
  ['itself', 'reflexive'],
]);

/** Prepositions after which an unknown single name is a place ("in Niamey"). */
export const LOCATIVE =
  /^(?:in|at|near|from|across|outside|inside|around|throughout|towards|toward|into|within)$/i;

/** Name particles that may join the words of one name ("Secretary of State", "Abu Bakr al Baghdadi"). */
export const NAME_CONNECTORS = /^(?:of|for|de|du|da|del|della|der|des|la|le|al|el|bin|ibn|ben|van|von|y)$/;

/** Words that open a sentence capitalised without being a name. */
export const NEVER_NAMES =
  /^(?:the|a|an|this|that|these|those|he|she|it|they|we|i|you|his|her|its|their|our|but|and|or|so|yet|if|when|while|after|before|earlier|later|following|meanwhile|however|also|in|on|at|for|with|by|from|as|to|of|no|not|there|here|what|who|which|where|why|how|mr|mrs|ms)$/i;

/** Months and weekdays, which the tagger calls proper nouns. */
export const CALENDAR_WORDS =
  /^(?:january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec|monday|tuesday|wednesday|thursday|friday|saturday|sunday)$/i;

/**
 * What a question may call an actor of any kind ("Which _participant_ warned…", "Which _entity_…"
 * asks for whoever did, an army as well as a person or a government). Not "actor": one who won
 * an Oscar is a film actor, whom the actor table cannot tell.
 */
const ANY_ACTOR: readonly string[] = ['entity', 'participant', 'stakeholder'];

/**
 * What a question may call an actor of each kind ("Which news outlet reported…" asks for an
 * outlet; "which body" for an organisation or a government): a sentence mentioning one answers
 * the category.
 */
export const KIND_CATEGORIES: Readonly<Record<ActorKind, readonly string[]>> = {
  person: ['person', 'individual', 'figure', 'official', 'politician', ...ANY_ACTOR],
  organisation: [
    'organisation',
    'organization',
    'body',
    'group',
    'institution',
    'agency',
    'council',
    'committee',
    'party',
    ...ANY_ACTOR,
  ],
  government: [
    'government',
    'administration',
    'authority',
    'body',
    'agency',
    'department',
    'branch',
    'institution',
    ...ANY_ACTOR,
  ],
  military: ['military', 'army', 'force', 'junta', 'unit', 'body', 'group', 'institution', ...ANY_ACTOR],
  outlet: [
    'outlet',
    'network',
    'channel',
    'broadcaster',
    'newspaper',
    'publication',
    'station',
    'media',
    'organisation',
    'organization',
    ...ANY_ACTOR,
  ],
};

/** Nouns for a kind of actor ("army", "government", "outlet"…): every word of `KIND_CATEGORIES`. */
export const ACTOR_KIND_NOUNS: ReadonlySet<string> = new Set(Object.values(KIND_CATEGORIES).flat());

/** Nouns for whoever heads a body: "the commander of the guard" is someone that body's name describes. */
export const HEADING_NOUNS: ReadonlySet<string> = new Set([
  'commander',
  'head',
  'chief',
  'director',
  'chairman',
  'chairwoman',
  'chairperson',
  'boss',
  'spokesman',
  'spokeswoman',
  'spokesperson',
]);
