/** Forms of the verbs of praising, for regular expressions: "commended", "praises", "hailed"… */
export const PRAISING_VERB = String.raw`commend(?:s|ed|ing)?|prais(?:e|es|ed|ing)|laud(?:s|ed|ing)?|credit(?:s|ed|ing)?|hail(?:s|ed|ing)?|applaud(?:s|ed|ing)?`;

/** Forms of the verbs of blaming: "blamed", "criticised", "condemns"… */
export const BLAMING_VERB = String.raw`blam(?:e|es|ed|ing)|critici[sz](?:e|es|ed|ing)|condemn(?:s|ed|ing)?|denounc(?:e|es|ed|ing)|fault(?:s|ed|ing)?`;

/** The verbs of blaming, and of accusing ("accused … of"): each puts the blame on someone. */
export const BLAMING_OR_ACCUSING_VERB = String.raw`${BLAMING_VERB}|accus(?:e|es|ed|ing)`;

/**
 * "What did Blinken _praise_ Bazoum _for_?", "What was he blamed for?": asks why someone was
 * praised, blamed or thanked, as "why" does, though it opens with "what".
 */
export const ASKS_WHAT_JUDGED_FOR = new RegExp(
  String.raw`\bwhat\b[^?]*\b(?:${PRAISING_VERB}|${BLAMING_VERB}|thank(?:s|ed|ing)?)\b[^?]*\bfor\s*\?*\s*$`,
  'iu',
);
