/**
 * Words for `we-instead-of-i`: which verbs after "we" / "the team" describe an action the candidate
 * should own. Precision first: only past-tense actions are flagged, so states ("we had two services"),
 * needs ("we needed"), plans ("we would"), collective acts ("we agreed") and present-tense
 * descriptions ("we now deploy daily") pass. Data only.
 */

/** Past-tense verbs that describe a state, a need, a feeling or something that happened to the team. */
export const NOT_OWNED_VERBS = new Set([
  "had", "has", "have", "having", "was", "were", "are", "is", "be", "been", "being", "needed", "wanted",
  "wished", "hoped", "expected", "required", "lacked", "seemed", "appeared", "remained", "existed",
  "belonged", "depended", "consisted", "contained", "included", "involved", "lived", "struggled",
  "suffered", "experienced", "faced", "received", "lost", "missed", "owned", "used", "liked", "loved",
  "preferred", "believed", "realized", "realised", "noticed", "learned", "learnt", "understood",
  "agreed", "discussed", "talked", "met", "felt", "knew", "thought", "saw", "heard", "got", "went",
  "came", "called", "named", "ended", "managed", "succeeded", "failed", "stayed", "waited",
  "shared", "celebrated", "enjoyed", "worked", "collaborated", "partnered", "adopted", "accepted",
  "approved", "embraced", "followed", "welcomed", "reached", "hit", "became", "grew", "kept",
  "started", "continued", "tended", "happened", "occurred", "allowed", "supposed", "based",
  "aligned", "paired", "joined", "owed", "paged", "alerted", "blocked", "stuck", "hired", "tasked",
  "asked", "told", "assigned", "given", "forced", "expected", "planned", "tried",
]);

/** Irregular past tenses of actions a candidate should own ("we built", "we wrote"). */
export const IRREGULAR_PAST_ACTIONS = new Set([
  "built", "rebuilt", "wrote", "rewrote", "ran", "reran", "made", "took", "led", "found", "chose",
  "began", "drove", "brought", "set", "put", "cut", "sent", "spent", "split", "held", "gave", "won",
  "broke", "dug", "caught", "bought", "drew", "threw", "did", "undertook", "overcame", "sold", "paid",
  "shut", "spun", "laid", "sought", "taught", "withdrew", "upheld", "fought", "froze",
  // Participles after "we've": "we've rewritten", "we've driven".
  "written", "rewritten", "driven", "chosen", "begun", "taken", "undertaken", "done", "redone", "shown",
  "drawn", "thrown", "frozen", "broken", "overseen", "undone",
]);

/** Words that may stand between the subject and its verb: "we then rewrote", "we quickly shipped". */
export const ADVERBS_BEFORE_VERB = new Set([
  "then", "also", "quickly", "first", "finally", "eventually", "immediately", "together", "jointly",
  "collectively", "all", "both", "just", "soon", "later", "initially", "ultimately", "carefully",
  "manually", "gradually", "further", "subsequently", "actually", "really", "essentially", "basically",
  "successfully", "instead", "again", "swiftly", "rapidly", "promptly", "proactively", "ourselves",
  "next", "incrementally", "iteratively", "systematically", "thoroughly",
]);

/** After these, "the team"/"our team" is an object ("I told the team"), not the one acting. */
export const CLAUSE_OPENERS = new Set([
  "and", "but", "so", "then", "because", "when", "while", "after", "before", "until", "once", "since",
  "as", "where", "that", "which", "though", "although", "eventually", "finally", "later", "soon",
  "together", "initially", "first", "next",
]);
