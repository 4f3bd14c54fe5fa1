/**
 * Evidence that an Action explains its judgment: a reason, a purpose, a trade-off or a rejected
 * alternative. Each entry is a regular-expression source, matched case-insensitively on whole words
 * of the Action's prose. The list is deliberately generous: one hit anywhere in the Action is enough,
 * because flagging an Action that does explain itself is worse than missing a thin one.
 */

const MONTHS =
  "jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?";
const DAYS = "monday|tuesday|wednesday|thursday|friday|saturday|sunday|yesterday|today";
/** Words after "since" that make it temporal ("since 2021", "since March", "since then", "since the launch"). */
const TEMPORAL_AFTER_SINCE = String.raw`(?:\d|(?:${MONTHS}|${DAYS}|then|when|last|early|late|mid|before|forever|day\s+one|launch|joining)(?![\p{L}])|(?:the|that|this|our|my)\s+(?:start|beginning|launch|incident|outage|migration|release|rollout|reorg|merger|day|week|month|quarter|year|spring|summer|autumn|fall|winter|time|point|moment)(?![\p{L}]))`;

/** Verbs that, after "to", almost always state a purpose ("I added a cache to cut reads"). */
export const PURPOSE_VERBS: readonly string[] = [
  "avoid", "prevent", "ensure", "make\\s+sure", "guarantee", "reduce", "cut", "minimi[sz]e", "lower", "limit",
  "protect", "save", "free\\s+up", "unblock", "speed\\s+up", "de-?risk", "catch", "stop", "confirm", "verify",
  "prove", "validate", "rule\\s+out", "find\\s+out", "understand", "learn", "measure", "isolate", "contain",
  "mitigate", "spare", "shield", "buy", "head\\s+off", "surface", "reassure", "gain", "compare", "keep", "let",
  "allow", "enable", "help", "get\\s+ahead\\s+of", "eliminate", "shorten", "simplify", "cap", "pre-?empt",
  "flush\\s+out", "reproduce", "narrow\\s+down", "pinpoint", "quantify", "demonstrate", "show", "give",
  "check\\s+(?:whether|if|that)", "see\\s+(?:whether|if|how|what|which|where)", "test\\s+(?:whether|if|the\\s+theory)",
  "win\\s+back", "earn", "build\\s+trust", "bring\\s+down", "lessen", "remove\\s+the\\s+risk", "stay\\s+(?:under|within|ahead)",
  "be\\s+safe", "play\\s+it\\s+safe",
];

/** Verbs and words before "to" that make it part of the verb ("I decided to rewrite the handler"), not
 * a purpose: the generic "… to <verb> the …" reading skips these. */
export const NOT_PURPOSE_BEFORE_TO: readonly string[] = [
  "decided", "decide", "wanted", "want", "needed", "need", "had", "have", "has", "having", "started", "start", "began",
  "begin", "tried", "try", "planned", "plan", "agreed", "agree", "managed", "manage", "asked", "ask", "offered", "chose",
  "choose", "went", "go", "used", "able", "going", "continued", "promised", "refused", "failed", "learned", "learnt",
  "about", "how", "what", "where", "when", "whether", "volunteered", "expected", "hoped", "meant", "got", "get", "seemed",
  "proceeded", "attempted", "forgot", "remembered", "happened", "came", "up", "due", "next", "close", "back", "down",
  "prior", "according", "thanks", "similar", "compared", "listened", "talked", "spoke", "wrote", "sent", "moved",
  "migrated", "escalated", "switched", "upgraded", "added", "pointed", "reported", "introduced", "handed", "returned", "helped", "help",
];
/** Verbs that put a person before "to" without a purpose: "I asked Priya to review the doc". */
export const CAUSATIVE_VERBS: readonly string[] = [
  "asked", "told", "got", "wanted", "needed", "allowed", "persuaded", "convinced", "encouraged", "invited", "pushed",
  "expected", "reminded", "trusted", "helped", "let", "taught",
];

/** Reasons, purposes and consequences that justify a step. */
export const REASON_PATTERNS: readonly string[] = [
  String.raw`because`,
  String.raw`['’]cause`,
  String.raw`(?<!ever\s)(?<!long\s)since(?!\s+${TEMPORAL_AFTER_SINCE})`,
  String.raw`so\s+that`,
  String.raw`so\s+as\s+(?:not\s+)?to`,
  String.raw`in\s+order\s+(?:to|for|that)`,
  // "so we could", "so the team would", "so I": a step tied to what it made possible.
  String.raw`so\s+(?:we|i|the|it|they|he|she|our|my|that|users?|customers?|everyone|everybody|nobody|no\s+one|each|every|anyone|people|there|this|these|those|future|new|nothing|any|only|on-call|support|ops|reviewers?|engineers?|teams?)`,
  String.raw`(?<=,\s{0,3})so(?!\s+(?:far|on|forth|much|many|long|to\s+speak))`,
  // British "as" for "because" after a comma: "…, as small children get cold fastest", "…, as they could deliver
  // within the hour". Not "as well as", "as soon as", "as planned", "as a result" (no subject follows).
  String.raw`(?<=,\s{0,3})as\s+(?:they|it|he|she|we|there|the|this|these|those|our|my|their|his|her|its|most|many|nobody|small|young|older)(?![\p{L}])`,
  String.raw`and\s+so(?!\s+(?:on|forth))`,
  String.raw`(?:which|that|this|it)\s+(?:meant|means|would|let|lets|allowed|allows|gave|gives|kept|keeps|saved|saves|avoided|avoids|prevented|prevents|removed|removes|made\s+it|freed|unblocked|ensured)`,
  String.raw`meaning(?:\s+that)?`,
  String.raw`given\s+(?:that|how|the\s+(?:risk|deadline|constraints?|timeline|budget))`,
  String.raw`(?<=,\s{0,3})given`,
  String.raw`due\s+to`,
  String.raw`owing\s+to`,
  String.raw`(?:the|my|our|a)\s+(?:reason|reasoning|rationale|motivation|goal|aim|purpose|idea|thinking|concern|worry|fear|bet|hypothesis)`,
  String.raw`reasons?`,
  String.raw`why`,
  String.raw`otherwise`,
  String.raw`or\s+else`,
  String.raw`(?:just\s+)?in\s+case`,
  String.raw`(?:that|this)\s+way`,
  String.raw`worried|concerned|afraid`,
  String.raw`for\s+(?:safety|simplicity|speed|reliability|consistency|clarity|fear\s+of)`,
  String.raw`knowing\s+(?:that|how)`,
  String.raw`with\s+only`,
  String.raw`priorit(?:y|ies|i[sz]ed|i[sz]ing|i[sz]e)`,
  String.raw`(?:wanted|hoped|aimed|intended)\s+(?:to|the|a|it|them|every|each|our|my)`,
  String.raw`the\s+only\s+(?:way|path|choice|thing)`,
  String.raw`to\s+(?:${PURPOSE_VERBS.join("|")})`,
];

/** Trade-offs weighed. */
export const TRADE_OFF_PATTERNS: readonly string[] = [
  String.raw`trade[-\s]?offs?`,
  String.raw`traded`,
  String.raw`costs?|costly|costing`,
  String.raw`risks?|risky|riskier|riskiest`,
  String.raw`at\s+the\s+expense\s+of`,
  String.raw`downsides?|upsides?|drawbacks?|benefits?`,
  String.raw`pros\s+and\s+cons`,
  String.raw`worth`,
  String.raw`(?:the|a)\s+price`,
  String.raw`sacrific(?:e|ed|es|ing)`,
  String.raw`compromis(?:e|ed|es|ing)`,
  String.raw`overhead`,
  String.raw`safer|safest|cheaper|cheapest|simpler|simplest`,
  String.raw`the\s+catch`,
];

/** Alternatives considered or rejected. */
export const ALTERNATIVE_PATTERNS: readonly string[] = [
  String.raw`instead`,
  String.raw`rather\s+than`,
  String.raw`consider(?:ed|ing)?`,
  String.raw`weigh(?:ed|ing)?`,
  String.raw`ruled\s+out|ruling\s+out`,
  String.raw`reject(?:ed|ing)`,
  String.raw`options?`,
  String.raw`choices?`,
  String.raw`unlike`,
  String.raw`alternatives?`,
  String.raw`versus|vs\.?`,
  String.raw`compar(?:ed|ing|ison)`,
  String.raw`evaluat(?:ed|ing)`,
  String.raw`decided\s+against`,
  String.raw`opt(?:ed|ing)\s+(?:for|to|against)`,
  String.raw`preferr?(?:ed|ing)?`,
  String.raw`(?:chose|picked|favou?red|selected|went\s+with)\b[^.;!?\n]{1,60}?\bover`,
  String.raw`(?:both|two|three|several|other|another|different)\s+(?:approaches|approach|designs?|ways|paths|plans|solutions)`,
  String.raw`either`,
];
