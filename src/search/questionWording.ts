/**
 * The question proper, out of what an asker types around it: links and Discord mentions, chatter
 * ("Hey bot, quick question:", "thanks!"), requests ("Can you tell me…", "Identify…", "Quote the
 * sentence."), pointers at the article itself ("according to the article") and "which people"
 * for "who". Each of these words would otherwise be matched, or taken for the question's focus,
 * though none says what is asked. Pure text rules: no library needed.
 */
export function questionProper(typed: string): string {
  return withPersonAsked(withoutDocumentReference(withoutRequestWrapper(withoutNonWords(typed))));
}

/**
 * What is typed but is no word of a question: links, and Discord's mentions of users, roles and
 * channels and its custom emoji (`<@123>`, `<@&123>`, `<#123>`, `<:wave:123>`). Read as words,
 * "https" or "example" would be taken for what is asked.
 */
const NON_WORDS = /\bhttps?:\/\/\S+|\bwww\.\S+|<(?:@[!&]?|#)\d+>|<a?:\w+:\d+>/gi;

function withoutNonWords(text: string): string {
  const rest = text.replace(NON_WORDS, ' ');
  return rest === text || rest.trim() === '' ? text : rest.replace(/\s{2,}/g, ' ').trim();
}

/**
 * Chatter before the question: a greeting or the bot addressed ("Hey bot,", "@citebot"), "Quick
 * question:", "I'm curious,", "Briefly,". None of it says what is asked, and an unknown word there would be
 * taken for the question's focus.
 */
const CHATTER_BEFORE =
  /^\s*(?:(?:(?:hey|hi|hello|yo|ok|okay|so|well|please|pls)(?: there| bot| citebot| everyone| all)?|@[\w.-]+|(?:(?:a )?(?:quick|short|simple) )?question|(?:i'?m |i am |just )?curious(?: to know)?|out of curiosity|briefly|quickly|in short|in brief|in a nutshell)\s*[,:!-]?\s+)+/i;

/** "Please, can you tell me who…", "I'd like to know when…", "Do you know why…" → the question itself. */
const REQUEST_WRAPPER =
  /^(?:(?:can|could|would|will) you (?:please )?(?:tell|show|give|explain(?: to)?) me|(?:can|could|would|will) you (?:please )?(?:explain|say|tell us)|(?:please )?(?:tell|show|give) me|i(?:'d| would) like to know|i want to know|i wonder|do you know|does anyone know)\s*(?:please\s*)?[,:]?\s+/i;

/**
 * Words introducing the topic before the question ("Regarding the coup, who…"): the topic is
 * kept, its introducer is no part of what is asked.
 */
const TOPIC_INTRODUCER =
  /^\s*(?:regarding|concerning|with (?:respect|regard) to|as (?:for|to|regards)|when it comes to|talking about|speaking of|on the (?:topic|subject|matter) of)\s+/i;

/** Chatter after it: "…, please?", "… Thanks!", "… lol". The question mark stays. */
const CHATTER_AFTER =
  /(?:(?:\s*[,.!?]\s*|\s+)(?:please|pls|lol)\b|\s*[,.!?]\s*(?:thanks|thank you|thx|ty|cheers)\b)[.!]*\s*(\??)\s*$/i;

/**
 * A request about the answer's form after the question: "Quote the sentence.", "Give the
 * source.", "(cite the article)", "…, with sources". The bot always quotes and cites.
 */
const FORM_REQUEST_AFTER =
  /[\s,.;:!?(-]+(?:(?:and|please)\s+)*(?:(?:quote|cite|give|show|include|provide|add|name)(?:\s+me)?(?:\s+(?:the|a|an|your|its|their))?(?:\s+exact)?|with(?:\s+(?:a|the))?)\s+(?:sentences?|sources?|quotes?|quotations?|passages?|article|citations?|references?|evidence|lines?)(?:\s+(?:please|too|as well))?[\s.!)]*$/i;

/**
 * A question asked as an instruction: "Identify who…", "Explain why…", "Describe the US
 * position…". "State" and "say" only before a question word ("State Department" is a name).
 */
const INSTRUCTION =
  /^\s*(?:please\s+)?(?:(?:identify|name|list|explain|describe|summari[sz]e|specify|outline|mention|determine|indicate|find(?: out)?)(?: for me| to me)?\s+|(?:state|say|show)\s+(?=(?:who|whom|whose|what|which|when|where|why|how|whether)\b))/i;

function withoutRequestWrapper(text: string): string {
  let rest = text
    .replace(CHATTER_BEFORE, '')
    .replace(REQUEST_WRAPPER, '')
    .replace(INSTRUCTION, '')
    .replace(TOPIC_INTRODUCER, '');
  rest = endingReplaced(endingReplaced(rest, CHATTER_AFTER, '$1'), FORM_REQUEST_AFTER, '');
  return rest.trim() === '' ? text : rest;
}

/**
 * How far from the end chatter or a request after the question is looked for. A pattern anchored
 * at the end is still tried from every position, so over a whole pasted page (20,000 spaces) it
 * took seconds; what follows a question is short.
 */
const ENDING_WINDOW = 160;

function endingReplaced(text: string, ending: RegExp, replacement: string): string {
  const cut = Math.max(0, text.length - ENDING_WINDOW);
  return text.slice(0, cut) + text.slice(cut).replace(ending, replacement);
}

/** The asker's words for the text being asked about: "the article", "this news story", "the report". */
const DOCUMENT = String.raw`(?:the|this|that) (?:news |above |given )?(?:article|story|report|text|piece|passage|excerpt)`;
/**
 * Where the asker points at the article itself rather than at what it is about: "According to the
 * article, who…", "…in the story?", "What does the text say about…". Every sentence is in the
 * article, so these words tell no sentence from another; "report" would match "CNN reported".
 */
const DOCUMENT_REFERENCE = new RegExp(
  String.raw`(?:,\s*)?\b(?:according to|based on|going by|judging (?:by|from)|per|in|from|by|as (?:stated|reported|described) in) ${DOCUMENT}\b\s*,?|\b(?:(?:does|did|do) ${DOCUMENT} (?:say|mention|state|report|tell us|claim|describe)|${DOCUMENT} (?:says|said|mentions|states|reports|claims))\b`,
  'giu',
);

function withoutDocumentReference(text: string): string {
  const pointedOut = text.replace(DOCUMENT_REFERENCE, ' ');
  if (pointedOut === text) return text;
  const rest = pointedOut
    .replace(/\s+([?.!,])/g, '$1')
    .replace(/\s{2,}/g, ' ')
    .trim();
  return /\p{L}/u.test(rest) ? rest : text;
}

/** Nouns that say only that a person is asked for: "which people", "the person who". */
const ANY_PERSON = String.raw`(?:people|persons?|individuals?|ones?)`;
const PERSON_ASKED = new RegExp(
  String.raw`^(?:(?:which|what) ${ANY_PERSON}|who (?:is|are|was|were) the ${ANY_PERSON} (?:who|that|whom)|(?:the )?${ANY_PERSON} (?:who|that|whom))\b`,
  'i',
);

/**
 * "Which people detained Bazoum?", "Who are the people that detained him?" ask who: read so,
 * "people" is not matched against "the Nigerien people", a sentence that names no one asked.
 */
function withPersonAsked(text: string): string {
  const match = PERSON_ASKED.exec(text);
  if (!match) return text;
  const who = /^\p{Lu}/u.test(match[0]) ? 'Who' : 'who';
  return `${who}${text.slice(match[0].length)}`;
}
