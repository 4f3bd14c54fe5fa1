/**
 * Word lists for `hedge-words`. Detection is retext-intensify's (its `hedges`, `weasels` and `fillers`
 * lists, about 300 entries); the rule keeps only the entries below, each an exact entry of those lists,
 * and reads them in context. Data only; the rule stays small.
 *
 * Left out on purpose, because in an interview story they are fine or belong to another rule:
 * - quantities and estimates: "about", "around", "approximately", "roughly", "almost", "at least",
 *   "most", "many", "few", "several", "some", "couple", "bunch", "little", "much", "a bit", "a lot",
 *   "lots", "largely", "mostly", "mainly", "partially" ("about 40%" and "around 3 weeks" are honest);
 * - intensifiers and outcome words: "very", "really", "extremely", "significantly", "substantially",
 *   "completely", "quite", "pretty", "fairly", "relatively", "remarkably", "better", "improved",
 *   "huge", "effective", "efficient", "useful" (vague-outcome's business in the Result; never reported twice);
 * - modal verbs of plans and abilities: "can", "could", "should", "would", "will", "may", "must"
 *   ("so we could ship", "the API must stay backward compatible");
 * - frequency: "always", "often", "usually", "sometimes", "occasionally", "rarely", "frequently",
 *   "generally", "typically" (they describe the system, not doubt);
 * - narrative verbs: "decided", "started", "began", "wanted", "noticed", "realized", "saw", "heard",
 *   "looked", "felt", "knew", "found", "thought", "understood", "assumed", "estimated", "suggested",
 *   "considered", "believed", "appeared", "say", "read" (telling what happened and what you reasoned
 *   then: "I thought the cache was cold, so I profiled it" is a hypothesis, not a hedge);
 * - fillers that carry no doubt: "just", "actually", "basically", "literally", "simply", "so", "well",
 *   "like", "things", "stuff", "also", "only", "still", "even", "then", "up", "that", "all", "own";
 * - firm words: "certainly", "definitely", "clearly", "obviously", "surely", "absolutely";
 * - opinion frames: "in my opinion", "in my view" (stating a view is disagreeing with backbone);
 *   "unsure", "don't know", "likely", "tend", "look like" (describing what you did not know then is honest).
 */

/** Hedges flagged wherever they stand in the Task, Action and Result (outside quotes and code). */
export const HEDGE_WORDS: readonly string[] = [
  "maybe", "perhaps", "probably", "possibly", "hopefully", "somewhat", "presumably", "supposedly",
  "apparently", "conceivably", "arguably", "more or less",
];

/** "kind of" / "sort of": a hedge ("it kind of worked") unless a noun phrase ("a new kind of cache",
 * "what sort of data"); read from the word before. */
export const NOUN_OF_PHRASES: readonly string[] = ["kind of", "sort of"];

/** Words before "kind of"/"sort of" that make it a noun phrase: determiners, question words and the
 * adjectives that usually qualify "kind" ("a different kind of", "the same sort of"). */
export const NOUN_PHRASE_BEFORE: ReadonlySet<string> = new Set([
  "a", "an", "the", "this", "that", "these", "those", "what", "which", "whatever", "any", "some", "every",
  "each", "no", "one", "another", "other", "same", "new", "different", "right", "wrong", "first", "only",
  "specific", "particular", "exact", "similar", "certain", "special", "common", "usual", "whole", "old",
  "our", "my", "their", "its", "his", "her", "your", "of", "all", "worst", "best", "rare", "odd",
]);

/** Opinion verbs that hedge only with "I"/"we" right before, in the present: "I think", "I guess",
 * "I believe", "I suppose". The range covers the pronoun. Past forms are narrative and not listed. */
export const OPINION_VERBS: ReadonlySet<string> = new Set(["think", "guess", "believe", "suppose"]);

/** Words before "I think" that make it an object ("what I think about", "more than I think"). */
export const OPINION_NOT_HEDGE_BEFORE: ReadonlySet<string> = new Set(["what", "how", "whatever", "than", "all", "everything", "why", "if", "whether"]);

/** Words after "I think"/"I believe" that make it a topic or a conviction ("I think about", "I believe in"). */
export const OPINION_NOT_HEDGE_AFTER: ReadonlySet<string> = new Set(["about", "of", "through", "in", "deeply", "hard"]);

/** Hedges read only in the Result, where they doubt the outcome ("it might have saved 2 hours", "the fix
 * seems to work"). In the Task and Action they usually name a risk or what you saw then ("I worried the
 * migration might corrupt data", "the logs seemed fine, so I dug deeper"). */
export const RESULT_ONLY_HEDGES: readonly string[] = ["might", "seem", "seems", "seemed"];

/** Words before "might" that make it a noun ("with all its might"). */
export const MIGHT_NOUN_BEFORE: ReadonlySet<string> = new Set(["its", "his", "her", "their", "our", "my", "your", "all", "the", "military", "full"]);

/**
 * Effort words that hedge the outcome in the Action and Result ("I tried to cut the build time": did
 * you?). Ours, not retext's: matched on the words directly. Not flagged when the same sentence tells
 * the attempt failed or led elsewhere ("I tried to reproduce it locally but couldn't, so I …").
 */
export const EFFORT_VERBS: ReadonlySet<string> = new Set(["tried", "attempted"]);

/** Words before "tried to" that make it the candidate's attempt ("I tried to", "we first tried to");
 * "customers tried to pay twice" describes someone else. */
export const EFFORT_SUBJECTS: ReadonlySet<string> = new Set(["i", "we"]);

/** Words in the same sentence that make "tried to" the honest story of an attempt. */
export const ATTEMPT_OUTCOME_WORDS: ReadonlySet<string> = new Set([
  "but", "however", "failed", "fail", "didn't", "couldn't", "wasn't", "won't", "instead", "until", "unsuccessfully",
  "first", "then", "without", "twice", "again",
  // The attempt's count or success: "I tried to reach the vendor three times and got through on the fourth".
  "times", "succeeded", "eventually", "finally", "worked",
]);

/**
 * Markers of hindsight: a sentence with one of these is a reflection ("Looking back, I think I should
 * have involved QA earlier"), where a soft "I think" is honest, so no hedge in it is reported. Each is
 * a sequence of lower-case words.
 */
export const REFLECTION_MARKERS: readonly string[] = [
  "looking back", "in hindsight", "in retrospect", "next time", "should have", "would have", "could have",
  "i'd have", "i'd do", "lesson", "lessons", "learned", "learnt",
];
