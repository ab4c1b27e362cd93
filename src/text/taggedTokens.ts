import winkNLP, { type ItemEntity, type ItemToken, type WinkMethods } from 'wink-nlp';
import model from 'wink-eng-lite-web-model';
import { LONGEST_WORD } from './longestWord';

/** One word or mark of a sentence, tagged by wink-nlp. Offsets index into the sentence text. */
export interface Token {
  readonly text: string;
  readonly start: number;
  readonly end: number;
  /** Universal part of speech from wink-eng-lite-web-model ("PROPN", "VERB", "PRON", …). */
  readonly pos: string;
  /** Part of a date or duration wink recognised ("July 28", "Wednesday"). */
  readonly date: boolean;
}

let nlp: WinkMethods | null = null;

/** Loading the model takes a moment, so it is loaded once, on first use. */
function winkInstance(): WinkMethods {
  nlp ??= winkNLP(model, ['sbd', 'pos', 'ner']);
  return nlp;
}

/**
 * The tokens of a sentence with their character offsets and parts of speech. Hyphenated words
 * ("Democratically-elected", "Secretary-General") are joined back into one token.
 */
export function tokensOf(text: string): Token[] {
  const doc = winkInstance().readDoc(withoutOverlongWords(withoutRepeatedPossessives(text)));
  const its = winkInstance().its;
  const values = doc.tokens().out();
  const tags = doc.tokens().out(its.pos);
  const dateIndexes = new Set<number>();
  doc.entities().each((entity: ItemEntity) => {
    const type = entity.out(its.type);
    if (type !== 'DATE' && type !== 'DURATION' && type !== 'TIME') return;
    entity.tokens().each((token: ItemToken) => dateIndexes.add(token.index()));
  });
  const located: Token[] = [];
  let cursor = 0;
  values.forEach((value, index) => {
    const start = text.indexOf(value, cursor);
    if (start < 0) return; // wink normalises a few characters; such a token is skipped, not misplaced
    cursor = start + value.length;
    located.push({ text: value, start, end: cursor, pos: tags[index] ?? 'X', date: dateIndexes.has(index) });
  });
  return joinHyphenated(located, text);
}

/**
 * wink's tokenizer remembers how it split a word for the rest of the process: after "Niger's's" it
 * keeps "Niger's" whole in every later text. A repeated possessive is blanked to spaces (the same
 * length, so offsets hold) before wink reads it.
 */
function withoutRepeatedPossessives(text: string): string {
  return text.replace(/(['’‘]s)(?:['’‘]s)+/giu, (repeated: string, first: string) =>
    first.padEnd(repeated.length, ' '),
  );
}

/**
 * A run of more characters than any word without a space (a pasted hash, blob or link) is blanked
 * the same way: wink's time on one grows faster than its length (20,000 letters took 0.7 s, 4,000
 * characters of "https://" repeated 3 s in its URL pattern).
 */
function withoutOverlongWords(text: string): string {
  return text.replace(OVERLONG, (word: string) => ' '.repeat(word.length));
}

const OVERLONG = new RegExp(`\\S{${LONGEST_WORD + 1},}`, 'gu');

function joinHyphenated(tokens: readonly Token[], text: string): Token[] {
  const joined: Token[] = [];
  for (let index = 0; index < tokens.length; index += 1) {
    let token = tokens[index] as Token;
    let next = tokens[index + 1];
    let after = tokens[index + 2];
    while (
      next?.text === '-' &&
      after &&
      next.start === token.end &&
      after.start === next.end &&
      /\p{L}/u.test(after.text)
    ) {
      const pos = token.pos === 'PROPN' || after.pos === 'PROPN' ? 'PROPN' : after.pos;
      token = {
        text: text.slice(token.start, after.end),
        start: token.start,
        end: after.end,
        pos,
        date: token.date && after.date,
      };
      index += 2;
      next = tokens[index + 1];
      after = tokens[index + 2];
    }
    joined.push(token);
  }
  return joined;
}
