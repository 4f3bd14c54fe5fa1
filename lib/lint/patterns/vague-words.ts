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
