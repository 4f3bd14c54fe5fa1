import retextEnglish from "retext-english";
import retextPassive from "retext-passive";
import { unified } from "unified";
import { VFile } from "vfile";
import { screenedProse, type ProseSentence, type ProseWord } from "../nlcst";
import { IRREGULAR_VERBS } from "../patterns/irregular-verbs";
import {
  ADVERBS_IN_PASSIVE,
  ALL_BE_FORMS,
  BE_FORMS,
  BY_NOT_AGENT,
  BY_THE_TIME_NOUNS,
  COUNTERFACTUAL_MARKERS,
  DECISION_LOOKBACK,
  DECISION_PARTICIPLES,
  DECISION_SUBJECTS,
  EVENT_PASSIVES,
  ED_NOT_PARTICIPLES,
  FINDING_MARKERS,
  GROUP_STATE_PARTICIPLES,
  GROUP_SUBJECTS,
  IRREGULAR_PREFIXES,
  LY_NOT_ADVERBS,
  MODAL_SUBJECTS,
  NEGATION_SUBJECTS,
  NOT_PASSIVE_PARTICIPLES,
  NOTHING_SUBJECTS,
  OWN_WORK_LOOKBACK,
  OWN_WORK_MARKERS,
  PARTICLES,
  PERSON_SUBJECTS,
  PROPOSAL_SUBJECTS,
  RECURRING_BEFORE_BEING,
  RELATIVE_LOOKBACK_MARKERS,
  RELATIVE_SUBJECTS,
  REPORTED_BETWEEN,
  REPORTED_FINDING_VERBS,
  REPORTED_LOOKBACK,
  STATE_QUESTION_MARKERS,
  STATUS_QUO_LOOKAHEAD,
  STATUS_QUO_OPENERS,
  SUBJECT_DETERMINERS,
  TIME_CLAUSE_OPENERS,
  UN_VERBS,
  VERB_PREFIXES,
  VERDICT_PARTICIPLES,
  WHY_CONSEQUENCE_BEFORE,
  WHY_QUESTION_MARKER,
} from "../patterns/passive-voice";
import { defineStoryRule } from "../rule";
import { overlapsAny, quotedRanges } from "../text";
import type { TextRange } from "../document";

// retext-passive over an nlcst we parse ourselves (lib/lint/nlcst.ts); built once. Its matches (a form
// of "be" right before an irregular participle of its list) are the core; the scan below widens them to
// regular "-ed" participles ("was migrated"), prefixed irregulars ("was rewritten", which its list lacks)
// and one adverb in between. On screened sentences nearly all its matches are also the scan's, and its
// transform costs more than the parse (see the note in lib/lint/nlcst.ts): it is the first thing to drop
// if this rule ever needs to be faster.
const passiveProcessor = unified().use(retextEnglish).use(retextPassive).freeze();

/** Irregular participle → simple past ("rewritten" → "rewrote"), from the shared verb table. */
const IRREGULAR_PAST = new Map<string, string>();
for (const entry of IRREGULAR_VERBS) {
  const [, past, participle] = entry.split(" ");
  for (const form of participle.split("/")) if (!IRREGULAR_PAST.has(form)) IRREGULAR_PAST.set(form, past.split("/")[0]);
}

/**
 * The screen a sentence must pass to be parsed at all (see lib/lint/nlcst.ts): a form of "be", at most
 * one word, then a word shaped like a participle we know. Every passive the rule reports matches it.
 */
const PASSIVE_SCREEN = new RegExp(
  String.raw`\b(?:was|were|been|being)\s+(?:[a-z]+\s+)?(?:[a-z]+-)?(?:[a-z]*ed|(?:${IRREGULAR_PREFIXES.join("|")})?(?:${[...IRREGULAR_PAST.keys()].join("|")}))\b`,
  "i",
);

const REGULAR_PARTICIPLE = /^[a-z]{2,}ed$/;
const HAVE = new Set(["has", "have", "had"]);
const BY_ME = new Set(["me", "myself"]);
/** Words read after the participle when looking for "by me" ("was rewritten in Go by me"). */
const BY_ME_LOOKAHEAD = 6;
/** Subjects longer than this are not moved into a fix. */
const MAX_SUBJECT_WORDS = 6;
const PLAIN_TEXT = /^[\p{L}\p{N}' -]*$/u;

/**
 * The past tense a participle gives with "I" ("rewritten" → "rewrote", "rolled" → "rolled"); null for a
 * passive participle with no known past form (one only retext-passive's list has, `retextFound`);
 * undefined when the word is not a participle that can hide an actor.
 */
function participlePast(lower: string, retextFound: boolean): string | null | undefined {
  if (NOT_PASSIVE_PARTICIPLES.has(lower)) return undefined;
  const dash = lower.indexOf("-");
  if (dash >= 0) {
    const prefix = lower.slice(0, dash);
    const rest = lower.slice(dash + 1);
    if (!VERB_PREFIXES.has(prefix) || rest.includes("-")) return undefined;
    const past = participlePast(rest, false);
    return past ? `${prefix}-${past}` : past;
  }
  const irregular = IRREGULAR_PAST.get(lower);
  if (irregular) return irregular;
  for (const prefix of IRREGULAR_PREFIXES) {
    if (!lower.startsWith(prefix)) continue;
    const rest = lower.slice(prefix.length);
    if (NOT_PASSIVE_PARTICIPLES.has(rest)) return undefined;
    const past = IRREGULAR_PAST.get(rest);
    if (past) return prefix + past;
  }
  if (REGULAR_PARTICIPLE.test(lower) && !lower.endsWith("eed") && !ED_NOT_PARTICIPLES.has(lower)) {
    if (lower.startsWith("un") && !UN_VERBS.has(lower)) return undefined;
    return lower;
  }
  // Found by retext-passive but not in our table: a passive, without a past form for a fix.
  return retextFound ? null : undefined;
}

function isAdverb(word: ProseWord | undefined): boolean {
  if (!word) return false;
  if (ADVERBS_IN_PASSIVE.has(word.lower)) return true;
  return word.lower.length >= 5 && word.lower.endsWith("ly") && !LY_NOT_ADVERBS.has(word.lower) && /^[a-z]+$/.test(word.lower);
}

/** True when the words after the participle name who acted ("by Sam", "by the SRE team"), so no
 * actor is hidden. "by 40%", "by Friday", "by the end of the sprint", "by adding an index" are not agents. */
function namesAnAgent(words: readonly ProseWord[], at: number): boolean {
  if (words[at]?.lower !== "by") return false;
  const next = words[at + 1];
  if (!next || BY_ME.has(next.lower)) return false;
  if (/^[\d$€£]/.test(next.lower) || next.lower.endsWith("ing")) return false;
  if (next.lower === "the" || next.lower === "a" || next.lower === "an") {
    const noun = words[at + 2];
    return !!noun && !BY_THE_TIME_NOUNS.has(noun.lower) && !/^\d/.test(noun.lower) && !["factor", "lot", "margin", "third", "half", "quarter", "few", "couple", "week", "day", "month"].includes(noun.lower);
  }
  return !BY_NOT_AGENT.has(next.lower);
}

/** Whether the verb group at `start` sits in a "that" clause after a verb of learning or telling ("I
 * heard that the tenders had been delayed"): read over REPORTED_LOOKBACK words. */
function reportsAFinding(words: readonly ProseWord[], start: number): boolean {
  for (let at = start - 1; at >= Math.max(1, start - REPORTED_LOOKBACK); at--) {
    if (words[at].lower !== "that") continue;
    let verb = at - 1;
    if (REPORTED_BETWEEN.has(words[verb].lower) && verb > 0) verb--;
    if (REPORTED_FINDING_VERBS.has(words[verb].lower)) return true;
  }
  return false;
}

/** Whether "until I …" follows within STATUS_QUO_LOOKAHEAD words: the passive tells the old way the
 * candidate then changed ("each order was packed by hand until I automated it"). */
function changedLaterByMe(words: readonly ProseWord[], from: number): boolean {
  const end = Math.min(words.length - 1, from + STATUS_QUO_LOOKAHEAD);
  for (let at = from; at < end; at++) {
    if (STATUS_QUO_OPENERS.has(words[at].lower) && words[at + 1].lower === "i") return true;
  }
  return false;
}

interface Passive {
  /** Index of the first word of the verb group ("has" in "has been rewritten"). */
  start: number;
  be: number;
  participle: number;
  /** Index of the last word in the range (the participle or its particle). */
  last: number;
  past: string | null;
  adverb: number | null;
}

/** The passive whose be-verb is word `index` of the sentence, if any. */
function passiveAt(words: readonly ProseWord[], index: number, retextHits: ReadonlySet<number>): Passive | null {
  if (!BE_FORMS.has(words[index].lower)) return null;
  let participle = index + 1;
  let adverb: number | null = null;
  if (isAdverb(words[participle]) && words[participle + 1]) {
    adverb = participle;
    participle++;
  }
  const word = words[participle];
  if (!word) return null;
  const past = participlePast(word.lower, retextHits.has(word.offset));
  if (past === undefined) return null;
  const following = words[participle + 1]?.lower;
  if (word.lower === "done" && following === "with") return null;
  // "was handed to me", "was given to us": someone else acted on the candidate.
  if (following === "to" && (words[participle + 2]?.lower === "me" || words[participle + 2]?.lower === "us")) return null;
  let start = index;
  const before = words[index - 1]?.lower;
  if (words[index].lower === "being" && before && RECURRING_BEFORE_BEING.has(before)) return null;
  if ((words[index].lower === "been" && before && HAVE.has(before)) || (words[index].lower === "being" && before && ALL_BE_FORMS.has(before))) {
    start = index - 1;
  }
  const subject = words[start - 1]?.lower;
  if (subject && (PERSON_SUBJECTS.has(subject) || RELATIVE_SUBJECTS.has(subject) || NOTHING_SUBJECTS.has(subject) || NEGATION_SUBJECTS.has(subject))) return null;
  if (subject && GROUP_SUBJECTS.has(subject) && GROUP_STATE_PARTICIPLES.has(word.lower)) return null;
  if (subject && EVENT_PASSIVES.has(`${subject} ${word.lower}`)) return null;
  if (subject && PROPOSAL_SUBJECTS.has(subject) && VERDICT_PARTICIPLES.has(word.lower)) return null;
  if (subject && DECISION_SUBJECTS.has(subject) && DECISION_PARTICIPLES.has(word.lower)) {
    for (let at = Math.max(0, start - DECISION_LOOKBACK); at < start; at++) if (TIME_CLAUSE_OPENERS.has(words[at].lower)) return null;
  }
  if (start < index && subject && MODAL_SUBJECTS.has(subject)) return null;
  for (let at = Math.max(0, start - OWN_WORK_LOOKBACK); at < start; at++) {
    const lower = words[at].lower;
    if (OWN_WORK_MARKERS.has(lower) || STATE_QUESTION_MARKERS.has(lower) || FINDING_MARKERS.has(lower) || COUNTERFACTUAL_MARKERS.has(lower) || RELATIVE_LOOKBACK_MARKERS.has(lower)) return null;
    if (lower === WHY_QUESTION_MARKER && !(at > 0 && WHY_CONSEQUENCE_BEFORE.has(words[at - 1].lower))) return null;
  }
  if (reportsAFinding(words, start)) return null;
  const last = following && PARTICLES.has(following) ? participle + 1 : participle;
  if (namesAnAgent(words, last + 1)) return null;
  if (changedLaterByMe(words, last + 1)) return null;
  return { start, be: index, participle, last, past, adverb };
}

/** Index of "me"/"myself" in "by me" shortly after the passive, or -1. */
function byMeAfter(words: readonly ProseWord[], from: number): number {
  const end = Math.min(words.length - 1, from + BY_ME_LOOKAHEAD);
  for (let at = from; at < end; at++) {
    if (ALL_BE_FORMS.has(words[at].lower)) return -1;
    if (words[at].lower === "by" && BY_ME.has(words[at + 1].lower)) return at + 1;
  }
  return -1;
}

/**
 * The one-click rewrite of "<subject> was rewritten [in Go] by me" as "I rewrote <subject> [in Go]",
 * when the subject opens the sentence, is short, and the clause is plain text (no markup in between).
 */
function byMeFix(
  markdown: string,
  mask: string,
  sentence: ProseSentence,
  passive: Passive,
  me: number,
): { range: TextRange; expected: string } | null {
  const words = sentence.words;
  if (passive.past === null || passive.start === 0 || passive.start > MAX_SUBJECT_WORDS) return null;
  if (words[0].offset !== sentence.offset) return null;
  const offset = words[0].offset;
  const endOffset = words[me].endOffset;
  const clause = markdown.slice(offset, endOffset);
  if (clause !== mask.slice(offset, endOffset) || !PLAIN_TEXT.test(clause)) return null;
  const aux = words[passive.start].lower;
  let verb: string;
  if (aux === "was" || aux === "were") verb = passive.past;
  else if (HAVE.has(aux) && words[passive.be].lower === "been") verb = `${aux === "had" ? "had" : "have"} ${words[passive.participle].lower}`;
  else return null;
  let subject = markdown.slice(offset, words[passive.start - 1].endOffset);
  const first = words[0].lower;
  if (SUBJECT_DETERMINERS.has(first) || (passive.start === 1 && (first === "it" || first === "this" || first === "that"))) {
    subject = subject[0].toLowerCase() + subject.slice(1);
  }
  const adverb = passive.adverb === null ? "" : `${words[passive.adverb].text} `;
  const particle = passive.last > passive.participle ? ` ${words[passive.last].text}` : "";
  const middle = markdown.slice(words[passive.last].endOffset, words[me - 1].offset).trim();
  const expected = `I ${adverb}${verb}${particle} ${subject}${middle ? ` ${middle}` : ""}`;
  return { range: { offset, endOffset }, expected };
}

const NOTE =
  'The interviewer will ask "who did that?": a passive makes the work sound as if it happened by itself, or as if someone else did it. Name who acted: "I rewrote the cache". If a teammate did that step, say so, and say what you did.';

/**
 * `passive-action`: passive voice in the Action ("the cache was rewritten"), which hides who acted.
 * Detection reuses retext-passive on the Action's nlcst (lib/lint/nlcst.ts), widened to regular "-ed"
 * participles, prefixed irregulars and one adverb in between; states and feelings ("I was excited",
 * "the service was based in Dublin"), person subjects ("I was asked to lead"), named agents ("by the
 * SRE team"), quotes, blockquotes and code are left alone. "by me" gets a one-click rewrite with "I".
 */
export const passiveAction = defineStoryRule({
  id: "passive-action",
  severity: "warning",
  summary: 'The Action uses the passive voice ("the cache was rewritten"), which hides who acted.',
  docs: {
    description:
      'Reports passive voice in the Action: a past form of "be" before a participle ("was rewritten", "were migrated", "has been deprecated", "was quickly rolled back"). The Action is where the interviewer learns what you did, and a passive leaves out who did it. `actual` is the verb group. When the sentence says "by me", the message covers the clause and offers the rewrite with "I" ("The cache was rewritten by me" → "I rewrote the cache"). Not flagged: states and feelings ("I was excited", "the service was based in Dublin", "the flag was used to", "we were done with"), a person as the subject ("I was asked to lead the migration": someone else acted on you), your own work as the subject ("my design was approved"), relative clauses that describe a thing ("the script, which was written in Perl", "the contractor, whose team had been given changing requirements"), a fact you observed or were told ("the dashboards showed the errors were confined to one region", "I found the model was trained on 2019 data", "I heard that two tenders had been delayed", "I wrote down what was said"), a decision or verdict taken by others ("once the decision was made, I committed", "the proposal was rejected"), the old way you then changed ("each form was filled in by hand until I built a template"), what did not happen ("had never been explained to him", "rather than being retyped"), a team split in opinion, the present tense that describes how a system works ("requests are routed through the gateway"), a named agent ("was reviewed by the SRE team"), quotes, blockquotes and code, and every other section.',
    examples: [
      {
        title: "A passive hides who acted",
        markdown:
          "## Situation\nCheckout p99 was 800 ms.\n## Task\nGet it under 100 ms.\n## Action\nThe cache was rewritten and the old service was quickly rolled back.\n## Result\np99 fell to 60 ms.\n",
        messages: [
          {
            range: "6:11-6:24",
            actual: "was rewritten",
            reason: '"was rewritten" in your Action hides who did it: if it was you, say "I".',
          },
          { range: "6:45-6:68", actual: "was quickly rolled back" },
        ],
      },
      {
        title: '"by me" gets a rewrite with "I"',
        markdown: "S: Slow checkout.\nT: Fix it.\nA: The cache was rewritten by me.\nR: p99 fell to 60 ms.\n",
        messages: [
          {
            range: "3:4-3:33",
            actual: "The cache was rewritten by me",
            reason: '"The cache was rewritten by me" in your Action puts you last: start the sentence with "I".',
          },
        ],
      },
      {
        title: "States, feelings and things done to you are not hidden actors",
        markdown:
          "S: Slow checkout.\nT: Fix it.\nA: I was asked to lead the fix. I was worried about the Friday freeze, so I rewrote the cache, which was based on Redis.\nR: p99 fell to 60 ms.\n",
        messages: [],
      },
      {
        title: "A named agent, or another section, is fine",
        markdown:
          "S: The service was rewritten in 2019.\nT: Fix it.\nA: I split the cache; the change was reviewed by the SRE team.\nR: p99 fell to 60 ms.\n",
        messages: [],
      },
    ],
  },
  check(context, report) {
    const section = context.sections.action;
    if (!section || section.words === 0) return;
    const prose = screenedProse(context, "action", PASSIVE_SCREEN);
    if (!prose) return;
    const { markdown, mask, codeRanges } = context.doc;
    const file = new VFile();
    passiveProcessor.runSync(prose.tree, file);
    const retextHits = new Set<number>();
    for (const message of file.messages) {
      const offset = prose.offsetOf(message);
      if (offset !== undefined) retextHits.add(offset);
    }
    let quotes: TextRange[] | null = null;
    for (const sentence of prose.sentences) {
      const words = sentence.words;
      for (let index = 0; index < words.length; index++) {
        const passive = passiveAt(words, index, retextHits);
        if (!passive) continue;
        const offset = words[passive.start].offset;
        const endOffset = words[passive.last].endOffset;
        // The be-verb and participle must sit in one line of prose (not across list items).
        if (mask.slice(offset, endOffset).includes("\n") || overlapsAny(codeRanges, offset, endOffset)) continue;
        quotes ??= quotedRanges(mask.slice(section.content.offset, section.content.endOffset), section.content.offset);
        if (overlapsAny(quotes, offset, endOffset)) continue;
        const me = byMeAfter(words, passive.last + 1);
        const fix = me >= 0 ? byMeFix(markdown, mask, sentence, passive, me) : null;
        const range = fix ? fix.range : { offset, endOffset };
        const phrase = markdown.slice(range.offset, range.endOffset);
        report({
          ...range,
          section: "action",
          actual: true,
          reason: me >= 0
            ? `"${phrase}" in your Action puts you last: start the sentence with "I".`
            : `"${phrase}" in your Action hides who did it: if it was you, say "I".`,
          ...(fix ? { expected: [fix.expected] } : {}),
          note: NOTE,
        });
        index = passive.last;
      }
    }
  },
});
