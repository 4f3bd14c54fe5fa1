import { IRREGULAR_VERBS, NOT_OWNED_IRREGULAR_BASES } from "../patterns/irregular-verbs";
import {
  ADVERBS_BEFORE_VERB,
  CLAUSE_OPENERS,
  DECISION_VERBS,
  DESCRIPTIVE_OPENERS,
  ED_NOT_PAST,
  GOT_RECEIVED_NOUNS,
  GOT_NOT_OWNED_NEXT,
  HABITUAL_WORDS,
  HAPPENING_ING,
  HYPOTHETICAL_OPENERS,
  LY_VERBS,
  NOT_OWNED_VERBS,
  OBJECT_STARTERS,
  PRESENT_ACTION_VERBS,
  STATE_BASE_VERBS,
} from "../patterns/team-words";
import { defineStoryRule, sectionTitle } from "../rule";
import { overlapsAny, quotedSpans } from "../text";
import type { SectionName } from "../types";

const SUBJECT = /(?<![\p{L}\p{N}_'’-])(?:(we)(?:['’](ve|d|ll|re))?|(?:our|the)\s+(?:whole\s+|entire\s+)?team)(?![\p{L}\p{N}_-])/giu;
const TOKEN = /[\p{L}]+(?:['’-][\p{L}]+)*|\p{N}[\p{N}.,]*|[,;:()—–.!?]/gu;
const PREVIOUS_WORD = /([\p{L}]+)[^\p{L}]*$/u;
const CLAUSE_PUNCTUATION = /[,;:(—–]\s*$/;
/** Characters before a subject that are read for the word or punctuation in front of it. */
const LOOKBACK = 80;
const OWNED_SECTIONS: readonly SectionName[] = ["task", "action", "result"];
const NEGATIONS = new Set(["not", "never", "n't"]);
const HAVE = new Set(["have", "has", "had"]);
const BE_PAST = new Set(["was", "were"]);

// Irregular forms, derived once from the verb table.
const IRREGULAR_BASES = new Set<string>();
const OWNED_PAST = new Set<string>();
const OWNED_PARTICIPLES = new Set<string>();
/** Past forms that differ from their base ("wrote", not "set"): past in any context. */
const CLEAR_PAST = new Set<string>();
for (const entry of IRREGULAR_VERBS) {
  const [base, past, participle] = entry.split(" ");
  IRREGULAR_BASES.add(base);
  const owned = !NOT_OWNED_IRREGULAR_BASES.has(base);
  for (const form of past.split("/")) {
    if (form !== base) CLEAR_PAST.add(form);
    if (owned) OWNED_PAST.add(form);
  }
  if (owned) for (const form of participle.split("/")) OWNED_PARTICIPLES.add(form);
}
for (const form of ["was", "were", "had", "did"]) CLEAR_PAST.add(form);

/** The words after the subject (lower case, the last part of hyphenated words: "re-ran" → "ran"). */
function tokensAfter(text: string, from: number): string[] {
  const tokens: string[] = [];
  TOKEN.lastIndex = 0;
  const window = text.slice(from, from + 120);
  for (let hit = TOKEN.exec(window); hit && tokens.length < 10; hit = TOKEN.exec(window)) {
    const word = hit[0].toLowerCase().replace(/’/g, "'");
    const dash = word.lastIndexOf("-");
    tokens.push(dash > 0 ? word.slice(dash + 1) : word);
  }
  return tokens;
}

function isAdverb(word: string): boolean {
  return ADVERBS_BEFORE_VERB.has(word) || (word.length >= 5 && word.endsWith("ly") && !LY_VERBS.has(word));
}

/** Skips adverbs, commas and "as a team" after the subject; reports whether a habit word was among them. */
function skipAdverbs(tokens: readonly string[], from: number): { at: number; habitual: boolean } {
  let at = from;
  let habitual = false;
  while (at < tokens.length) {
    const word = tokens[at];
    if (word === "," || isAdverb(word)) {
      if (HABITUAL_WORDS.has(word)) habitual = true;
      at++;
    } else if (word === "as" && tokens[at + 1] === "a" && tokens[at + 2] === "team") {
      at += 3;
    } else {
      break;
    }
  }
  return { at, habitual };
}

function isRegularPast(word: string): boolean {
  return /^[a-z]{2,}ed$/.test(word) && !ED_NOT_PAST.has(word.slice(0, -1)) && !ED_NOT_PAST.has(word) && !NOT_OWNED_VERBS.has(word);
}

/** A participle with an object or place after it: "migrated the …", not an adjective ("limited budget"). */
function objectFollows(next: string | undefined): boolean {
  if (next === undefined || /^[,;:()—–.!?]$/.test(next) || /^\d/.test(next)) return true;
  return OBJECT_STARTERS.has(next) || (next.length >= 5 && next.endsWith("ly") && !LY_VERBS.has(next));
}

/** "we have/'ve/'d/had + participle of an owned action": a completed action the candidate narrates. */
function isOwnedPerfect(tokens: readonly string[], from: number, wouldPossible: boolean): boolean {
  const { at } = skipAdverbs(tokens, from);
  const word = tokens[at];
  if (word === undefined || NOT_OWNED_VERBS.has(word)) return false;
  const participle = word === "done" || DECISION_VERBS.has(word) || OWNED_PARTICIPLES.has(word) || isRegularPast(word);
  if (!participle) return false;
  // "we'd run" may be "we would run"; only a form that cannot be a base verb is a past.
  if (wouldPossible && IRREGULAR_BASES.has(word)) return false;
  return objectFollows(tokens[at + 1]);
}

const PRONOUN_PAST = /(?<![\p{L}])(?:i|we|he|she|they)\s+(?:(?:then|also|first|\p{L}+ly)\s+)?\p{L}{2,}ed(?![\p{L}])/iu;
const WORDS = /[\p{L}]+(?:['’][\p{L}]+)*/gu;

/** True when the text narrates in the past somewhere ("…, so I scheduled the cutover"). */
function narratesPast(text: string): boolean {
  if (PRONOUN_PAST.test(text)) return true;
  WORDS.lastIndex = 0;
  for (let hit = WORDS.exec(text); hit; hit = WORDS.exec(text)) if (CLEAR_PAST.has(hit[0].toLowerCase())) return true;
  return false;
}

function hasHabitWord(sentence: string): boolean {
  WORDS.lastIndex = 0;
  for (let hit = WORDS.exec(sentence); hit; hit = WORDS.exec(sentence)) if (HABITUAL_WORDS.has(hit[0].toLowerCase())) return true;
  return false;
}

type Subject = "we" | "we've" | "we'd" | "team";

/**
 * Whether the words after the subject narrate an action the candidate should own. `present` allows
 * present-tense narration ("then we move the sessions to Redis"), which the caller permits only in
 * the Action, outside habits, questions and subordinate clauses, in sentences that do not narrate in
 * the past.
 */
function narratesOwnedAction(tokens: readonly string[], subject: Subject, present: () => boolean): boolean {
  if (subject === "we've") return isOwnedPerfect(tokens, 0, false);
  if (subject === "we'd") return isOwnedPerfect(tokens, 0, true);
  const { at, habitual } = skipAdverbs(tokens, 0);
  const word = tokens[at];
  if (word === undefined) return false;
  const next = tokens[at + 1];
  if (HAVE.has(word)) return isOwnedPerfect(tokens, at + 1, false);
  if (BE_PAST.has(word)) {
    // "we were able to ship" narrates an achievement; "we were asked to", "we were on call" do not.
    const { at: able } = skipAdverbs(tokens, at + 1);
    if (tokens[able] !== "able" || tokens[able + 1] !== "to") return false;
    const verb = tokens[able + 2];
    return verb !== undefined && /^\p{L}+$/u.test(verb) && !STATE_BASE_VERBS.has(verb) && !NEGATIONS.has(verb);
  }
  if (next !== undefined && NEGATIONS.has(next)) return false;
  switch (word) {
    case "did":
      // "we did a retro", and "we did put the two rounds on one day" (emphatic or non-native
      // do-support), not the pro-form in "as we did before".
      if (next !== undefined && (PRESENT_ACTION_VERBS.has(next) || (IRREGULAR_BASES.has(next) && !NOT_OWNED_IRREGULAR_BASES.has(next)))) return true;
      return next !== undefined && !/^[,;:()—–.!?]$/.test(next) && objectFollows(next);
    case "tried":
      // "we tried several models", "we tried to convince them": who tried? Not "we tried, but …".
      return next !== undefined && !/^[,;:()—–.!?]$/.test(next) && next !== "but" && next !== "and";
    case "met":
      // "we met with the manager to …" is a step; "we met weekly", "we met our target" are not.
      return next === "with";
    case "got":
      // "we got it live" is an action; "we got paged", "we got feedback", "we got lucky" are not.
      if (next === undefined || GOT_NOT_OWNED_NEXT.has(next) || /(?:ed|en)$/.test(next) || /^[,;:()—–.!?]$/.test(next)) return false;
      // "we got positive feedback", "we got great reviews": something received, whatever the adjective.
      return !tokens.slice(at + 1, at + 4).some((token) => GOT_RECEIVED_NOUNS.has(token));
    case "kept":
      return next !== undefined && !next.endsWith("ing");
    case "used":
      return next !== "to";
    case "started":
    case "began":
      if (next?.endsWith("ing")) return !HAPPENING_ING.has(next);
      if (next === "to") return tokens[at + 2] !== undefined && !STATE_BASE_VERBS.has(tokens[at + 2]) && !["see", "notice", "get", "lose", "fail"].includes(tokens[at + 2]);
      return true;
    case "went":
      // A choice or a go-ahead ("we went with option B", "we went ahead and …"); not "we went live".
      // "we went through the open orders", "we went over the logs": a review someone did.
      return next === "with" || next === "ahead" || next === "through" || next === "over";
    case "came":
      return next === "up" && tokens[at + 2] === "with";
    case "stood":
      return next === "up";
    default:
      break;
  }
  if (habitual && !CLEAR_PAST.has(word) && !/ed$/.test(word)) return false;
  if (DECISION_VERBS.has(word) || OWNED_PAST.has(word)) return true;
  if (NOT_OWNED_VERBS.has(word)) return false;
  if (isRegularPast(word)) return true;
  if (subject === "we" && !habitual && PRESENT_ACTION_VERBS.has(word)) return present();
  return false;
}

/**
 * `we-instead-of-i`: "we" / "our team" / "the team" is the one doing an action the candidate should
 * own, in the Task, Action or Result. Read: past tenses (regular and irregular, "we decided to"),
 * perfects ("we have analysed", "we'd migrated"), achievements ("we were able to ship", "we managed
 * to"), and, in the Action only, present-tense narration ("then we move the sessions to Redis").
 * Precision first: the Situation is exempt, and so are states and needs ("we had", "we were", "we
 * needed"), passives ("we were asked to"), modals and plans ("we would", "we'll"), conditions ("if we
 * migrated"), negations, collective acts ("we agreed"), habits ("we now deploy daily"), quotes, block
 * quotes, headings and code. `actual` is the subject as written; `expected` is ["I"].
 */
export const weInsteadOfI = defineStoryRule({
  id: "we-instead-of-i",
  severity: "warning",
  summary: 'The story says "we" or "the team" for steps you took yourself.',
  docs: {
    description:
      'Reports "we", "our team" or "the team" as the subject of an action ("we migrated", "the team quickly rewrote", "we decided to", "we have analysed", "we\'d built", "we were able to ship", "we managed to") in the Task, Action or Result, and present-tense narration in the Action ("First we profile the service, then we move the sessions"). Not flagged: the Situation; states and needs ("we had two services", "we were on call", "we needed to"); passives ("we were asked to"); plans and modals ("we would", "we\'ll"); conditions ("if we migrated"); negations; collective acts ("we agreed", "we met weekly"); habits ("we now deploy daily", "we run the suite nightly"); "I told the team"; quotes and code. The fix offered is "I".',
    examples: [
      {
        title: '"We" acting in the Action is flagged',
        markdown:
          "## Situation\nWe had two services and we were paged nightly.\n## Task\nI owned the fix.\n## Action\nWe rewrote the retry logic and then we added alerts.\n## Result\nPages fell by 80%.\n",
        messages: [
          {
            range: "6:1-6:3",
            actual: "We",
            reason: '"We" in your Action hides what you did: say "I" for your own steps.',
          },
          { range: "6:37-6:39", actual: "we" },
        ],
      },
      {
        title: '"The team" as the subject is flagged, "I told the team" is not',
        markdown: "S: x\nT: y\nA: I told the team my plan, and the team migrated 40 services.\nR: Done in 3 weeks.\n",
        messages: [{ range: "3:33-3:41", actual: "the team" }],
      },
      {
        title: "Perfects, achievements and irregular pasts are flagged",
        markdown:
          "S: x\nT: y\nA: We have analysed the logs and we were able to reproduce it.\nR: Our team also kept the old API alive for 2 weeks.\n",
        messages: [
          { range: "3:4-3:6", actual: "We" },
          { range: "3:34-3:36", actual: "we" },
          { range: "4:4-4:12", actual: "Our team" },
        ],
      },
      {
        title: "An Action told in the present is read as narration",
        markdown: "S: x\nT: y\nA: First we profile the service, then we move the sessions to Redis.\nR: p99 is 60 ms.\n",
        messages: [
          { range: "3:10-3:12", actual: "we" },
          { range: "3:39-3:41", actual: "we" },
        ],
      },
      {
        title: "States, needs, plans, passives, habits and quotes are not flagged",
        markdown:
          'S: x\nT: We needed to cut costs and we had a month.\nA: I said "we shipped it" in the retro; we were asked to wait, and we run the suite nightly.\nR: We now deploy daily, 4x as often, and we had limited budget left.\n',
        messages: [],
      },
      {
        title: "The Situation may say we",
        markdown: "## Situation\nWe launched a new checkout last year.\n## Task\nx\n## Action\nI cached.\n## Result\n60 ms.\n",
        messages: [],
      },
    ],
  },
  check(context, report) {
    const { sections, doc } = context;
    const situationLabel = sections.situation?.label.offset;
    for (const name of OWNED_SECTIONS) {
      const section = sections[name];
      if (!section || section.words === 0 || section.label.offset === situationLabel) continue;
      const content = doc.mask.slice(section.content.offset, section.content.endOffset);
      // Present-tense narration is read only in an Action told in the present throughout; next to
      // past narration a present verb describes how things are ("we deploy to three regions").
      let sectionNarratesPast: boolean | null = null;
      const quotes = quotedSpans(content).map(([start, end]) => [start + section.content.offset, end + section.content.offset]);
      for (const sentence of context.sentences(name)) {
        if (sentence.inBlockquote || sentence.inHeading) continue;
        // A lesson speaks of habits and the team's ways since ("since then we always …"): not a step.
        if (context.inLesson(sentence.offset)) continue;
        let habits: boolean | null = null;
        SUBJECT.lastIndex = 0;
        for (let hit = SUBJECT.exec(sentence.text); hit; hit = SUBJECT.exec(sentence.text)) {
          const isWe = hit[1] !== undefined;
          const contraction = hit[2]?.toLowerCase();
          if (contraction === "ll" || contraction === "re") continue;
          const start = sentence.offset + hit.index;
          const end = start + (isWe ? hit[1].length : hit[0].length);
          if (quotes.some(([from, to]) => start >= from && end <= to)) continue;
          if (overlapsAny(doc.codeRanges, start, end)) continue;
          // Only the last few words before the subject matter; looking at a bounded window keeps a
          // long sentence with many "we"s linear instead of quadratic.
          const before = sentence.text.slice(Math.max(0, hit.index - LOOKBACK), hit.index);
          const previous = PREVIOUS_WORD.exec(before);
          const previousWord = previous?.[1].toLowerCase();
          // The word right before the subject, with nothing but spaces between.
          const adjacent = previous && previous.index + previous[0].length === before.length && /^\s*$/.test(previous[0].slice(previous[1].length)) ? previousWord : undefined;
          if (adjacent && HYPOTHETICAL_OPENERS.has(adjacent)) continue;
          if (!isWe) {
            // "the team" must open a clause to be its subject: "I told the team" is an object.
            if (/['’]/.test(sentence.text[hit.index + hit[0].length] ?? "")) continue;
            if (before.trim() !== "" && !CLAUSE_PUNCTUATION.test(before) && !(previousWord && CLAUSE_OPENERS.has(previousWord))) continue;
          }
          const subject: Subject = !isWe ? "team" : contraction === "ve" ? "we've" : contraction === "d" ? "we'd" : "we";
          const tokens = tokensAfter(sentence.text, hit.index + hit[0].length);
          const present = () => {
            if (name !== "action" || sentence.text.trimEnd().endsWith("?")) return false;
            if (adjacent && DESCRIPTIVE_OPENERS.has(adjacent)) return false;
            habits ??= hasHabitWord(sentence.text);
            sectionNarratesPast ??= narratesPast(content);
            return !habits && !sectionNarratesPast;
          };
          if (!narratesOwnedAction(tokens, subject, present)) continue;
          const actual = doc.markdown.slice(start, end);
          report({
            offset: start,
            endOffset: end,
            section: name,
            actual: true,
            expected: ["I"],
            reason: `"${actual}" in your ${sectionTitle(name)} hides what you did: say "I" for your own steps.`,
            note: 'The interviewer assesses you, not your team, and will ask "what did you do?". Say "I" for the steps you took ("I rewrote the retry logic") and name others for theirs ("Priya ran the load test").',
          });
        }
      }
    }
  },
});
