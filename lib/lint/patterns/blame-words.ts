/**
 * Word lists for `blame-others`. Regular-expression sources, matched case-insensitively on whole words;
 * the rule (lib/lint/rules/blame-others.ts) decides who the subject is and what negates a phrase.
 */

/** "fault" as a technical word, never blame: "fault tolerance", "fault-tolerant", "fault injection". */
export const TECHNICAL_FAULT_AFTER = String.raw`[\s-]*(?:toleran|inject|domain|line|isolat|detect|handl|zone|model|tree|code|condition|signal|rate|free)`;

/** Owners whose fault it was not the candidate's: "nobody's fault" is not blame. */
export const NO_ONE_POSSESSIVES: readonly string[] = ["nobody", "no\\s+one", "no-one", "anyone", "anybody", "everyone", "everybody", "someone", "somebody", "one", "my", "our"];

/** Adjectives of contempt that are about people whatever they describe: "clueless", "incompetent". */
export const CONTEMPT_ALWAYS: readonly string[] = ["incompetent", "incompetence", "clueless", "useless\\s+(?:people|engineers?|devs?|team|manager)"];

/** Adjectives of contempt that need a person as their target ("a lazy contractor", "he was careless"),
 * because they also describe things ("lazy loading", "a careless merge"). */
export const CONTEMPT_OF_PEOPLE: readonly string[] = ["lazy", "clueless", "careless", "incompetent", "sloppy", "negligent", "useless", "stupid", "dumb", "idiotic", "arrogant"];

/** Nouns for people or groups of people a contempt adjective may describe. */
export const PEOPLE_NOUNS: readonly string[] = [
  "team", "teams", "vendor", "vendors", "contractor", "contractors", "consultant", "consultants", "intern", "interns",
  "engineer", "engineers", "developer", "developers", "dev", "devs", "manager", "managers", "lead", "leads", "people",
  "colleague", "colleagues", "coworker", "coworkers", "co-worker", "co-workers", "staff", "folks", "guy", "guys", "qa",
  "testers?", "admins?", "dba", "dbas", "ops", "sre", "sres", "reviewer", "reviewers", "director", "pm", "pms", "owners?",
  "partner", "partners", "predecessor", "hire", "hires", "analyst", "analysts", "designer", "designers", "employees?",
];

/** Subjects a blamed failure is pinned on: third-person pronouns only ("they failed to"). */
export const THIRD_PERSON = String.raw`they|he|she`;

/** What a person failed, refused or did not bother to do; "failed to start" after "they" is about systems. */
export const NEGLECT_VERBS = String.raw`failed\s+to|refused\s+to|did\s*n['’]?o?t\s+bother\s+to|did\s+not\s+bother\s+to|never\s+bothered\s+to|could\s*n['’]?o?t\s+be\s+bothered\s+to|could\s+not\s+be\s+bothered\s+to|would\s*n['’]?o?t\s+bother\s+to`;

/** Words after "they failed to" / "he refused to" that are not neglect: machines and jobs ("they failed to
 * start"), setbacks ("she failed to get promoted") and virtues ("he refused to cut corners"). */
export const SYSTEM_VERBS: readonly string[] = [
  "start", "run", "load", "compile", "build", "deploy", "boot", "connect", "respond", "converge", "scale", "sync",
  "replicate", "render", "parse", "resolve", "trigger", "fire", "register", "initiali[sz]e", "launch", "execute", "return",
  "apply", "install", "restart", "recover", "pass", "match", "merge", "propagate", "drain", "heal", "terminate",
  "authenticate", "validate", "serialize", "serialise", "decode", "encode", "flush", "commit", "roll\\s+back", "fail\\s+over",
  // Setbacks and virtues, not neglect: "she failed to get promoted", "he refused to cut corners".
  "get\\s+promoted", "win", "land", "qualify", "make\\s+the\\s+cut", "complete", "find", "locate",
  "give\\s+up", "cut\\s+corners", "compromise", "quit", "settle", "back\\s+down",
];

/** Words before a phrase that make it a condition, a denial of blame or advice, not blame itself. */
export const NOT_BLAME_BEFORE = String.raw`if|unless|whether|in\s+case|what\s+if|lest|would|could|might|instead\s+of|rather\s+than|without|not|never|no|nobody|n['’]t|stop(?:ped)?|avoid(?:ed)?|refus(?:ed|ing)\s+to|tempting\s+to|easy\s+to|wanted\s+to|thought|felt|worried|feared|afraid`;

/** Words after "I blamed …" in the same sentence that show the candidate owning a wrong call. */
export const BLAME_RETRACTED_AFTER = String.raw`at\s+first|initially|wrongly|mistakenly|unfairly|too\s+quickly|but|until|turned\s+out`;

/** What "I blamed …" may name without blaming a person: "I blamed myself", "I blamed the process, not people". */
export const BLAMED_NOT_PEOPLE = String.raw`myself|me|us|ourselves|no\s+one|nobody|noone|none|neither|anyone|the\s+(?:process|system|tooling|design|plan)`;
