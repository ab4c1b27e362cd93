/**
 * Nouns of a process that stands somewhere, as a regular-expression alternation: talks, ties, the
 * situation. How one stands is asked of them ("How are the talks going?", "the status of the
 * negotiations").
 */
export const PROCESS_NOUN = String.raw`(?:talks|negotiations?|discussions?|dialogue|relations|ties|efforts|process|situation|mediation|cooperation)`;
