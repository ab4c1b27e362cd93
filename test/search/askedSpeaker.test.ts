import type { Library } from '../../src/library';
import {
  askedSpeakersOf,
  sentencesReportedBy,
  sentencesSpokenBy,
  speechVerbsAfterSpeakerOf,
} from '../../src/search/askedSpeaker';
import { loadSeedLibrary } from './seedLibrary';

let library: Library;

beforeAll(async () => {
  library = await loadSeedLibrary();
}, 120_000);

/** Which actors the question's terms name, as ranking resolves them ("general" → Tiani by description). */
const ACTORS_OF_TERM: ReadonlyMap<string, ReadonlySet<string>> = new Map([
  ['issoufou', new Set(['mahamadou-issoufou'])],
  ['blinken', new Set(['antony-blinken'])],
  ['bazoum', new Set(['mohamed-bazoum'])],
  ['general', new Set(['abdourahamane-tiani'])],
  ['washington', new Set(['united-states'])],
  ['armi', new Set(['nigerien-army-command'])],
  ['man', new Set(['abdourahamane-tiani'])],
  ['secretari', new Set(['antony-blinken'])],
  ['former', new Set(['mahamadou-issoufou'])],
]);

const speakers = (question: string): string[] => [
  ...askedSpeakersOf(library, question, ACTORS_OF_TERM).speakers,
];

describe('the source a question cites for another speaker', () => {
  it.each([
    ['According to the general, what did the Secretary of State say about Niger?', ['abdourahamane-tiani']],
    // Cited alone, the source is the speaker asked, not a reporter of another's words.
    ['According to the general, which government failed?', []],
    ['What did the general say he wanted to preserve?', []],
  ])('%s → %j', (question, expected) => {
    expect([...askedSpeakersOf(library, question, ACTORS_OF_TERM).reporters]).toEqual(expected);
  });

  it('reports what a speaker goes on saying right after a sentence credited to it', () => {
    const reported = sentencesReportedBy(
      library,
      new Set(['cnn']),
      sentencesSpokenBy(library, new Set(['abdourahamane-tiani'])),
    );
    const texts = [...reported].map((id) => library.sentences[id]?.text ?? '');
    expect(texts.some((text) => text.includes('coup was motivated by'))).toBe(true);
    // "Niger's former government, he said, …" follows CNN's sentence of Tiani's words.
    expect(texts.some((text) => text.includes('former government, he said'))).toBe(true);
    // Bazoum's detention, reported by nobody the question cites, is not.
    expect(texts.some((text) => text.includes('detained two days ago'))).toBe(false);
  });
});

describe('askedSpeakersOf', () => {
  // The test's terms stand for what ranking resolves; "armi" is the army command's.
  it.each([
    ["How did Issoufou respond to Blinken's request?", ['mahamadou-issoufou']],
    ['What did Bazoum tell Blinken during their call?', ['mohamed-bazoum']],
    // The speaker's name may end in a speech verb's word ("State"), read as the name.
    ['What did the Secretary of State say about Bazoum?', ['antony-blinken']],
    ['What did the general say he wanted to preserve?', ['abdourahamane-tiani']],
    ['Did the general claim security was worsening?', ['abdourahamane-tiani']],
    ['According to the general, which government failed?', ['abdourahamane-tiani']],
    ['Which region did Bazoum help secure, according to Blinken?', ['antony-blinken']],
    // A source cited beside someone said to speak reports their words: the one who says is asked
    // (and the words must come through the source: see the reporters).
    ['According to the general, what did the Secretary of State say about Niger?', ['antony-blinken']],
    // The owner of the reply speaks, not the owner of the request.
    ["What was Issoufou's reply to Blinken's request?", ['mahamadou-issoufou']],
    // So is the owner of a complaint or a warning.
    ["What was the general's complaint about the previous government?", ['abdourahamane-tiani']],
    ["What was the army's warning?", ['nigerien-army-command']],
    // Blinken's message is what Issoufou would reply to, not words asked of Blinken.
    ["How did Issoufou respond to Blinken's message?", ['mahamadou-issoufou']],
    // Reasons given are words said.
    ['What reasons did the general give for seizing power?', ['abdourahamane-tiani']],
    // So is a criticism levelled, an assurance conveyed, a request made.
    ['What criticism did the general level at the old government?', ['abdourahamane-tiani']],
    ['What request did Blinken make of Issoufou?', ['antony-blinken']],
    // An army speaks for itself.
    ['What did the army say could happen?', ['nigerien-army-command']],
  ])('%s → %j', (question, expected) => {
    expect(speakers(question)).toEqual(expected);
  });

  it.each([
    // Nobody's words are asked for.
    'Who detained Bazoum?',
    'What did Blinken do in Niamey?',
    'According to the article, who detained Bazoum?',
    // A government speaks through others: no check.
    'What did Washington say it would keep working for?',
    // "claimed" is in a relative clause, the man's act: his rank is asked, not his words.
    'What military rank does the man who claimed power hold?',
    // Bazoum is in the phrase, but as the detained, not the speaker: it ends at "of", "detaining".
    'What did the detention of Bazoum threaten?',
    'What did those detaining Bazoum threaten?',
    // "state's" is a noun too.
    "Whom did the West African state's military endorse?",
    // "state" in "head of state" is a noun, not the verb: nobody is asked to have stated anything.
    'In whose favour did Washington want the former head of state to help settle the crisis?',
    // An owner is not the speaker: Blinken's office speaks.
    "What did Blinken's office say about the talks?",
  ])('asks no person to have spoken: %s', (question) => {
    expect(speakers(question)).toEqual([]);
  });
});

describe('sentencesSpokenBy', () => {
  const sentenceWith = (fragment: string): number => {
    const found = library.sentences.find((sentence) => sentence.text.includes(fragment));
    if (!found) throw new Error(`no sentence with ${fragment}`);
    return found.id;
  };

  it('counts the credited speaker and the subject of a speech verb inside another’s statement', () => {
    const blinken = sentencesSpokenBy(library, new Set(['antony-blinken']));
    expect(blinken.has(sentenceWith('Blinken further stressed'))).toBe(true);
    expect(blinken.has(sentenceWith('Secretary Blinken underscored'))).toBe(true);
    expect(blinken.has(sentenceWith('coup was motivated'))).toBe(false);
  });

  it('counts nobody who is only spoken to', () => {
    const issoufou = sentencesSpokenBy(library, new Set(['mahamadou-issoufou']));
    expect(issoufou.has(sentenceWith('He asked former President Issoufou'))).toBe(false);
  });
});

describe('speechVerbsAfterSpeakerOf', () => {
  it('gives the speech verb a question puts after its speaker, in lower case', () => {
    expect([...speechVerbsAfterSpeakerOf('Did the general CITE poor governance?')]).toEqual(['cite']);
    expect([...speechVerbsAfterSpeakerOf('What did Bazoum tell Blinken?')]).toEqual(['tell']);
  });

  it('gives none where no speaker comes before one', () => {
    expect(speechVerbsAfterSpeakerOf('Which reason was cited?').size).toBe(0);
    expect(speechVerbsAfterSpeakerOf('Who detained Bazoum?').size).toBe(0);
  });
});
