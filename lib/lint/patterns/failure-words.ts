/**
 * Word lists for `failure-no-lesson`: how a story says it is about the candidate's own failure, and how
 * its Result says what was learned. Regular-expression sources, matched case-insensitively on whole
 * words.
 */

/** Words after "I broke" that are not breaking something: "broke the work down", "broke the ice". */
export const BROKE_NOT_FAILURE = String.raw`down|up|into|apart|out|even|ground|ice|news|tie|ties|deadlock|stalemate|logjam|impasse|silence|records?|through|away|free|off`;

/** First-person failure: the candidate says the failure was theirs. */
export const FIRST_PERSON_FAILURES: readonly string[] = [
  String.raw`I\s+(?:\p{L}+ly\s+)?failed(?!\s+over)(?!\s+(?:it|them|the\s+\p{L}+)\s+over)`,
  String.raw`I\s+(?:\p{L}+ly\s+)?(?:had\s+)?made\s+(?:a|an|one|the|two|three|several|some|my)\s+(?:\p{L}+\s+){0,2}?(?:mistakes?|misjudge?ments?|blunders?)`,
  String.raw`my\s+(?:own\s+|big\s+|biggest\s+|first\s+|costly\s+)?(?:mistake|blunder|fault(?![\s-]*(?:toleran|inject|domain|line|isolat|detect|handl|zone|model|tree)))`,
  String.raw`I\s+(?:\p{L}+ly\s+)?missed\s+(?:the|our|my|a|an|both|two)\s+(?:\p{L}+\s+){0,2}?(?:deadlines?|dates?|launch|targets?|commitments?|milestones?|sprint|window|cut-?off|sla|slo|goals?)`,
  String.raw`I\s+(?:was|had\s+been)\s+(?:(?:completely|totally|simply|just|flat|dead|plainly|clearly)\s+)?wrong`,
  String.raw`I\s+(?:\p{L}+ly\s+)?(?:messed|screwed|fouled)\s+(?:it\s+|this\s+|that\s+|things\s+)?up`,
  String.raw`I\s+(?:\p{L}+ly\s+)?(?:underestimated|misjudged|overcommitted|overpromised|botched)`,
  String.raw`I\s+(?:\p{L}+ly\s+)?broke(?!\s+(?:\S+\s+){0,4}?(?:${BROKE_NOT_FAILURE})(?![\p{L}]))\s+\p{L}+`,
  String.raw`I\s+(?:\p{L}+ly\s+)?dropped\s+the\s+ball`,
  String.raw`I\s+got\s+(?:it|this|that|the\s+\p{L}+)\s+(?:\p{L}+\s+)?wrong`,
  String.raw`I\s+was\s+(?:to\s+blame|at\s+fault)`,
];

/** Words in the clause before a failure phrase that make it a fear, a condition or someone else's claim
 * ("in case I was wrong", "my manager argued I was wrong"). */
export const FAILURE_NOT_REAL_BEFORE = String.raw`if|unless|whether|in\s+case|lest|would|thought|thinks?|worried|feared|afraid|wondered|not|never|none|n['’]t|without|avoid|before|told\s+me|said|says|argued|insisted|claimed|believed|assumed|convinced|suggested|implied|prove|proved|proving|sure`;

/** Not after a verb of catching within a few words: "Caught a pricing mistake before launch", "Found a
 * costly billing mistake" are stories of a bar held, not of the candidate's own failure ("Fixed my own mistake" still is one). */
const NOT_CAUGHT = String.raw`(?<!(?:caught|catch|catching|found|finding|spotted|spotting|fixed|fixing|prevented|preventing|stopped|stopping|corrected|correcting|detected|detecting|averted|flagged)\s+(?:(?!(?:my|own)\s)\p{L}+\s+){0,3})`;

/** Titles and headings that present a failure story ("My biggest mistake", "Failure: the lost backup"). */
export const FAILURE_TITLES: readonly string[] = [
  String.raw`^\s*(?:a\s+|my\s+)?(?:failure|mistake)s?(?:\s*[:—–-]|\s*$)`,
  String.raw`${NOT_CAUGHT}(?:my|biggest|personal|own|worst|career|costly|painful)\s+(?:\p{L}+\s+)?(?:failure|mistake)s?`,
  String.raw`${NOT_CAUGHT}(?<!(?:customer|client|vendor|their|his|her|someone|somebody|user|team)['’]?s?\s)mistakes?`,
  String.raw`(?:failure|mistake)\s+story`,
  String.raw`lessons?\s+(?:learned|learnt|from)`,
  String.raw`learning\s+from\s+(?:a\s+|my\s+)?(?:failure|mistake)`,
  String.raw`what\s+I\s+got\s+wrong`,
  String.raw`when\s+I\s+(?:failed|was\s+wrong|messed\s+up)`,
  String.raw`time\s+I\s+failed`,
];

/** Front-matter tags that mark a failure story: any tag containing one of these. */
export const FAILURE_TAG_WORDS: readonly string[] = ["failure", "mistake"];

/** A lesson or a change of behaviour. */
export const LESSON_PATTERNS: readonly string[] = [
  String.raw`I\s+(?:have\s+|['’]ve\s+)?(?:\p{L}+ly\s+)?(?:learned|learnt|realised|realized)`,
  String.raw`lessons?|learnings?|take-?aways?`,
  String.raw`since\s+then|ever\s+since|from\s+then\s+on|from\s+that\s+(?:day|point|moment|week|time)\s+on|going\s+forward|from\s+now\s+on|next\s+time|these\s+days|nowadays|to\s+this\s+day`,
  String.raw`now\s+I|I\s+now|(?:we|the\s+team)\s+now`,
  String.raw`I\s+(?:['’]ve|have)\s+since|I\s+since`,
  String.raw`I\s+(?:changed|change|rethought|rethink)\s+(?:how|the\s+way|my)`,
  String.raw`I\s+(?:started|began|stopped|keep)\s+\p{L}+ing`,
  String.raw`I\s+(?:always|no\s+longer|never\s+again|make\s+(?:sure|a\s+point)|insist|apply|carry)`,
  String.raw`never\s+again`,
  String.raw`(?:taught|teaches|showed|shows|reminded|reminds)\s+me`,
  String.raw`made\s+me\s+(?:realise|realize|rethink|more)`,
  String.raw`differently`,
  String.raw`I\s+would|I['’]d|I\s+should(?:\s+have|['’]ve)`,
  String.raw`in\s+hindsight|with\s+hindsight|in\s+retrospect|looking\s+back`,
  String.raw`what\s+I\s+took\s+(?:away\s+)?from|I\s+took\s+away`,
  String.raw`habits?`,
  // "What stuck with me is …", "For every pilot since, I have …": the lesson told as what stayed.
  String.raw`(?:stuck|stayed)\s+with\s+me|since,\s+I`,
  // "The rule I follow now: …", "a principle I've kept since": a standing rule the candidate took from it.
  String.raw`(?:rules?|principles?|practices?)\s+I\s+(?:now\s+)?(?:(?:have\s+|['’]ve\s+)?(?:followed|kept)|follow|keep|use|apply|live\s+by|work\s+by|stick\s+to|set\s+myself)`,
];
