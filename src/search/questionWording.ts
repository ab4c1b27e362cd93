import { isWordNetWord } from '../text/verbLexicon';
import { AUXILIARIES, QUESTION_WORDS } from './questionWords';
import { sentences as sbdSentences } from 'sbd';
import { verb as verbLemma } from 'wink-lemmatizer';
import { termOf, tokensOf } from './analysis';
import { PROCESS_NOUN } from './processNouns';
import { inCaseTyped, withIdiomsRead } from './idioms';
import { tokensOf as taggedTokensOf } from '../text/taggedTokens';

/**
 * The question proper, out of what an asker types around it: links and Discord mentions, chatter
 * ("Hey bot, quick question:", "thanks!"), requests ("Can you tell me…", "Identify…", "Quote the
 * sentence."), pointers at the article itself ("according to the article") and "which people"
 * for "who". Each of these words would otherwise be matched, or taken for the question's focus,
 * though none says what is asked. Pure text rules: no library needed, but an idiom may be left as
 * typed where the articles use its word (`articlesUse`, given a lower-case word).
 */
export function questionProper(typed: string, articlesUse: (word: string) => boolean = () => false): string {
  // Runs of white space are one space: the end-anchored patterns below would try each of them.
  let text = withoutAskersOwnSentences(withoutNonWords(typed).replace(/\s{2,}/g, ' '));
  // Wrappers come in any order and nest ("Based on the article, identify who…", "Thanks! Can you
  // tell me…"): the rules run again while they still find something, a bounded number of times.
  for (let round = 0; round < MAX_ROUNDS; round += 1) {
    const next = withoutEmbeddingLead(withoutDocumentReference(withoutRequestWrapper(text)), articlesUse);
    if (next === text) break;
    text = next;
  }
  return withIdiomsRead(withPersonAsked(withNameOfOwnerRead(text)), articlesUse);
}

const MAX_ROUNDS = 4;

/**
 * A question put inside words of asking or knowing: "Any idea who detained Bazoum?", "Remind me
 * who…", "Is there anything in the article about who…", "Just checking: was Bazoum…?", "Quick q -
 * who…". The lead before the question word is set aside when it holds a word of asking and no word
 * the articles use: "Besides _security_, what…" and "In 2019, who…" keep what they say.
 */
function withoutEmbeddingLead(typed: string, articlesUse: (word: string) => boolean): string {
  const text = typed.replace(WHERE_IT_SAYS, '');
  const match = EMBEDDING_LEAD.exec(text);
  if (!match) return text;
  const lead = match[0];
  const words = lead.match(/\p{L}+/gu) ?? [];
  if (
    /\d/u.test(lead) ||
    !words.some((word) => ASKING_WORDS.test(word)) ||
    words.some(
      (word) => !ASKING_WORDS.test(word) && (!LEAD_WORDS.test(word) || articlesUse(word.toLowerCase())),
    )
  ) {
    return text;
  }
  return text.slice(lead.length);
}

/**
 * Up to ten words before a question word ("…who detained…"), or before an auxiliary after a colon,
 * a dash or a comma ("Just checking: was…"). Not from the start: a question opening with its word
 * has no lead.
 */
const EMBEDDING_LEAD =
  /^\s*(?!(?:who|whom|whose|what|when|where|why|how|which|whether)\b)(?:[\p{L}'’]+[\s,:–—-]+){1,10}?(?=(?:who|whom|whose|what|when|where|why|how|which)\b|(?<=[:–—-]\s*|,\s+)(?:is|are|was|were|did|does|do|has|have|had)\b)/iu;

/** "Where (in the article) does it say who…": where the answer is said, asked before the question. */
const WHERE_IT_SAYS =
  /^\s*where\s+(?:in\s+the\s+(?:article|text|story|piece)\s+)?(?:does|did)\s+it\s+(?:say|mention|state)\s+(?=(?:who|whom|whose|what|when|where|why|how|which)\b)/i;

/** Words of asking, telling or knowing, and chat's ("q"): a lead holding one wraps a question. */
const ASKING_WORDS =
  /^(?:know|knows|tell|telling|ask|asking|figure|find|understand|explain|describe|remind|idea|ideas|wonder|wondering|curious|check|checking|need|chance|possible|appreciate|mind|anything|something|say|mention|quote|show|share|pull|point|help|clarify|confirm|learn|see|q|qq|question|clue|sure|recall|remember|interested|trying)$/i;

/** Words that may stand in a lead beside those of asking ("Can _you_ tell _me_…", "Is _there_ anything _in the_ article…"). */
const LEAD_WORDS =
  /^(?:let|me|us|i|we|you|u|someone|anyone|anybody|somebody|the|a|an|in|about|on|there|it|to|of|is|are|was|does|do|did|can|could|would|will|please|pls|just|quick|quickly|so|ok|okay|but|and|any|real|really|try|want|like|d|m|ve|article|text|story|piece|report|out|up|me|if)$/i;

/**
 * What is typed but is no word of a question: links, and Discord's mentions of users, roles and
 * channels and its custom emoji (`<@123>`, `<@&123>`, `<#123>`, `<:wave:123>`). Read as words,
 * "https" or "example" would be taken for what is asked.
 */
const NON_WORDS = /\bhttps?:\/\/\S+|\bwww\.\S+|<(?:@[!&]?|#)\d+>|<a?:\w+:\d+>/gi;

/**
 * Chat's asides, typed in lower case anywhere in a question ("_ngl_ whats the econ justification",
 * "where do the talks stand rn _tbh_"), or at its end ("…beyond niger's borders _fr_"): none says
 * what is asked, and each would be taken for a word the articles never use. (In capitals, or after
 * "the", "IMO" is the maritime body: "what did the imo agree to?")
 */
const CHAT_ASIDES =
  /(?<![\p{L}\p{N}'’-])(?<!\b(?:the|a|an)\s)(?:ngl|tbh|imo|imho|idk|lmao|lmfao|btw|iirc|afaik|fwiw|smh|frfr)(?![\p{L}\p{N}'’-])/gu;
const CHAT_ASIDES_AT_END = /\s+(?:fr|tho|lol)(?=\s*[?!.]*\s*$)/u;

function withoutNonWords(text: string): string {
  const rest = text.replace(NON_WORDS, ' ').replace(CHAT_ASIDES, ' ').replace(CHAT_ASIDES_AT_END, '');
  return rest === text || rest.trim() === '' ? text : rest.replace(/\s{2,}/g, ' ').trim();
}

/**
 * A sentence the asker says of themselves beside the question: "I need the names for my slides.",
 * "My teacher wants the exact quote." Its words ("slides") say nothing of what is asked, and one
 * the articles never use would be taken for the question's focus. It opens with "I", "we", "my" or
 * "our" and asks nothing: no question mark, no question word ("I'd like to know who…" is the
 * question). It goes only when what is left is a question that stands alone: a question mark or
 * word, words enough, and no pronoun that may point into it ("I heard Bazoum was freed. Is that
 * so?" keeps it). Sentences are told apart by sbd, which knows "U.S." and "Gen." end none.
 */
function withoutAskersOwnSentences(text: string): string {
  if (!/[.!?]\s/u.test(text)) return text;
  const sentences = sbdSentences(text);
  if (sentences.length < 2) return text;
  const kept = sentences.filter((sentence) => !ASKERS_OWN.test(sentence) || ASKS.test(sentence));
  if (kept.length === sentences.length || kept.length === 0) return text;
  const rest = kept.join(' ').trim();
  const standsAlone =
    ASKS.test(rest) &&
    tokensOf(rest).filter((token) => termOf(token) !== null).length >= MIN_STANDING_WORDS &&
    !REFERS_BACK.test(rest);
  return standsAlone ? rest : text;
}

/** A sentence of the asker's own: first person. */
const ASKERS_OWN = /^\s*(?:i|i['’](?:m|ve|d|ll)|we|we['’](?:re|ve|d|ll)|my|our)\s+\p{L}/iu;

/** What asks something: a question mark or a question word. */
const ASKS = /\?|\b(?:who|whom|whose|what|when|where|which|why|how|whether)\b/iu;

/** Words that may point into the asker's sentence: "We know the US called Bazoum. Did _they_…" */
const REFERS_BACK = /\b(?:he|she|they|him|her|them|it|its|his|their|this|that|these|those)\b/iu;

/** Content words a question needs to stand alone once the asker's own sentences are set aside. */
const MIN_STANDING_WORDS = 2;

/**
 * A hesitation opening the question: set off by a comma or a dash ("Wait, who…", "Hmm - what…"),
 * or typed in lower case before a question word or an auxiliary ("wait what day…"). Not "Wait
 * times…", nor a name ("Oh was re-elected in what year?", Oh Se-hoon).
 */
const HESITATION =
  /^\s*(?:(?:[Ww]ait|[Hh]old on|[Hh]mm+|[Uu]m+|[Uu]h+|[Oo]h|[Aa]h)\s*[,:!.–—-]+\s*|(?:wait|hold on|hmm+|um+|uh+|oh|ah)\s+(?=(?:who|whom|whose|what|when|where|which|why|how|is|are|was|were|did|does|do|has|have|had|so)\b))/u;

/**
 * Chatter before the question: a greeting or the bot addressed ("Hey bot,", "@citebot"), "Quick
 * question:", a quiz's label ("Quiz time:", "Next one:"), "I'm curious,", "Briefly,", "Thanks!",
 * the piece of work it is for ("For my presentation:", "for our history class,"; not "For our aid
 * to Niger, …", which sets the topic). None of it says what is asked, and an unknown word there
 * would be taken for the question's focus.
 */
const CHATTER_BEFORE =
  /^\s*(?:(?:for (?:my|our) (?:[\w'’-]+ ){0,2}(?:presentation|slides?|class(?:es)?|course|essay|homework|assignment|report|paper|project|notes|research|thesis|quiz|exam|test|lesson|newsletter|briefing|memo|blog|podcast|seminar|lecture|studies)\s*[:,–—-]|(?:hey|hi|hello|yo|ok|okay|so|well|please|pls|thanks|thank you)(?: there| bot| citebot| everyone| all)?|@[\w.-]+|(?:(?:a )?(?:quick|short|simple) )?question|(?:(?:pop|trivia) )?quiz(?: time| question)?|trivia(?: time| question)?|(?:next|another) (?:one|question)|(?:a )?(?:quick|short|simple) one|(?:i'?m |i am |just )?curious(?: to know)?|out of curiosity|briefly|quickly|in short|in brief|in a nutshell)\s*[,:!.-]?\s+)+/i;

/**
 * "Please, can you tell me who…", "I'd like to know when…", "I need to know what…", "Do you know
 * why…", "Could you identify…" (then an instruction), asked of anyone in the channel ("Can someone
 * tell me…", "anyone know…") or wondered aloud ("I was wondering what…") → the question itself.
 */
const REQUEST_WRAPPER =
  /^\s*(?:(?:can|could|would|will) you (?:(?:please|kindly|possibly|just) )*(?:tell|show|give|explain(?: to)?) me|(?:can|could|would|will) you(?: (?:please|kindly|possibly|just))*(?=\s+(?:identify|name|list|describe|summari[sz]e|specify|outline|find|indicate|determine|point|locate|quote|pull|share|bring|paste|dig)\b)|(?:can|could|would|will) you (?:(?:please|kindly|possibly|just) )*(?:explain|say|tell us)|(?:please )?(?:tell|show|give) me|(?:(?:can|could|would|will) )?(?:someone|somebody|anyone|anybody) (?:(?:please|kindly|just) )*(?:tell|show|give|explain(?: to)?) me|(?:can|could|would|will) (?:someone|somebody|anyone|anybody)(?: (?:please|kindly|just))*(?=\s+(?:identify|name|list|describe|summari[sz]e|specify|outline|find|indicate|determine|quote|point|locate|pull|share|bring|paste|dig)\b)|i(?:'d| would) like to (?:know|find out)|i (?:just |really )?(?:want|need) to (?:know|find out)|i need(?=\s+(?:what|who|whom|when|where|why|how|which)\b)|i wonder|i(?:['’]m| am| was) (?:just |really )?wondering|do you know|(?:does |do )?(?:anyone|anybody) know)\s*(?:please\s*)?[,:]?\s+/i;

/**
 * A request for a quote set before the question it is about: "Quote me the precise words: what
 * could a foreign intervention cause…?". The bot quotes anyway: the question is what is asked.
 */
const QUOTE_ASKED_BEFORE_QUESTION =
  /^\s*(?:please\s+)?(?:quote|give|show|tell|cite)\s+(?:(?:me|us)\s+)?(?:the\s+)?(?:(?:exact|precise|actual|very)\s+)?(?:words?|wording|quotes?|quotations?|lines?|sentences?|passages?)\s*[:—–-]\s*(?=(?:who|whom|whose|what|when|where|which|why|how|did|does|do|is|are|was|were|has|have|had|can|could|will|would)\b)/iu;

/**
 * A request put as "Would you mind finding…", "Do you mind telling me…": the verb's base form after
 * "can you", as the other requests are read ("can you find…").
 */
const MIND_REQUEST =
  /^(\s*)(?:would|do|could) (you|u|someone|anyone) mind (?:(?:please|just|kindly) )*([a-z]+ing)\b/i;

function withMindRequestRead(text: string): string {
  return text.replace(
    MIND_REQUEST,
    (_, space: string, who: string, gerund: string) =>
      `${space}can ${who} ${verbLemma(gerund.toLowerCase())}`,
  );
}

/**
 * Hearsay the question goes on from: "Someone in chat said Tiani blamed a group, who did he
 * blame?", "a friend told me the US cut aid, is that right?", "a viral post says the US cut aid. Does
 * the article agree?". What was heard stays, as what the
 * question asks about; who passed it on is none of it (their "chat" or "friend" would be taken for
 * words to find). Only when a question follows.
 */
const HEARSAY =
  /^\s*(?:someone|somebody|a (?:friend|guy|user|person)|my (?:friend|teacher|dad|mum|mom)|people|ppl|an? (?:(?:viral|social media|online)\s+)?(?:post|tweet|thread|rumou?r|meme|headline))(?:\s+(?:in|on|over|from)\s+(?:the\s+)?(?:chat|channel|server|discord|group|class|twitter|x|reddit|facebook|tiktok|telegram|social media|the internet)|\s+(?:here|online|going around|circulating))?\s+(?:said|says|told me|tells me|claims|claimed|mentioned|reckons|thinks|posts|posted|wrote|writes|tweets|tweeted|alleges|alleged|(?:is|are|was|were) (?:saying|claiming|posting))(?:\s+that)?\s+(?=\S[^?]*?(?:[,;.]\s*(?:so\s+)?(?:who|whom|whose|what|when|where|why|how|which|is|was|are|were|did|does|do|has)\b|\?))/i;

/**
 * A claim put up to be checked: "Is it true that…", "Am I right that…", "True or false:", "Can you
 * confirm that…". What is asked is the claim; "true" or "right" is no word of it.
 */
const CLAIM_CHECK =
  /^\s*(?:(?:is it (?:really )?(?:true|correct|right|accurate|the case|a fact)|(?:am|was) i (?:right|correct))(?:(?:\s*,)?\s+(?:that|whether|if)\b|\s*[,:?])?|(?:(?:can|could) (?:you|u|someone|somebody|anyone|anybody) (?:please )?|please )?(?:confirm|verify|check)(?:\s+(?:that|whether|if)\b|\s*[,:])|(?:true or false|fact[- ]check)\s*[,:?]?)\s*/i;

/**
 * The claim after "Is it true…": a clause of its own, not "Is it true _to say_…", and one with
 * something to check: "Is it true, though?" is left as typed.
 */
function withoutClaimCheck(text: string): string {
  const match = CLAIM_CHECK.exec(text);
  if (!match) return text;
  const claim = text.slice(match[0].length);
  const setOff =
    /(?:that|whether|if|[,:?])\s*$/i.test(match[0]) ||
    /^(?:the|a|an|this|his|her|their|they|there|it|he|she)\b|^\p{Lu}/u.test(claim) ||
    // A noun opens it too, as the tagger reads it ("Is it true world leaders…", a name typed in
    // lower case: "is it true tiani said…"), not "to say", "or false that", "even now".
    ['NOUN', 'PROPN'].includes(taggedTokensOf(claim)[0]?.pos ?? '');
  const contentWords = tokensOf(claim).filter((token) => termOf(token) !== null).length;
  return setOff && contentWords >= MIN_CLAIM_WORDS ? claim : text;
}

/** Content words a claim needs to be one ("Bazoum resigned"). */
const MIN_CLAIM_WORDS = 2;

/**
 * A question asked as an instruction: "Identify who…", "Explain why…", "Describe the US
 * position…". "State" and "say" only before a question word ("State Department" is a name).
 */
const INSTRUCTION =
  /^\s*(?:please\s+)?(?:(?:identify|name(?!\s+of\b)|list|explain|describe|summari[sz]e|specify|outline|mention|determine|indicate|find(?: out)?)(?: for me| to me)?\s+|(?:state|say|show)\s+(?=(?:who|whom|whose|what|which|when|where|why|how|whether)\b))/i;

/**
 * Whose words a passage is asked from: a source's noun and the words naming it ("the State
 * Department statement", "the CNN report", "Tiani's speech"). Not "in which…", "in 2023", "in the
 * middle".
 */
const SOURCE = String.raw`(?:the\s+|a\s+|an\s+)?(?!(?:which|whom|whose|what)\b)(?:[\p{L}\p{N}'’.-]+\s+){0,4}?(?:statement|report|speech|address|broadcast|interview|article|story|piece|release|remarks|communiqu[eé]|transcript|post|tweet|letter|readout|briefing)`;

/**
 * A request to find a passage: "Find the line where…", "Show me the sentence that…", "Quote the
 * part about…". What the passage says is what is asked ("Find the line where the army warns…" is
 * "the army warns…", a claim to find).
 */
const PASSAGE_SOUGHT = passageSought(
  String.raw`(?:please\s+)?(?:find|show|give|quote|locate|point (?:me )?to|get|share|paste|(?:pull|bring|dig) up)(?: me)?\s+`,
);
/** …the same after a wrapper that asked for it ("Can you show me | the line where…"). */
const PASSAGE_AFTER_WRAPPER = passageSought('');

function passageSought(asking: string): RegExp {
  return new RegExp(
    String.raw`^\s*${asking}(?:the|a)\s+(?:exact\s+)?((?:\p{Lu}[\p{L}.'’-]*\s+){1,3})?(?:line|sentence|passage|part|bit|quote|paragraph)\s+(?:(?:from|in|of)\s+(${SOURCE})\s+)?(?:where(?:\s+it\s+says)?|in which|that says|which says|that|about|saying|mentioning|on)\s+`,
    'iu',
  );
}

/**
 * What a request to find a passage leaves: nothing, or whose words it is in ("Quote the sentence
 * _from the State Department statement_ about…" → "according to the State Department statement, …";
 * "Quote the _State Dept_ line where…" → "according to the State Dept, …").
 */
function passageSoughtRead(typed: string, owner: string | undefined, source: string | undefined): string {
  const named = source ?? ownerNamed(owner);
  return named === undefined ? '' : inCaseTyped(typed.trimStart(), `according to ${named}, `);
}

/**
 * Whose words the name before a passage's noun says ("the _State Dept_ line" → "the State Dept",
 * "the _Tiani's_ line" → "Tiani"), or undefined. Only in capitals: the pattern is read without case,
 * and "the _opening_ sentence" names nobody.
 */
function ownerNamed(owner: string | undefined): string | undefined {
  const name = owner?.trim();
  if (name === undefined || !name.split(/\s+/).every((word) => /^\p{Lu}/u.test(word))) return undefined;
  return /['’]s$/u.test(name) ? name.replace(/['’]s$/u, '') : `the ${name}`;
}

/**
 * Where in the text something is said, asked for: "Show me where the general says…", "point to
 * where it says…", "(show me) where the army warns…". Not a place asked: "where" is followed by
 * who says it, with no auxiliary ("Where did Blinken say…" asks a place, as "where Bazoum is held").
 */
const PLACE_IN_TEXT_SOUGHT =
  /^\s*(?:(?:please\s+)?(?:show|tell|point)(?:\s+me)?(?:\s+to)?\s+)?where\s+(?:in\s+the\s+(?:article|text|story)\s+)?(?:(?:it|the\s+(?:article|text|story))\s+(?:says|mentions|talks\s+about)\s+|(?=(?:[\p{L}'’.-]+\s+){1,4}?(?:says|said|mentions|mentioned|talks\s+about|writes|wrote|claims|claimed|warns|warned|states|stated)\b))/iu;

/**
 * A question asking which sentence says something: "Which sentence says what kind of backing…",
 * "What line says that…". What it says is what is asked. (Not "Which line gives up more sacks",
 * "Which part shows wear": a line or part of something else.)
 */
const SENTENCE_ASKED_FOR =
  /^\s*(?:which|what)\s+(?:line|sentence|passage|part|paragraph|bit)\s+(?:of\s+the\s+(?:article|text|story)\s+)?(?:says|mentions|states|tells\s+us|talks\s+about|shows|describes|explains|gives)\s+(?:that\s+)?(?=(?:what|who|whom|whose|when|where|why|how|which|whether)\b|(?<=that\s+))/i;

/**
 * "(Show me) the sentence with / containing the number of…": what the sentence holds is what is
 * asked.
 */
const SENTENCE_WITH =
  /^\s*(?:the\s+)?(?:sentence|line|passage|part|bit)\s+(?:with|containing|that\s+(?:has|gives|contains|states))\s+/i;

/**
 * …or which line, sentence or paragraph says something or is about a topic: "Which sentence says
 * the negotiations are deadlocked?" is a claim to find; "Which line mentions the guard?", "which
 * sentence talks about avoiding bloodshed" ask about the topic. "Line" and "mentions" are no words
 * a passage must have.
 */
const SENTENCE_SAYING_OR_ON_TOPIC =
  /^\s*(?:which|what)\s+(?:line|sentence|passage|paragraph)\s+(?:of\s+the\s+(?:article|text|story)\s+)?(?:(?:says|states|claims|reports|notes)\s+(?:that\s+)?|(?:mentions|talks\s+about|refers\s+to|deals\s+with|is\s+about)\s+)/i;

/**
 * Words introducing the topic before the question ("Regarding the coup, who…"): the topic is
 * kept, its introducer is no part of what is asked.
 */
const TOPIC_INTRODUCER =
  /^\s*(?:regarding|concerning|with (?:respect|regard) to|as (?:for|to|regards)|when it comes to|talking about|speaking of|on the (?:topic|subject|matter) of)\s+/i;

/**
 * Asking for the words as they were said ("word for word", "verbatim"): the bot always quotes them.
 */
const VERBATIM = /\s*[,;:-]?\s*\b(?:word[\s-]+for[\s-]+word|verbatim)\b/giu;

/**
 * "In the military's own words, what…" asks what the military said: according to it, as "In the
 * military's words, …" set off by a comma does. "In his own words" only asks for the words, which
 * the bot quotes anyway; so does "in his own telling", "by his own account". (Not "in Bazoum's
 * account", a bank's, nor "mean by his words".)
 */
const OWN_WORDS =
  /\b(?:in|by)\s+(?:(the\s+)?((?:[\p{L}.-]+\s+){0,2}?[\p{L}.-]+)(?:['’]s|s['’])|his|her|their|its)\s+(?:own\s+(?:words|telling|account)\b|words\b(?=\s*,))(\s*,?)\s*/giu;

/** Asking whether the article bears a claim out: "does the article agree", "does the story back that up". */
const ARTICLE_AGREES = String.raw`(?:does|do|would|will|can)\s+(?:the\s+)?(?:article|story|text|piece|report)\s+(?:agree|back\s+(?:that|this|it)\s+up|support\s+(?:that|this|it)|confirm\s+(?:that|this|it)|say\s+so|bear\s+(?:that|this|it)\s+out)|(?:does|do)\s+(?:it|that|this)\s+(?:hold\s+up|check\s+out)`;

/**
 * A tag making a statement a claim to check: "…, correct?", "…, true?", "…, yes?", "…, isn't it?",
 * "…, didn't he?", "…, is that right?", "… Accurate?", "… Does the article agree?", "… — does the
 * story back that up?". It asks nothing more than the claim.
 */
const CLAIM_TAG = String.raw`correct|true|accurate|yes|no|ok|okay|(?:is|was|are|were|did|does|do|has|have|had|wo|ca)n['’]?t\s+(?:it|he|she|they|there|that|we|you)|is\s+(?:that|this|it)\s+(?:right|correct|true|so|accurate|the\s+case)|am\s+i\s+right|${ARTICLE_AGREES}`;

/**
 * Chatter after it, set off by punctuation: "…, please?", "… Thanks (in advance)!", "…? lol", "…??
 * asking for a friend", "…? Source please.", and a tag making a claim a question ("…, right?"). A
 * question mark before or after it stays. ("Whom did the decision please?" keeps its verb: no comma.)
 */
const CHATTER_AFTER = new RegExp(
  String.raw`\s*([,.!?]|\s[—–-])\s*(?:(?:please|pls|plz|lol|thanks|thank you|thx|ty|cheers)(?:\s+in\s+advance)?|tia|asking for a friend|if (?:you|u) (?:can|could|know)|if possible|right|${CLAIM_TAG}|(?:sources?|citations?|cite|refs?)\s+(?:please|pls|plz)|(?:please|pls|plz)\s+(?:sources?|cite))\b[.!]*\s*(\??)\s*$`,
  'i',
);

/**
 * A request about the answer's form, as a sentence or aside of its own after the question: "Quote
 * the sentence.", "Give the source.", "Find the sentence saying so.", "Show me the line that says
 * it.", "(cite the article)", "…, with sources". The bot always
 * quotes and cites. ("Did the US provide evidence" is a question, not a request: no separator.)
 */
const FORM_REQUEST_AFTER =
  /(?:[.?!]\s+|\s*\(\s*|\s*[,;:-]\s*)(?:(?:and|please)\s+)*(?:(?:quote|cite|give|show|include|provide|add|find|locate|point\s+(?:me\s+)?to)(?:\s+me)?(?:\s+(?:the|a|an|your|its|their))?(?:\s+exact)?|with(?:\s+(?:a|the))?)\s+(?:sentences?|sources?|quotes?|quotations?|passages?|article|citations?|references?|evidence|lines?)(?:\s+(?:that\s+)?(?:says?|saying|showing|shows|proving|proves)\s+(?:so|it|this|that))?(?:\s+(?:please|too|as well))?[\s.!)]*$/i;

/**
 * Asking where the answer is said, or for it to be quoted, after the question: "…, where does it
 * say that?", "…, can someone quote it?". The bot always quotes the passage it finds. (Not "Where
 * does it say Bazoum is held?", which asks that.)
 */
const WHERE_SAID_AFTER =
  /(?:\s*[,;]\s*|[.?!]\s+)(?:(?:and|so)\s+)?(?:(?:where|which\s+(?:line|sentence|part|bit|paragraph))\s+(?:does|did)\s+(?:it|the\s+(?:article|text|story|piece))\s+(?:say|mention|state)\s+(?:that|so|this|it)|(?:can|could|would)\s+(?:you|u|someone|somebody|anyone|anybody)\s+(?:please\s+)?(?:quote|cite|show|find|point\s+(?:me\s+)?to)\s+(?:it|that|this|the\s+(?:line|sentence|quote|passage)))(?:\s+(?:please|pls))?[\s.!?)]*$/i;

/**
 * A request about the answer's length after the question: after it ends ("? one word pls", ".
 * Briefly."), or set off ("…, in a few words", "(briefly)", "- short answer please"). The bot
 * quotes what it finds; the words are none to find. Not a question's own words ("Which leader
 * served briefly?", "Which rule allows only two words?", "the word limit, 500 words?").
 */
const POLITE_END = String.raw`(?:\s+(?:only|please|pls|plz|thanks|thx|ty|max))*[\s.!?)]*$`;
const ANSWER_LENGTH = String.raw`(?:briefly|in\s+short|in\s+brief|short\s+answer|tl;?dr)`;
const WORD_COUNT = String.raw`(?:one|a\s+single|a\s+few|two|three)\s+words?`;
const LENGTH_REQUEST_AFTER = new RegExp(
  String.raw`(?:(\?)\s*|[.!]\s+)(?:(?:in|with|just|answer\s+in)\s+)?(?:${WORD_COUNT}|${ANSWER_LENGTH})${POLITE_END}|\s*[,;:(–-]\s*(?:in\s+${WORD_COUNT}|${ANSWER_LENGTH})${POLITE_END}`,
  'iu',
);

function withoutRequestWrapper(text: string): string {
  // Hearsay is set aside after a claim check, which may come before it ("Fact check: a post says…").
  const checked = withoutClaimCheck(
    withMindRequestRead(text.replace(HESITATION, '').replace(CHATTER_BEFORE, '')),
  ).replace(HEARSAY, '');
  const unwrapped = checked.replace(REQUEST_WRAPPER, '');
  // After a wrapper the request may go on with its verb ("Can you | find the line…") or without.
  const opened = (
    unwrapped === checked ? unwrapped : unwrapped.replace(PASSAGE_AFTER_WRAPPER, passageSoughtRead)
  )
    .replace(QUOTE_ASKED_BEFORE_QUESTION, '')
    .replace(PASSAGE_SOUGHT, passageSoughtRead)
    .replace(PLACE_IN_TEXT_SOUGHT, '')
    .replace(SENTENCE_ASKED_FOR, '')
    .replace(SENTENCE_WITH, '')
    .replace(SENTENCE_SAYING_OR_ON_TOPIC, '')
    // "Name (some of) the world leaders who condemned…": which of them did it.
    .replace(NAME_THE_ONES_WHO, (_, phrase: string) => `Which ${phrase} `)
    // "Name the US Secretary of State": what the noun phrase is, asked as a question.
    .replace(NAME_THE, 'What is ')
    // "CNN reporter name", "the general's full name?": asked as "What is the name of…", whose name
    // is what is asked.
    .replace(NAME_FRAGMENT, (typed: string, owner: string) => {
      const phrase = owner.trim();
      const named = phrase.replace(/['’]s?$/u, '');
      // "Tiani's full name" is Tiani's, "bazoum name" Bazoum's; "CNN reporter name" the CNN reporter's.
      const article =
        named !== phrase ||
        /^(?:the|a|an|his|her|their)\s/iu.test(named) ||
        (!/\s/u.test(named) && !isWordNetWord(named.toLowerCase()))
          ? ''
          : 'the ';
      return named === '' ? typed : `What is the name of ${article}${named}?`;
    })
    .replace(WORDS_REQUESTED, (typed: string, noun: string, who: string, verb: string) =>
      // Whoever used them is named, or pointed at: "the army", "Tiani", "he", a name typed in lower
      // case ("tiani": one word no dictionary has). Not a noun going on from the first ("the
      // language _requirements_ Canada says…").
      SPEAKER_OPENING.test(who) || (/^[\p{L}'’-]+\s*$/u.test(who) && !isWordNetWord(who.trim().toLowerCase()))
        ? `What ${noun.toLowerCase()} ${/^(?:uses|says|chooses)$/i.test(verb) ? 'does' : 'did'} ${who.trim()} use`
        : typed,
    )
    .replace(
      // After a wrapper ("Give me | Tiani's exact words…") the request is already taken off.
      unwrapped === checked ? OWNERS_WORDS_REQUESTED : OWNERS_WORDS_AFTER_WRAPPER,
      (_, who: string, noun: string) => `What ${noun.toLowerCase()} did ${who} use`,
    )
    .replace(STATE_IDIOM, 'What is the current status of ')
    .replace(TALKS_ABOUT, (_, who: string) => `What did ${who.trim()} say about`)
    // A "line" of words is a quote, which the bot gives anyway ("the line about…"; see `isGeneric`).
    .replace(WORDS_CAME_FROM, (_, words: string) => `Who said ${words.replace(/\blines?\b/iu, 'quote')}`)
    .replace(
      SAID_ANYTHING,
      (_, auxiliary: string, who: string) =>
        `What ${auxiliary.toLowerCase()} ${who.trim()} ${/^ha/i.test(auxiliary) ? 'said' : 'say'} about`,
    )
    .replace(
      HOW_IT_STANDS,
      (
        _,
        before: string,
        going: string | undefined,
        standing: string | undefined,
        anywhere: string | undefined,
        after: string,
      ) =>
        `${before}${before === '' ? 'W' : 'w'}hat is the current status of ${going ?? standing ?? anywhere ?? ''}${after}`,
    )
    .replace(INSTRUCTION, '')
    .replace(TOPIC_INTRODUCER, '')
    .replace(VERBATIM, '')
    .replace(OWN_WORDS, (typed: string, the: string | undefined, owner: string | undefined, comma: string) =>
      owner === undefined ? '' : inCaseTyped(typed, `according to ${the ?? ''}${owner}${comma} `),
    )
    // (What was set aside at the end leaves no space before the question mark.)
    .replace(/\s+([?.!])\s*$/u, '$1');
  const closed = endingReplaced(
    endingReplaced(opened, CHATTER_AFTER, (_, before: string, after: string) =>
      before === '?' || after === '?' ? '?' : '',
    ),
    FORM_REQUEST_AFTER,
    () => '',
  );
  const unasked = endingReplaced(closed, WHERE_SAID_AFTER, () => '?');
  const shortened = endingReplaced(
    unasked,
    LENGTH_REQUEST_AFTER,
    (typed: string, mark: string | undefined) => (mark === '?' || typed.trimEnd().endsWith('?') ? '?' : ''),
  );
  return shortened.trim() === '' ? text : shortened;
}

/**
 * How far from the end chatter or a request after the question is looked for. A pattern anchored
 * at the end is still tried from every position, so over a whole pasted page (20,000 spaces) it
 * took seconds; what follows a question is short.
 */
const ENDING_WINDOW = 160;

function endingReplaced(
  text: string,
  ending: RegExp,
  replacement: (match: string, ...groups: string[]) => string,
): string {
  const cut = Math.max(0, text.length - ENDING_WINDOW);
  return text.slice(0, cut) + text.slice(cut).replace(ending, replacement);
}

/**
 * The asker's words for the text being asked about: "the article", "this news story". Not when
 * they go on to say which one ("the text _of_ the agreement", "the report _by_ HRW", "the story's
 * end"): then they name something the article is about.
 */
const DOCUMENT = String.raw`(?:the|this|that) (?:news |above |given )?(?:article|story|text|piece|excerpt)\b(?!['’]|\s+(?:of|by|from|on|about|that|which|who|in)\b)`;
/** "report" only in the phrases that point at the article: any other report may be its subject. */
const DOCUMENT_OR_REPORT = String.raw`(?:${DOCUMENT}|(?:the|this) (?:news )?report\b(?!['’]|\s+(?:of|by|from|on|about|that|which|who|in)\b))`;

/**
 * Where the asker points at the article itself rather than at what it is about: "According to the
 * article, who…", "In the story, what…", "…in the article?", "What does the text say about…".
 * Every sentence is in the article, so these words tell no sentence from another; "report" would
 * match "CNN reported".
 */
const DOCUMENT_REFERENCE = new RegExp(
  [
    String.raw`(?:,\s*)?\b(?:according to|based on|going by|judging (?:by|from)|per|as (?:stated|reported|described) in) ${DOCUMENT_OR_REPORT}\s*,?`,
    String.raw`^\s*(?:in|from) ${DOCUMENT}\s*,`,
    // "…named / mentioned in the article?": the words that point at it go with it.
    String.raw`,?\s*\b(?:(?<!\b(?:is|are|was|were|be|been|being|get|gets|got)\s+(?:(?:not|never|ever|most|least|first|only|also|still|often|\p{L}+ly)\s+){0,2})(?:named|mentioned|cited|quoted|featured|discussed|referred to|described)\s+)?(?:in|from) ${DOCUMENT}(?=\s*[?.!]*\s*$)`,
    String.raw`\b(?:does|did|do) ${DOCUMENT_OR_REPORT} (?:say|mention|state|report|tell us|claim|describe|characteri[sz]e|portray)\b`,
    String.raw`\b${DOCUMENT_OR_REPORT} (?:says|said|mentions|states|reports|claims|describes|characteri[sz]es|portrays)\b`,
  ].join('|'),
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

/** Nouns that say only that a person is asked for: "which people", "the person who", "the guy who". */
const ANY_PERSON = String.raw`(?:people|persons?|individuals?|guys?|folks?|man|men|woman|women)`;
/**
 * Words opening a question or a request, or a pronoun, before "name": "Did he change his name?",
 * "Give me his name" are no fragment naming whose name is asked.
 */
const NOT_A_NAME_OWNER = [
  'name',
  'please',
  ...AUXILIARIES,
  'give',
  'tell',
  'show',
  'quote',
  'his',
  'her',
  'their',
  'its',
  'my',
  'your',
  'our',
];
/**
 * A fragment asking a name after whose it is: "CNN reporter name", "Tiani's full name?", a whole
 * text of a few words with no question word before "name". ("name of the…" is read as a heading.)
 */
const NAME_FRAGMENT = new RegExp(
  String.raw`^\s*((?!(?:${[...QUESTION_WORDS, ...NOT_A_NAME_OWNER].join('|')})\b)(?:[\p{L}.'’-]+\s+){0,3}?[\p{L}.'’-]+?)\s+(?:full\s+)?name\s*\??\s*$`,
  'iu',
);

/**
 * "Name / identify" before a noun phrase ("Name _the_ outlet…"), not before a question word, nor
 * before "the person who…", which asks who (see `withPersonAsked`).
 */
const NAME_THE = new RegExp(
  String.raw`^\s*(?:please\s+)?(?:name|identify)\s+(?=(?:the|a|an)\s(?!${ANY_PERSON}\s+(?:who|whose|that|(?:with|to|from|by|for)\s+whom)\b))`,
  'i',
);

/**
 * "Name / identify / list (some of) the <noun phrase> who…": asks which of them did it ("Name
 * some of the world leaders who condemned the coup" → "Which world leaders condemned the coup").
 * Not "the person who…", which asks who (see `withPersonAsked`), nor something of the one who
 * ("Identify the rank of the man who…").
 */
const NAME_THE_ONES_WHO = new RegExp(
  String.raw`^\s*(?:please\s+)?(?:name|identify|list)\s+(?:(?:some|any|one|all|each|both|two|three)\s+of\s+)?the\s+(?!${ANY_PERSON}\s+who\b)((?:(?!(?:of|to|for|with|from|in|on|at|by)\s)[\p{L}'’-]+\s+){0,3}?[\p{L}'’-]+)\s+who\s+`,
  'iu',
);

/** Nouns for the words someone used. */
export const WORDS_NOUN = String.raw`words|phrase|phrases|phrasing|expression|expressions|wording|language`;

/** A request to give words: "Quote", "Give me", "show us". */
const WORDS_REQUEST = String.raw`(?:quote|give|cite|share|provide|repeat|tell\s+me|show\s+me)\s+(?:(?:me|us)\s+)?`;

/** Words asking nothing more of the words, as the bot quotes them exactly anyway. */
const EXACTLY = String.raw`(?:exact|actual|precise|very|specific)`;

/**
 * "Quote the exact words Tiani used about security", "exact words the army used for…", "What's the
 * exact wording the statement used for…", "Give
 * Tiani's words about security": a request for someone's words, asked as the question "What words
 * did Tiani use about security?", so that the words are what is asked, not a claim that someone
 * used them. (The bot quotes exactly anyway: "exact" asks nothing more.)
 */
const WORDS_REQUESTED = new RegExp(
  String.raw`^\s*(?:please\s+)?(?:${WORDS_REQUEST}|what(?:['’]s|\s+(?:is|was|are|were))\s+)?(?:the\s+)?(?:${EXACTLY}\s+)?(${WORDS_NOUN})\s+(?:that\s+)?((?:[\p{L}.'’-]+\s+){1,5}?)(used|uses|said|says|chose|chooses)\b`,
  'iu',
);

/** How whoever used the words opens: a determiner, a pronoun or a capital. */
const SPEAKER_OPENING = /^(?:(?:the|a|an|his|her|their|its|he|she|they|it|we|you|i)\s|\p{Lu})/u;

/** "Give Tiani's exact words about security": asked as "What words did Tiani use about security". */
const OWNERS_WORDS = String.raw`((?:the\s+)?(?:[\p{L}.-]+\s+){0,3}?[\p{L}.-]+)['’]s?\s+(?:(?:${EXACTLY}|own)\s+)?(${WORDS_NOUN})\b`;
const OWNERS_WORDS_REQUESTED = new RegExp(
  String.raw`^\s*(?:please\s+)?${WORDS_REQUEST}${OWNERS_WORDS}`,
  'iu',
);
const OWNERS_WORDS_AFTER_WRAPPER = new RegExp(String.raw`^\s*${OWNERS_WORDS}`, 'iu');

/**
 * "Did the military say anything about…", "has Russia said anything about…" asks what was said:
 * read as "What did the military say about…", not as a claim whose "anything" no passage has.
 * (Not "anything positive about…": what kind of thing was said is part of what is asked.)
 */
const SAID_ANYTHING =
  /^\s*(did|does|do|has|have|had)\s+((?:[\p{L}.'’-]+\s+){1,6}?)(?:say|said|mention|mentioned)\s+anything\s+(?:about|abt|on|regarding|concerning)\b/iu;

/**
 * A passage sought by its speaker and topic, as what is left of "Find the sentence where | Tiani
 * talks about preserving the homeland": read as "What did Tiani say about…", so that the topic is
 * what is asked, not the talking, which no passage calls so. Only as the whole question, opening
 * with its speaker ("Who talked about…" asks the speaker), with no other question after it
 * ("Grant spoke of jobs, what did she say?"); not "spoke on CNBC", a place.
 */
const TALKS_ABOUT =
  /^\s*(?!(?:who|whom|whose|what|when|where|which|why|how|did|does|do|has|have|had|is|are|was|were)\b)((?:[\p{L}.'’-]+\s+){1,4}?)(?:talks|talked|speaks|spoke)\s+(?:about|of)\b(?![^?]*[,;]\s*(?:who|whom|whose|what|when|where|which|why|how)\b)/iu;

/**
 * Where words came from is who said them: "Where did the quote about restoring order come from?"
 * is "Who said the quote about restoring order?", whose source is its answer, not a place the
 * quote names. Only of words, the head of what came ("the 'continue to work' line", "the
 * warning"), not "Where did the troops come from?" nor "the data behind the claims".
 */
const WORDS_CAME_FROM =
  /^\s*where\s+(?:did|does|do)\s+((?:the|this|that|these|those)\s+(?:['‘"“][^'’"”?]{1,80}['’"”]\s+)?(?:[\p{L}-]+\s+){0,2}?(?:quotes?|quotations?|lines?|words|remarks?|statements?|claims?|comments?|phrases?|warnings?)\b[^?]{0,120}?)\s+(?:come|originate)\s+from\b(?=\s*(?:[?!.]|[-–—,:;]|$))/iu;

/**
 * Chat idioms asking how something stands: "whats the deal with the negotiations?", "what's going
 * on with the talks", "what's up with Bazoum": read as "What is the current status of…": how it stands now.
 */
const STATE_IDIOM = /^\s*(?:so\s+)?what(?:['’]?s|\s+is)\s+(?:the\s+deal|up|going\s+on|happening)\s+with\s+/i;

/**
 * A process's noun phrase: up to three words before a noun of talks, ties or a situation, and up
 * to eight after it ("talks _on restoring constitutional order_").
 */
const PROCESS_PHRASE = String.raw`(?:[\p{L}'’-]+\s){0,3}?(?:${PROCESS_NOUN}|things|matters)(?:\s[\p{L}'’-]+){0,8}?`;

/**
 * "How are the talks going?", "where do talks on X stand (now)?", "Are the talks going anywhere?":
 * asked how a process stands
 * (talks, negotiations, relations, the situation…), read as asking its current status; "going",
 * "stand" or "now" is no word to find ("the talks… were at an impasse"). A lead-in set off by a
 * comma ("According to the statement, …") stays. Not where someone stood ("Where did Tiani
 * stand?") nor how anything else fares ("How is the economy faring?").
 */
const HOW_IT_STANDS = new RegExp(
  String.raw`^((?:[^,]{1,80},\s)?)(?:how(?:\s(?:are|were|is|was)|['’]s|['’]re)\s(${PROCESS_PHRASE})\s(?:going|progressing|faring|proceeding|coming\salong)|where\s(?:do|does|did)\s(${PROCESS_PHRASE})\sstand|(?:are|were|is|was)\s(${PROCESS_PHRASE})\s(?:going|getting|heading)\s(?:anywhere|somewhere|nowhere))\b(?:\s(?:now|right\snow|currently|today|at\spresent|at\sthe\smoment|so\sfar))?(\s?[?.!]*)$`,
  'iu',
);

/**
 * "What's the secretary of state's full name?" asks what "What is the name of the secretary of
 * state?" does, which is read as asking a name (see `nameAskedOf` in question.ts); "full" or
 * "real" before "name" says only which name, and would match "the _full_ restoration" ("first"
 * or "last" stays: it says which part). Not "the origin of the band's name", a thing about it.
 */
function withNameOfOwnerRead(text: string): string {
  // "name of the us secretary of state?", "first name of…", typed as a heading, asks it too (not
  // "The name of the company was changed in what year?", a question of its own).
  if (NAME_AS_HEADING.test(text) && !HAS_VERB_OF_ITS_OWN.test(text))
    return text.replace(NAME_AS_HEADING, (typed, part: string | undefined) =>
      inCaseTyped(typed, `what is the ${part === undefined ? '' : `${part.toLowerCase()} `}name of `),
    );
  const owner = NAME_OF_OWNER.exec(text);
  if (owner && !ABOUT_A_NAME.test(owner[3] ?? '')) {
    const [, what = '', was = 'is', named = '', part, end = ''] = owner;
    return `${what} ${was} the ${part === undefined ? '' : `${part.toLowerCase()} `}name of ${named}${end}`;
  }
  return text.replace(NAME_KIND, '$1 ');
}

const HAS_VERB_OF_ITS_OWN =
  /\b(?:is|was|were|are|be|been|has|have|had|do|does|did|will|would|can|could|should|may|might|what|when|where|why|how)\b/i;
const NAME_AS_HEADING = /^\s*(?:the\s+)?(?:(?:full|real)\s+|(first|last|given)\s+)?name\s+of\s+/iu;

const NAME_OF_OWNER =
  /^\s*(what)(?:['’]?s|\s+is|\s+(was))\s+((?:the\s+)?[^?]{1,80}?)['’]s?\s+(?:(?:full|real|(first|last|given))\s+)?name(\s*[?.!]*)\s*$/iu;

/** What a question may ask about a name, not the name itself: "the _origin of_ the band". */
const ABOUT_A_NAME =
  /^(?:the\s+)?(?:origin|meaning|history|source|spelling|pronunciation|story|inspiration|etymology|significance|reason)\s+(?:of|for|behind)\b/iu;

/** "the _full_ name of", "his _real_ name": which name, not a word to find. */
const NAME_KIND = /\b(the|his|her|their|its)\s+(?:full|real)\s+(?=names?\b)/giu;

/** "What's the name of…", "what is the full name of…": the name is the person asked for. */
const NAME_OF = String.raw`what(?:['’]?s| is| was| are| were) the (?:full )?names? of`;
const PERSON_ASKED = new RegExp(
  String.raw`^(?:(?:which|what) ${ANY_PERSON}|(?:who(?:['’]?s| is| are| was| were)|${NAME_OF}) the ${ANY_PERSON} (?:who|that)|the ${ANY_PERSON} (?:who|that))(?=\s)`,
  'i',
);

/** "the individuals _with whom_ Blinken spoke": the people asked for by the preposition's "whom". */
const PERSON_WITH_WHOM = new RegExp(
  String.raw`^(?:the|those) ${ANY_PERSON} ((?:with|to|from|by|for) whom)\b`,
  'i',
);

/**
 * "Which people detained Bazoum?", "Who are the people that detained him?", "What's the name of
 * the guy who…" ask who: read so, "people" is not matched against "the Nigerien people", a
 * sentence that names no one asked, and "guy", a word no article uses, is not taken for what is
 * asked.
 */
function withPersonAsked(text: string): string {
  // "the individuals _with whom_ Blinken spoke": with whom he spoke.
  const withWhom = PERSON_WITH_WHOM.exec(text);
  if (withWhom) return `${inCaseTyped(withWhom[0], withWhom[1] as string)}${text.slice(withWhom[0].length)}`;
  const match = PERSON_ASKED.exec(text);
  if (!match) return text;
  // "the man who…": its clause must be about what he did.
  if (/\b(?:who|that)$/i.test(match[0]) && hasOwnSubject(text.slice(match[0].length))) return text;
  // In the case it was typed in: a question in capitals stays one (read in lower case later).
  const who = !/\p{Ll}/u.test(match[0]) ? 'WHO' : /^\p{Lu}/u.test(match[0]) ? 'Who' : 'who';
  return `${who}${text.slice(match[0].length)}`;
}

/**
 * Whether a relative clause has a subject of its own after "who" or "that" ("the man who _Tiani_
 * ousted", "…that _he_ ousted"): the person asked for is then its object, and "who ousted" would
 * ask the reverse. A capital counts unless the whole question is typed in capitals.
 */
function hasOwnSubject(clause: string): boolean {
  const next = /^\s+(\S+)/u.exec(clause)?.[1] ?? '';
  const shouted = !/\p{Ll}/u.test(clause);
  return (
    /^(?:the|a|an|this|these|those|his|her|their|its|he|she|they|we|i|you|it)$/i.test(next) ||
    (!shouted && /^\p{Lu}/u.test(next))
  );
}
