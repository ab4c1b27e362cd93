import { noun as nounLemma } from 'wink-lemmatizer';

/** A unit of measure: what it measures and, for time, how long it is (in days). */
export interface Unit {
  readonly measures: 'time' | 'length' | 'mass' | 'volume' | 'area' | 'share' | 'money';
  readonly days: number;
}

const time = (days: number): Unit => ({ measures: 'time', days });
const of = (measures: Unit['measures']): Unit => ({ measures, days: 0 });

/** Units by lower-case lemma or abbreviation. */
const UNITS: ReadonlyMap<string, Unit> = new Map([
  ...['second', 'sec', 'secs'].map((name) => [name, time(1 / 86_400)] as const),
  ...['minute', 'min', 'mins'].map((name) => [name, time(1 / 1_440)] as const),
  ...['hour', 'hr', 'hrs'].map((name) => [name, time(1 / 24)] as const),
  ...['day', 'night'].map((name) => [name, time(1)] as const),
  ...['week', 'wk', 'wks'].map((name) => [name, time(7)] as const),
  ...['month', 'mo', 'mos'].map((name) => [name, time(30)] as const),
  ...['year', 'yr', 'yrs'].map((name) => [name, time(365)] as const),
  ['decade', time(3_650)],
  ['century', time(36_500)],
  ['millennium', time(365_000)],
  ...['metre', 'meter', 'kilometre', 'kilometer', 'km', 'kms', 'mile', 'mi', 'foot', 'feet', 'ft', 'inch']
    .concat(['yard', 'centimetre', 'centimeter', 'cm', 'millimetre', 'millimeter', 'mm'])
    .map((name) => [name, of('length')] as const),
  ...['gram', 'kilogram', 'kilo', 'kg', 'kgs', 'tonne', 'ton', 'pound', 'lb', 'lbs', 'ounce', 'oz'].map(
    (name) => [name, of('mass')] as const,
  ),
  ...['litre', 'liter', 'gallon', 'gal'].map((name) => [name, of('volume')] as const),
  ...['acre', 'hectare', 'ha'].map((name) => [name, of('area')] as const),
  ...['percent', 'percentage'].map((name) => [name, of('share')] as const),
  ...['dollar', 'euro', 'usd', 'eur'].map((name) => [name, of('money')] as const),
]);

/** The unit a word names ("Years", "km", "mins."), or undefined. */
export function unitOf(word: string): Unit | undefined {
  const lower = word.toLowerCase().replace(/\.$/, '');
  return UNITS.get(lower) ?? UNITS.get(nounLemma(lower));
}

/**
 * Whether a figure in one unit counts what is asked in another: of the same measure, and for time
 * the same or the next few sizes up ("two decades" counts years, "two weeks" days), not a smaller
 * one ("two days" counts no years: the vectors put "days" beside "years", and WordNet's "years",
 * old age, are someone's "days") nor one far larger ("two days ago" tells no minutes). Kilometres
 * count miles, tonnes tons.
 */
export function countsUnit(said: Unit, asked: Unit): boolean {
  if (said.measures !== asked.measures) return false;
  if (said.measures !== 'time') return true;
  return said.days >= asked.days && said.days <= asked.days * MAX_TIME_RATIO;
}

/** How many times longer a unit of time may be than the one asked: a decade is ten years, a year twelve months. */
const MAX_TIME_RATIO = 12.2;
