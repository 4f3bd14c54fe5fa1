/**
 * Word lists for `passive-action`. retext-passive finds a form of "be" directly before an irregular
 * participle from its own list; the rule adds regular "-ed" participles, prefixed irregulars
 * ("rewritten", "re-built") and one adverb in between ("was quickly rolled back"). These lists take
 * away what reads as passive but hides no actor. Data only; the rule stays small.
 */

/**
 * Forms of "be" that start a reported passive: past and perfect only ("was rewritten", "had been
 * migrated", "was being rolled out"). retext-passive also reads "is", "are", "am" and "be", but in an
 * Action the present describes how the system works ("requests are routed through the gateway", "the
 * data is stored in S3"), not who did the work, so those are left alone.
 */
export const BE_FORMS: ReadonlySet<string> = new Set(["was", "were", "been", "being"]);

/** Every form of "be", for reading verb groups ("was being", "has been"). */
export const ALL_BE_FORMS: ReadonlySet<string> = new Set(["am", "is", "are", "was", "were", "be", "been", "being"]);

/** Verbs of recurrence before "being …": "its old balance kept being carried into the report", "the
 * tickets kept getting reopened" describe something that happened again and again, not a step. */
export const RECURRING_BEFORE_BEING: ReadonlySet<string> = new Set(["kept", "keep", "keeps", "keeping"]);

/**
 * Subjects right before the be-verb that name a person: "I was asked to lead", "we were told to wait",
 * "she was promoted". The candidate (or a named person) is who the verb happened to; someone else
 * acted, and the story is not hiding the candidate's own work. "they" and "you" are included though
 * they may point at things ("they were migrated"): precision first, a miss beats a false alarm. "them"
 * and "us" end a group of people ("most of them were paid hourly"). "it" is not a person and stays
 * flagged.
 */
export const PERSON_SUBJECTS: ReadonlySet<string> = new Set(["i", "we", "he", "she", "they", "you", "who", "them", "us"]);

/** Words right before the verb group that say the act did not happen ("the ledger logic had never been
 * explained to him"): there is no act to own. */
export const NEGATION_SUBJECTS: ReadonlySet<string> = new Set(["never", "not"]);

/** The same, a few words before the verb group (read over OWN_WORK_LOOKBACK words): "bookings flowed
 * into route planning rather than being retyped", "instead of being copied by hand". */
export const COUNTERFACTUAL_MARKERS: ReadonlySet<string> = new Set(["than", "instead"]);

/** Modals before "have been …": "61,000 customers would have been charged twice", "it should have been
 * caught in review": what would or should have happened, not a step anybody took. */
export const MODAL_SUBJECTS: ReadonlySet<string> = new Set(["would", "could", "might", "should", "must", "may"]);

/** Subject and participle pairs that name an event of somebody outside the story, not a hidden step:
 * "after the order was placed" (by the customer). */
export const EVENT_PASSIVES: ReadonlySet<string> = new Set(["order placed", "orders placed"]);

/** "Once the decision was made, I committed": a decision in a time clause is the moment the candidate's
 * next step starts from, taken by someone else (Disagree and Commit), not a hidden step; "a decision was
 * made to freeze changes" on its own still hides who decided. A DECISION_SUBJECTS noun right before the
 * verb group, a DECISION_PARTICIPLES participle, and a TIME_CLAUSE_OPENERS word within DECISION_LOOKBACK words
 * ("once the final decision had been made"). */
export const DECISION_SUBJECTS: ReadonlySet<string> = new Set(["decision", "call", "vote", "choice"]);
export const DECISION_PARTICIPLES: ReadonlySet<string> = new Set(["made", "taken", "reached", "announced"]);
export const TIME_CLAUSE_OPENERS: ReadonlySet<string> = new Set(["once", "after", "when", "until", "before"]);
export const DECISION_LOOKBACK = 4;

/** The old way, changed by the candidate later in the sentence: "each order was packed by hand until I
 * automated it". A STATUS_QUO_OPENERS word, then "I", within STATUS_QUO_LOOKAHEAD words after the verb
 * group. Not "before I": "the cache was rewritten before I left" still hides who rewrote it. */
export const STATUS_QUO_OPENERS: ReadonlySet<string> = new Set(["until", "till"]);
export const STATUS_QUO_LOOKAHEAD = 8;

/** A verdict on a proposal ("the proposal was rejected in the review", "the plan was approved"): someone
 * else decided on it, and the candidate is not hiding a step of their own. A PROPOSAL_SUBJECTS noun right
 * before the verb group and a VERDICT_PARTICIPLES participle. */
export const PROPOSAL_SUBJECTS: ReadonlySet<string> = new Set([
  "proposal", "proposals", "plan", "idea", "design", "recommendation", "suggestion", "pitch", "rfc", "memo", "counter-proposal",
]);
export const VERDICT_PARTICIPLES: ReadonlySet<string> = new Set([
  "approved", "rejected", "accepted", "vetoed", "overruled", "declined", "endorsed", "greenlit", "turned",
]);

/** "The team was split": a group of people divided in opinion, a state; "the monolith was split" still
 * hides an actor. Participles read as states only after GROUP_SUBJECTS. */
export const GROUP_STATE_PARTICIPLES: ReadonlySet<string> = new Set(["split", "divided"]);
export const GROUP_SUBJECTS: ReadonlySet<string> = new Set(["team", "room", "group", "committee", "panel", "leadership", "board", "opinion", "class"]);

/** Relative pronouns right before the be-verb: the passive describes a thing in passing ("the script,
 * which was written in Perl", "the bug that was introduced in v2"), not a step of the Action. "what"
 * is the free relative of something observed ("I wrote down what was said and what was missed"). */
export const RELATIVE_SUBJECTS: ReadonlySet<string> = new Set(["which", "that", "what"]);

/** "whose" a few words before the verb group: a relative clause about someone in passing ("the
 * contractor, whose team had been given changing requirements"). Read over OWN_WORK_LOOKBACK words. */
export const RELATIVE_LOOKBACK_MARKERS: ReadonlySet<string> = new Set(["whose"]);

/** Subjects that say nothing happened ("I made sure nothing was missed"): there is no act to own. */
export const NOTHING_SUBJECTS: ReadonlySet<string> = new Set(["nothing", "nobody", "none", "neither"]);

/** Words shortly before the verb group that make it a question about a state, not a step: "I checked
 * whether the data was encrypted", "to see if the cache was warmed". Read over OWN_WORK_LOOKBACK words. */
export const STATE_QUESTION_MARKERS: ReadonlySet<string> = new Set(["whether", "if"]);

/** "why" shortly before the verb group asks about someone else's act ("I didn't know why it was made",
 * "I asked why the flag was changed"), unless it follows "is"/"'s" ("that's why the cache was
 * rewritten" still hides who rewrote it). Read over OWN_WORK_LOOKBACK words. */
export const WHY_QUESTION_MARKER = "why";
export const WHY_CONSEQUENCE_BEFORE: ReadonlySet<string> = new Set(["is", "was", "that's", "this's", "it's", "which's", "s"]);

/** Verbs of finding, a few words before the verb group, that make the passive a fact the candidate
 * observed, not a step they took: "the dashboards showed the errors were confined to one region", "the
 * trace revealed the job was killed by the OOM reaper". Read over OWN_WORK_LOOKBACK words. */
export const FINDING_MARKERS: ReadonlySet<string> = new Set([
  "showed", "shown", "revealed", "confirmed", "proved", "suggested", "indicated",
  // The candidate as the finder: "I found the model was trained on 2019 data", "I noticed the job was killed".
  "found", "noticed", "discovered", "learned", "learnt", "realised", "realized", "spotted",
]);

/** A reported finding: one of these verbs, then "that", up to REPORTED_LOOKBACK words before the verb
 * group ("I heard that two of the tenders had been delayed", "I found that 96 deposits were keyed in
 * twice", "she told me that the order was cancelled"): a fact the candidate learned, not a step. */
export const REPORTED_FINDING_VERBS: ReadonlySet<string> = new Set([
  "heard", "learned", "learnt", "found", "noticed", "discovered", "realised", "realized", "saw", "read", "spotted",
  "told", "said", "explained", "mentioned", "admitted",
]);
/** Words between a reporting verb and "that" ("told me that", "found out that"). */
export const REPORTED_BETWEEN: ReadonlySet<string> = new Set(["me", "us", "him", "her", "them", "out"]);
/** How many words before the verb group are read for "that" after REPORTED_FINDING_VERBS. */
export const REPORTED_LOOKBACK = 8;

/** Words before the verb group that make the subject the candidate's own work ("my design was approved",
 * "my PR was merged"): someone else acted on it, and the candidate is not hiding their part. Read over
 * the few words before the verb. */
export const OWN_WORK_MARKERS: ReadonlySet<string> = new Set(["my"]);
/** How many words before the verb group are read for OWN_WORK_MARKERS. */
export const OWN_WORK_LOOKBACK = 3;

/**
 * Participles that, after "be", describe a state or feeling rather than an act somebody did:
 * "I was excited", "the service was based in Dublin", "the job was supposed to run nightly",
 * "the flag was used to", "the data was lost". ("done" is read in context: "done with" is a state, "was done
 * in two phases" hides an actor.) Also verbs that have no passive
 * (intransitive irregulars in retext-passive's list: "was gone", "had been risen" never hide an actor).
 */
export const NOT_PASSIVE_PARTICIPLES: ReadonlySet<string> = new Set([
  // feelings and attitudes
  "interested", "excited", "worried", "surprised", "tired", "concerned", "convinced", "determined", "pleased",
  "satisfied", "disappointed", "frustrated", "confused", "scared", "frightened", "amazed", "annoyed", "bored",
  "embarrassed", "overwhelmed", "relieved", "impressed", "thrilled", "delighted", "motivated", "inspired",
  "committed", "dedicated", "devoted", "obsessed", "puzzled", "stressed", "exhausted", "horrified", "shocked",
  "alarmed", "intrigued", "tempted", "inclined", "prepared", "unprepared", "aligned", "opposed",
  // states, roles and relations
  "involved", "based", "located", "situated", "supposed", "used", "tasked", "assigned", "asked", "told",
  "expected", "required", "needed", "allowed", "permitted", "entitled", "scheduled", "due", "related", "linked",
  "connected", "associated", "married", "named", "called", "titled", "known", "considered", "regarded", "seen",
  "thought", "believed", "meant", "bound", "stuck", "lost", "left", "gone", "limited", "complicated",
  "outdated", "sophisticated", "crowded", "experienced", "skilled", "qualified", "talented", "specialised",
  "specialized", "distributed", "centralised", "centralized", "decentralised", "decentralized", "biased",
  "detailed", "advanced", "dated", "broken", "hidden", "owned", "staffed", "understaffed", "overloaded",
  "saturated", "exposed", "blocked", "affected", "impacted", "upset", "hurt", "felt", "understood", "born",
  "worn", "torn", "frozen", "engaged", "occupied", "promoted", "paged", "invited", "spent", "flooded", "swamped",
  "capped", "encrypted", "compressed",
  // intransitive irregulars from retext-passive's list
  "become", "been", "come", "gone", "risen", "fallen", "sat", "stood", "slept", "lain", "fled", "knelt",
  "dived", "shone", "swum", "crept", "wept", "thrived", "striven", "sprung", "stunk", "arisen", "fit",
  "cost", "smitten", "rid", "swollen", "beset", "foregone",
]);

/** Words ending in "-ed" that are not verbs: "was red", "the need", "a hundred". */
export const ED_NOT_PARTICIPLES: ReadonlySet<string> = new Set([
  "red", "bed", "wed", "shed", "fed", "led", "sled", "hundred", "sacred", "naked", "wicked", "rugged", "ragged",
  "kindred", "beloved", "learned", "aged", "jagged", "crooked", "wretched", "dogged", "rigged", "shared", "ted",
]);

/** Verbs starting with "un-" that have a real passive ("the release was unblocked"); other "un-…ed"
 * words are states ("the service was untested", "undocumented", "unexpected"). */
export const UN_VERBS: ReadonlySet<string> = new Set([
  "unblocked", "unlocked", "uninstalled", "unpinned", "unplugged", "unpacked", "unmerged", "unpublished",
  "unsubscribed", "unregistered", "unassigned", "unbundled", "unwired", "unsealed",
]);

/** Prefixes a hyphenated participle may carry and still be a verb: "re-deployed", "pre-warmed". Other
 * compounds are adjectives ("hard-coded", "well-known", "long-lived"). */
export const VERB_PREFIXES: ReadonlySet<string> = new Set(["re", "pre", "co", "de", "mis", "over", "under", "auto", "back", "cross"]);

/** Prefixes on irregular participles that keep the verb: "rewritten", "rebuilt", "overridden". */
export const IRREGULAR_PREFIXES: readonly string[] = ["re", "pre", "over", "under", "mis", "out"];

/** Adverbs allowed between the be-verb and the participle ("was quickly rolled back"), besides "-ly" words. */
export const ADVERBS_IN_PASSIVE: ReadonlySet<string> = new Set(["then", "later", "soon", "also", "first", "eventually", "finally", "already", "again"]);

/** "-ly" words that are not adverbs of manner between "be" and a participle ("was only", "was early"). */
export const LY_NOT_ADVERBS: ReadonlySet<string> = new Set(["only", "early", "likely", "unlikely", "family", "supply", "reply", "apply", "rely", "fly", "july", "italy", "friendly", "daily", "weekly", "monthly", "quarterly", "yearly", "hourly", "costly", "timely"]);

/** Particles kept in the range after the participle: "was rolled back", "was shut down", "was set up". */
export const PARTICLES: ReadonlySet<string> = new Set(["back", "out", "up", "down", "off", "over", "away", "through", "forward"]);

/** Words after "by" that make it a means, a time or an amount, not an agent: "was fixed by Friday",
 * "was cut by 40%", "by the end of the sprint", "by then". */
export const BY_NOT_AGENT: ReadonlySet<string> = new Set([
  "the", "end", "then", "now", "noon", "midnight", "monday", "tuesday", "wednesday", "thursday", "friday",
  "saturday", "sunday", "tomorrow", "tonight", "eod", "eow", "default", "design", "hand", "far", "half", "a",
  "an", "about", "around", "roughly", "nearly", "almost", "over", "more", "less", "mistake", "accident",
  "switching", "hand",
]);

/** Nouns after "by the" that make the phrase a time, not an agent: "by the end", "by the deadline". */
export const BY_THE_TIME_NOUNS: ReadonlySet<string> = new Set([
  "end", "time", "deadline", "close", "start", "beginning", "middle", "weekend", "morning", "afternoon", "evening",
  "next", "following", "same", "way", "book",
]);

/** Determiners that open a subject which can move after the verb in lower case ("The cache was
 * rewritten by me" → "I rewrote the cache"). */
export const SUBJECT_DETERMINERS: ReadonlySet<string> = new Set([
  "the", "a", "an", "our", "my", "this", "that", "these", "those", "their", "its", "every", "each", "all", "both", "his", "her",
]);
