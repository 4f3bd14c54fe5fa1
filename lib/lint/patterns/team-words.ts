/**
 * Words for `we-instead-of-i`: which verbs after "we" / "the team" describe an action the candidate
 * should own. Precision first: states ("we had two services"), needs ("we needed"), plans ("we would"),
 * collective acts ("we agreed"), passives ("we were asked") and habits ("we now deploy daily") pass.
 * Irregular verbs live in irregular-verbs.ts. Data only.
 */

/** Regular past tenses that describe a state, a need, a feeling or something that happened to the team. */
export const NOT_OWNED_VERBS = new Set([
  "had", "has", "have", "having", "was", "were", "are", "is", "be", "been", "being", "needed", "wanted",
  "wished", "hoped", "expected", "required", "lacked", "seemed", "appeared", "remained", "existed",
  "belonged", "depended", "consisted", "contained", "included", "involved", "lived", "struggled",
  "suffered", "experienced", "faced", "received", "missed", "owned", "liked", "loved",
  "preferred", "believed", "realized", "realised", "noticed", "learned", "understood",
  "agreed", "discussed", "talked", "called", "named", "ended", "succeeded", "failed", "stayed", "waited",
  "shared", "celebrated", "enjoyed", "worked", "collaborated", "partnered", "adopted", "accepted",
  "approved", "embraced", "followed", "welcomed", "reached", "continued", "tended", "happened", "occurred",
  "allowed", "supposed", "based", "aligned", "paired", "joined", "owed", "paged", "alerted", "blocked",
  "hired", "tasked", "asked", "assigned", "forced", "planned", "tried", "wondered", "worried", "feared",
  "panicked", "hesitated", "disagreed", "argued", "debated", "struggled", "scrambled", "inherited",
]);

/** Past tenses of deciding: "we decided to" is a choice the candidate should own. */
export const DECISION_VERBS = new Set(["decided", "chose", "opted", "elected", "resolved"]);

/** Regular "-ed" words that are not past tenses. */
export const ED_NOT_PAST = new Set(["need", "feed", "speed", "seed", "bleed", "breed", "proceed", "succeed", "exceed", "shed", "red", "bed", "embed"]);

/** After "we got": things received or undergone ("we got paged", "we got feedback"), not done. */
export const GOT_NOT_OWNED_NEXT = new Set([
  "lucky", "unlucky", "paged", "stuck", "hit", "caught", "burned", "burnt", "feedback", "pushback", "complaints",
  "questions", "approval", "access", "budget", "permission", "word", "news", "to", "into", "a", "an", "some",
  "lots", "plenty", "more", "no", "praise", "kudos", "recognition", "sick", "busy", "tired", "worried", "nervous",
  "used", "back", "there", "along", "away", "through", "bitten", "told", "asked", "called", "hammered",
  "flooded", "swamped", "escalations", "alerts", "tickets", "support", "help", "funding", "headcount",
]);

/** Things received, a few words after "we got" ("we got very positive feedback"): not an action. */
export const GOT_RECEIVED_NOUNS = new Set([
  "feedback", "reviews", "review", "praise", "kudos", "complaints", "comments", "responses", "reactions",
  "questions", "results", "news", "approval", "recognition", "thanks", "answers", "ratings", "scores",
]);

/** "-ing" words after "we started"/"we began"/"we kept": what happened to the team, not an action. */
export const HAPPENING_ING = new Set([
  "seeing", "getting", "noticing", "receiving", "hitting", "having", "losing", "failing", "experiencing",
  "hearing", "running", "missing", "falling", "struggling", "feeling", "wondering", "worrying", "suffering",
  "drowning", "slipping", "paying", "bleeding", "waiting", "breaking", "facing", "going", "coming",
]);

/** Base verbs after "we were able to" that are not actions ("we were able to see the logs" still is a state). */
export const STATE_BASE_VERBS = new Set([
  "be", "have", "see", "hear", "know", "feel", "understand", "afford", "attend", "sleep", "rest", "relax",
  "enjoy", "stay", "remain", "tell", "say", "agree", "meet", "talk", "discuss", "need", "want", "use",
]);

/** Words that may stand between the subject and its verb: "we then rewrote", "we quickly shipped". Most
 * "-ly" words are adverbs too; the rule accepts those by shape. */
export const ADVERBS_BEFORE_VERB = new Set([
  "then", "also", "first", "finally", "eventually", "immediately", "together", "jointly",
  "all", "both", "just", "soon", "later", "initially", "ultimately", "further", "subsequently", "instead",
  "again", "proactively", "ourselves", "next", "incrementally", "already", "quickly", "even", "once", "thus",
  "therefore", "hence", "right", "afterwards", "afterward", "meanwhile", "now", "still", "often", "always",
  "usually", "sometimes", "today", "since",
]);

/** "-ly" words that are verbs, not adverbs ("we rely", "we apply"). */
export const LY_VERBS = new Set(["apply", "reply", "supply", "comply", "rely", "multiply", "imply", "ally", "fly", "rally", "tally", "bully", "only"]);

/** Habits and the present state of things: after these a present-looking verb describes, not narrates. */
export const HABITUAL_WORDS = new Set([
  "now", "still", "usually", "always", "often", "typically", "normally", "generally", "regularly",
  "currently", "sometimes", "today", "every", "each", "daily", "nightly", "weekly", "monthly", "yearly",
  "hourly", "annually", "anymore", "whenever", "per", "routinely", "constantly", "continuously", "never",
]);

/** After these, "the team"/"our team" is an object ("I told the team"), not the one acting. */
export const CLAUSE_OPENERS = new Set([
  "and", "but", "so", "then", "because", "when", "while", "after", "before", "until", "once", "since",
  "as", "where", "that", "which", "though", "although", "eventually", "finally", "later", "soon",
  "together", "initially", "first", "next", "also", "meanwhile", "afterwards", "now",
]);

/** Openers of clauses that state a condition, a habit or a question: "if we migrated", "when we deploy". */
export const HYPOTHETICAL_OPENERS = new Set(["if", "unless", "whether", "suppose", "supposing", "lest"]);

/** Openers after which a present verb describes how things are, not what was done ("when we deploy …"). */
export const DESCRIPTIVE_OPENERS = new Set([
  "if", "unless", "whether", "when", "whenever", "because", "since", "as", "that", "how", "what", "where",
  "which", "who", "why", "until", "once", "while", "before", "after", "than", "so", "to", "can", "could",
  "would", "should", "might", "must", "will", "shall", "do", "does", "did", "let",
]);

/**
 * Base verbs of actions a candidate narrates in the present ("First we profile the service, then we
 * move the sessions to Redis"). Only read in the Action, outside habits and subordinate clauses, and
 * only in sentences that narrate in the present. States, needs and routines ("we use Terraform",
 * "we need", "we work in sprints") are not here.
 */
export const PRESENT_ACTION_VERBS = new Set([
  "add", "analyse", "analyze", "audit", "automate", "benchmark", "build", "cache", "change", "check", "clean",
  "collect", "configure", "consolidate", "contact", "convert", "create", "cut", "debug", "decide", "delete",
  "deploy", "design", "deprecate", "disable", "document", "draft", "drop", "enable", "escalate", "extract",
  "find", "fix", "gather", "identify", "implement", "instrument", "interview", "introduce", "investigate",
  "launch", "measure", "merge", "migrate", "monitor", "move", "optimise", "optimize", "patch", "pick", "port",
  "present", "profile", "propose", "prototype", "rebuild", "redesign", "refactor", "release", "remove",
  "rename", "replace", "reproduce", "restart", "restructure", "revert", "review", "rewrite", "roll", "rollback",
  "run", "schedule", "set", "ship", "simplify", "spin", "split", "start", "switch", "test", "trace", "track",
  "triage", "tune", "update", "upgrade", "validate", "write", "choose", "bring", "pull", "push", "reach",
  "send", "open", "file", "email", "draw", "sketch", "pitch", "negotiate", "train", "onboard", "hand",
]);

/** What may follow a participle that has an object or a place ("we have migrated the …", "we'd shipped it"),
 * as against an adjective before a noun ("we had limited budget", "we have automated tests"). */
export const OBJECT_STARTERS = new Set([
  "the", "a", "an", "our", "my", "their", "its", "this", "that", "these", "those", "it", "them", "him", "her",
  "us", "everyone", "everything", "all", "both", "each", "every", "some", "most", "several", "many", "any",
  "over", "up", "out", "down", "back", "off", "in", "on", "to", "into", "from", "with", "through", "across",
  "for", "about", "away", "together", "onto", "around", "ahead", "forward", "twice", "again", "what", "how",
  "which", "whether", "who", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "dozens",
  "hundreds", "thousands", "half", "another", "one", "more", "fewer", "less", "no", "by",
]);
