/** Words that intensify an evaluation without measuring it: "very", "really", "extremely" … */
export const INTENSIFIERS: readonly string[] = [
  "very", "really", "extremely", "incredibly", "super", "highly", "truly", "quite", "pretty", "exceptionally",
  "remarkably", "immensely", "tremendously", "overwhelmingly", "genuinely", "particularly", "especially",
  "amazingly", "hugely", "insanely", "unbelievably", "exceedingly", "surprisingly",
];

/** Evaluations that say "it went well" without saying how well: vague once intensified ("very satisfied",
 * "extremely well"). Bare, they are left alone ("the customer was happy" is a plain statement). Longer entries first. */
export const VAGUE_EVALUATIONS: readonly string[] = [
  "satisfied", "happy", "pleased", "delighted", "thrilled", "excited", "impressed", "grateful", "appreciative",
  "promising", "positive", "encouraging", "successful", "effective", "efficient", "valuable", "useful",
  "helpful", "impactful", "beneficial", "productive", "well[-\\s]received", "well", "good", "great", "smooth", "smoothly", "stable",
  "reliable", "fast", "quick", "quickly", "popular", "appreciated", "strong", "solid", "high", "low",
  "favou?rable", "favou?rably", "warmly", "satisfying", "rewarding", "robust", "scalable", "responsive",
  "welcomed", "worthwhile", "smoother", "faster", "better",
];

/**
 * Vague outcome words: a claim that something got better without saying how much. Each entry is a
 * regular-expression source (case-insensitive, whole words); longer phrases come first so the message's
 * `actual` is the whole phrase ("much faster", not "faster"). Data only; the rule stays small.
 */
export const VAGUE_OUTCOME_PHRASES: readonly string[] = [
  String.raw`(?:significantly|dramatically|drastically|greatly|vastly|substantially|considerably|massively|hugely|tremendously|noticeably|really|much)\s+(?:improved|improves|improving|increased|reduced|decreased|boosted|lowered|raised|accelerated|enhanced|simplified|sped\s+up)`,
  String.raw`improv(?:ed|es|ing)\s+(?:significantly|dramatically|greatly|a\s+lot|massively|considerably|substantially|drastically|noticeably|tremendously|hugely|vastly)`,
  String.raw`(?:very\s+|really\s+|overwhelmingly\s+)?(?:positive|great|good|glowing|excellent|amazing)\s+(?:feedback|reviews?|responses?|reception)`,
  String.raw`well[-\s]received`,
  String.raw`(?:much|far|way|a\s+lot|lots|significantly|noticeably|considerably|vastly|dramatically|substantially|greatly)\s+(?:faster|quicker|better|smoother|easier|cheaper|simpler|happier|higher|lower|fewer|less|more)(?:\s+(?!than\b)[a-z]+(?<=(?:able|ible|ent|ant|ive|ful|ous|al|ic|le|y)))?`,
  String.raw`(?:a|an|the)\s+(?:big|huge|great|major|real|massive|resounding|tremendous|complete|total)\s+(?:success|win|improvement|difference|impact)`,
  String.raw`(?:a|an)\s+success`,
  String.raw`(?:big|huge|great|major|real|positive|strong|massive|significant)\s+(?:impact|difference|improvements?|gains?|boost)`,
  String.raw`went\s+(?:really\s+|very\s+|extremely\s+)?(?:well|smoothly)`,
  // "very satisfied", "extremely well", "really happy": an intensified evaluation, no measurement.
  String.raw`(?:${INTENSIFIERS.join("|")})\s+(?:${VAGUE_EVALUATIONS.join("|")})`,
  String.raw`successful(?:ly)?`,
  String.raw`improv(?:ed|es|ing|ements?|e)`,
  String.raw`better`,
  String.raw`significant(?:ly)?`,
  String.raw`dramatic(?:ally)?`,
  String.raw`drastic(?:ally)?`,
  String.raw`substantial(?:ly)?`,
  String.raw`considerabl[ey]`,
  String.raw`tremendous(?:ly)?`,
  String.raw`enormous(?:ly)?`,
  String.raw`massive(?:ly)?`,
  String.raw`greatly`,
  String.raw`hugely`,
  String.raw`huge`,
  String.raw`vastly`,
  String.raw`immensely`,
  String.raw`a\s+lot`,
  String.raw`lots\s+of`,
];

/** "better" used as a verb or idiom, not as an outcome: "to better understand", "better off". */
export const BETTER_NOT_AN_OUTCOME =
  /(?:\bto\s+|\bhad\s+|\bthe\s+|\bfor\s+)better\b|\bbetter\s+(?:understand|serve|support|off|part|position|equip|align|prepare|manage|handle|communicate|plan|prioriti[sz]e|informed|for\s+worse)\b/gi;
