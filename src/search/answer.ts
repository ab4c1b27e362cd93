import type { Library } from '../library';
import type { Sentence } from '../corpus/types';
import { quoteOf } from '../corpus/quote';
import { countryNamed, countryOfDemonym, isPlace } from '../actors/places';
import { analyseQuestion, type AnalysedQuestion, type QuestionWord } from './question';
import { listedFor } from './wordNetLookup';
import { readingOf } from './questionText';
import { termOf, termsOf, tokensOf } from './analysis';
import { actorByIdOf } from './actorTerms';
import { actorReferencesIn } from '../actors';
import { asksAboutSomething } from './genericWords';
import { regionCountryReferences } from './ownCountry';
import { lacksFocus, rankSentences, type Candidate } from './rank';
import { TUNING } from './tuning';
import type { Answer, AnswerOptions, Passage } from './types';

export const DEFAULT_ANSWER_OPTIONS: AnswerOptions = { top: 3, article: null, context: 1 };

/**
 * Answers a question from the library: the best sentences, each with its source, and whether they
 * answer it. Pure: the same library and question always give the same Answer.
 */
export function answer(library: Library, question: string, options: Partial<AnswerOptions> = {}): Answer {
  const settings: AnswerOptions = { ...DEFAULT_ANSWER_OPTIONS, ...options };
  const none = { question, corrections: [], answered: false, passages: [] } as const;
  if (question.trim() === '') return { ...none, status: 'empty-question' };
  if (settings.article !== null && !library.articles.has(settings.article)) {
    return { ...none, status: 'unknown-article' };
  }
  const reading = readingOf(library, question);
  const analysed = analyseQuestion(reading.text);
  if (analysed.words.length === 0) return { ...none, corrections: reading.corrections, status: 'not-found' };

  const ranked = rankSentences(library, analysed, settings.article);
  const chosen = distinctByText(ranked).slice(0, Math.max(0, settings.top));
  const best = chosen[0];
  const answered =
    best !== undefined &&
    asksAboutSomething(analysed) &&
    best.coverage >= TUNING.minCoverage &&
    best.holdsAskedKind() &&
    !best.missesAskedEvent &&
    !best.missesWhichOne &&
    !best.missesFocusVerb &&
    !best.missesClaimedNoun &&
    !best.missesNamedActor &&
    !lacksFocus(best) &&
    // The passage most like the question, before those not in its speaker's words were ranked
    // down, is not in them: the question asks what the articles do not have that speaker say ("Did
    // Tiani say that world leaders criticised the coup?"). A passage lacking the question's unseen
    // focus does not count here, whoever speaks it: the best one has the focus, so the articles
    // cover what is asked. Nor does one carrying no more of the question than the best, give or take
    // a margin: it was likelier only by loose matches ("civilian-led" for "junta leader"), not by
    // saying more of what is asked.
    // (When the best itself is not the speaker's, the speaker says nothing that answers.)
    !ranked.some(
      (candidate) =>
        candidate.speakerSetAsideBy > 0 &&
        !lacksFocus(candidate) &&
        candidate.score + candidate.speakerSetAsideBy > best.score &&
        (candidate === best || candidate.coverage > best.coverage + TUNING.speakerAsideCoverageMargin),
    ) &&
    !namesSomethingUnknown(library, analysed, settings.article) &&
    !namesNoOneElse(library, analysed, best.sentence.id) &&
    // "Which newspaper published this article?", "Who wrote the story?": who made the article is
    // no sentence's to tell (its front matter's publisher, listed with the sources, if anything).
    !ASKS_WHO_MADE_THE_ARTICLE.test(analysed.text) &&
    // "Did foreign intervention actually happen _later_?", "Was Bazoum _eventually_ freed?": a claim of
    // what came after the articles' events is settled only by a passage telling what came after.
    !(
      analysed.asksWhether &&
      ASKS_WHAT_CAME_AFTER.test(analysed.text) &&
      !TELLS_WHAT_CAME_AFTER.test(best.sentence.text)
    );
  return {
    question,
    corrections: reading.corrections,
    answered,
    status: answered ? 'answered' : 'not-found',
    passages: chosen.map((candidate) => passageOf(library, candidate, settings.context)),
  };
}

/**
 * A question naming someone or something no article mentions ("What did France say?") has no
 * answer here. A name of several words ("African Union") is known by its last word: WordNet may
 * tie "Union" to "United", but the union it names is not in the articles. A region said of one
 * country the articles speak of is that country.
 */
function namesSomethingUnknown(
  library: Library,
  question: AnalysedQuestion,
  article: string | null,
): boolean {
  // "the _Sahel_ nation" names the one country of that region the articles speak of.
  const regionWords = new Set(
    regionCountryReferences(library, question.tagged, article).flatMap((reference) =>
      tokensOf(question.text.slice(reference.start, reference.end)).map((token) => token.toLowerCase()),
    ),
  );
  const known = (term: string): boolean =>
    library.documentFrequency.has(term) || [...library.titleTerms.values()].some((terms) => terms.has(term));
  const heads = new Set(namePhraseHeadsOf(question.text));
  // A country or capital after a preposition of place is a name however it is typed
  // ("…leadership in _abuja_"); not a word that is one only by chance ("the _male_ general").
  const placed = wordsPlacedIn(question.text);
  // So is a people's word typed in lower case, describing ("the _french_ government"): it names
  // their country. (Not a verb or a noun that is one only by chance: "did they _polish_ it".)
  const isName = (word: QuestionWord): boolean =>
    word.isName ||
    ((word.partOfSpeech === 'ADJ' || word.partOfSpeech === 'PROPN') &&
      countryOfDemonym(word.word) !== undefined) ||
    (placed.has(word.word) && (isPlace(word.word) || countryNamed(word.word) !== undefined));
  return question.words.some(
    (word) =>
      isName(word) &&
      !known(word.term) &&
      !regionWords.has(word.word.toLowerCase()) &&
      (heads.has(word.term) || !namedOtherwise(library, word)),
  );
}

/** The words right after a preposition of place ("in _abuja_", "from _paris_"), lower case. */
function wordsPlacedIn(text: string): ReadonlySet<string> {
  return new Set(
    [...text.matchAll(/\b(?:in|at|from|to|into|near|toward|towards|outside|inside)\s+([\p{L}'’-]+)/giu)].map(
      (match) => (match[1] as string).toLowerCase(),
    ),
  );
}

/** The index terms of the last words of names of two or more capitalised words in a question. */
function namePhraseHeadsOf(text: string): string[] {
  const heads: string[] = [];
  let run: string[] = [];
  const close = (): void => {
    const head = run.length >= 2 ? termOf(run[run.length - 1] as string) : null;
    if (head !== null) heads.push(head);
    run = [];
  };
  tokensOf(text).forEach((token, position) => {
    if (position > 0 && /^\p{Lu}/u.test(token)) run.push(token);
    else close();
  });
  close();
  return heads;
}

/**
 * Whether WordNet ties a name to a word the corpus uses, directly ("America" → US) or through one
 * other word ("American" → America → US). Word vectors are not asked: they put every country
 * near every other ("France" ~ "United" 0.6).
 */
function namedOtherwise(library: Library, word: QuestionWord): boolean {
  const used = (terms: Iterable<string>): boolean =>
    [...terms].some((term) => library.documentFrequency.has(term));
  const listed = listedFor(library.related, word);
  return (
    used(listed.values()) ||
    [...listed].some(([related, term]) => used(listedFor(library.related, { word: related, term }).values()))
  );
}

/** The same sentence printed twice (syndicated copies) is shown once. */
function distinctByText(candidates: readonly Candidate[]): Candidate[] {
  const seen = new Set<string>();
  return candidates.filter((candidate) => {
    const key = candidate.sentence.text.replace(/\s+/g, ' ').toLowerCase();
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

function passageOf(library: Library, candidate: Candidate, context: number): Passage {
  const { sentence } = candidate;
  const siblings = library.sentencesByArticle.get(sentence.articleId) ?? [];
  const at = siblings.indexOf(sentence.id);
  const inParagraph = (id: number): boolean => library.sentences[id]?.paragraph === sentence.paragraph;
  const textOf = (id: number): string => (library.sentences[id] as Sentence).text;
  return {
    ...quoteOf(library.articles, sentence),
    start: sentence.start,
    end: sentence.end,
    score: Math.round(candidate.score * 1000) / 1000,
    before: siblings
      .slice(Math.max(0, at - context), at)
      .filter(inParagraph)
      .map(textOf),
    after: siblings
      .slice(at + 1, at + 1 + context)
      .filter(inParagraph)
      .map(textOf),
  };
}

/** Words asking whether something happened after the events told: "later", "eventually", "since then". */
const ASKS_WHAT_CAME_AFTER =
  /\b(?:later(?:\s+on)?|eventually|ultimately|subsequently|afterwards?|since\s+(?:then|that)|end(?:ed|s)?\s+up|by\s+now)\b/iu;
/** A passage telling what came after: "later", "since", "subsequently", "afterwards". */
const TELLS_WHAT_CAME_AFTER = /\b(?:later|since|subsequently|afterwards?|eventually|ultimately)\b/iu;

/** The article itself: "this (news) article / story / report / piece", "the article / story". */
const THE_ARTICLE = String.raw`(?:this\s+(?:[\p{L}-]+\s+)?(?:article|story|report|piece)|the\s+(?:[\p{L}-]+\s+)?(?:article|story))\b`;

/**
 * A question about who published or wrote the article itself: "Which newspaper or website published
 * this article?", "who wrote this news article", "the story's author". (Not what a source in it
 * published or wrote: "What did CNN report?", "Who wrote the text of the statement?")
 */
const ASKS_WHO_MADE_THE_ARTICLE = new RegExp(
  String.raw`\b(?:publish(?:ed|es|ing)?|wrote|writes|written|authored|penned)\s+${THE_ARTICLE}|${THE_ARTICLE}['’]s\s+(?:author|writer|publisher|byline)\b|\b(?:author|writer|publisher)s?\s+of\s+${THE_ARTICLE}`,
  'iu',
);

/**
 * A question setting someone aside asks for others ("Apart from Tiani, which officers were among
 * the leaders behind the toppling…?", "Which US official besides Blinken spoke with Bazoum?"): a
 * passage naming no person but those the question names gives nobody else ("…endorsed the leaders
 * behind the toppling of President Mohamed Bazoum's government").
 */
function namesNoOneElse(library: Library, question: AnalysedQuestion, id: number): boolean {
  if (question.setAside.length === 0 || question.asksWhether) return false;
  const byId = actorByIdOf(library);
  const isPerson = (actorId: string): boolean => byId.get(actorId)?.kind === 'person';
  const references = actorReferencesIn(library.actors, question.text);
  const setsAsidePerson = references.some(
    (reference) =>
      isPerson(reference.actorId) &&
      termsOf(question.text.slice(reference.start, reference.end)).some((term) =>
        question.setAside.includes(term),
      ),
  );
  if (!setsAsidePerson) return false;
  const named = new Set(references.map((reference) => reference.actorId));
  return !(library.actorsBySentence[id] ?? []).some((actorId) => isPerson(actorId) && !named.has(actorId));
}
