import { fillers } from "fillers";
import { hedges } from "hedges";
import retextEnglish from "retext-english";
import retextIntensify from "retext-intensify";
import { unified } from "unified";
import { VFile } from "vfile";
import { weasels } from "weasels";
import type { TextRange } from "../document";
import { screenedProse, wordIndex, type ProseWord } from "../nlcst";
import {
  ATTEMPT_OUTCOME_WORDS,
  EFFORT_SUBJECTS,
  EFFORT_VERBS,
  HEDGE_WORDS,
  MIGHT_NOUN_BEFORE,
  NOUN_OF_PHRASES,
  NOUN_PHRASE_BEFORE,
  OPINION_NOT_HEDGE_AFTER,
  OPINION_NOT_HEDGE_BEFORE,
  OPINION_VERBS,
  REFLECTION_MARKERS,
  RESULT_ONLY_HEDGES,
} from "../patterns/hedge-words";
import { defineStoryRule, sectionTitle } from "../rule";
import { overlapsAny, quotedRanges } from "../text";
import type { SectionName } from "../types";

/** The retext-intensify entries we read; every other entry of its lists is passed as `ignore`, so its
 * search only matches these (see lib/lint/patterns/hedge-words.ts for why the rest is left out). */
const KEPT = new Set<string>([...HEDGE_WORDS, ...NOUN_OF_PHRASES, ...OPINION_VERBS, ...RESULT_ONLY_HEDGES]);
const IGNORED = [...new Set([...hedges, ...weasels, ...fillers])].filter((phrase) => !KEPT.has(phrase));
const intensifyProcessor = unified().use(retextEnglish).use(retextIntensify, { ignore: IGNORED }).freeze();

/** The screen a sentence must pass to be parsed (see lib/lint/nlcst.ts): one of the words a kept hedge
 * starts with, or an effort verb. */
const HEDGE_SCREEN = new RegExp(
  String.raw`(?<![\p{L}\p{N}])(?:${[...KEPT, ...EFFORT_VERBS].map((phrase) => phrase.replace(/ /g, String.raw`\s+`)).join("|")})(?![\p{L}\p{N}])`,
  "iu",
);

const ALWAYS = new Set(HEDGE_WORDS);
const NOUN_OF = new Set(NOUN_OF_PHRASES);
const RESULT_ONLY = new Set(RESULT_ONLY_HEDGES);
const OWN_PRONOUNS = new Set(["i", "we"]);
const SECTIONS: readonly SectionName[] = ["task", "action", "result"];

interface Hedge extends TextRange {
  effort: boolean;
}

/** The hedge retext-intensify matched at `words[at]` (its phrase `phrase`), read in context; null
 * when the context makes it plain prose. */
function hedgeAt(words: readonly ProseWord[], at: number, phrase: string, section: SectionName): Hedge | null {
  const word = words[at];
  const before = words[at - 1]?.lower;
  const phraseWords = phrase.split(" ").length;
  const last = words[at + phraseWords - 1];
  if (!last) return null;
  if (ALWAYS.has(phrase)) return { offset: word.offset, endOffset: last.endOffset, effort: false };
  if (NOUN_OF.has(phrase)) {
    // "to sort of data" is the verb "sort" (a typo for "sort the data"), not a hedge.
    if (phrase === "sort of" && before === "to") return null;
    return before && NOUN_PHRASE_BEFORE.has(before) ? null : { offset: word.offset, endOffset: last.endOffset, effort: false };
  }
  if (OPINION_VERBS.has(phrase)) {
    if (!before || !OWN_PRONOUNS.has(before)) return null;
    const opener = words[at - 2]?.lower;
    const after = words[at + 1]?.lower;
    if ((opener && OPINION_NOT_HEDGE_BEFORE.has(opener)) || (after && OPINION_NOT_HEDGE_AFTER.has(after))) return null;
    return { offset: words[at - 1].offset, endOffset: word.endOffset, effort: false };
  }
  if (RESULT_ONLY.has(phrase) && section === "result") {
    if (phrase === "might") {
      if (before && MIGHT_NOUN_BEFORE.has(before)) return null;
      const next = words[at + 1];
      return { offset: word.offset, endOffset: next?.lower === "have" ? next.endOffset : word.endOffset, effort: false };
    }
    return { offset: word.offset, endOffset: word.endOffset, effort: false };
  }
  return null;
}

const REFLECTIONS = REFLECTION_MARKERS.map((marker) => marker.split(" "));

/** True when the sentence looks back ("in hindsight", "I should have"): hedges there are honest. */
function isReflection(words: readonly ProseWord[]): boolean {
  for (let at = 0; at < words.length; at++) {
    for (const marker of REFLECTIONS) {
      let matches = true;
      for (let k = 0; k < marker.length && matches; k++) matches = words[at + k]?.lower === marker[k];
      if (matches) return true;
    }
  }
  return false;
}

/** "I tried to" / "we attempted to" without the sentence telling how the attempt went. */
function effortHedges(words: readonly ProseWord[]): Hedge[] {
  const found: Hedge[] = [];
  let told: boolean | null = null;
  for (let at = 1; at + 1 < words.length; at++) {
    if (!EFFORT_VERBS.has(words[at].lower) || words[at + 1].lower !== "to") continue;
    // "I tried to", one adverb between ("we also tried to"), or "and attempted to" after an earlier one.
    const before = words[at - 1].lower;
    const owned =
      EFFORT_SUBJECTS.has(before) ||
      (at >= 2 && EFFORT_SUBJECTS.has(words[at - 2].lower) && (before.endsWith("ly") || before === "also")) ||
      (before === "and" && found.length > 0);
    if (!owned) continue;
    told ??= words.some((word) => ATTEMPT_OUTCOME_WORDS.has(word.lower) || word.lower.endsWith("n't"));
    if (told) return found;
    found.push({ offset: words[at].offset, endOffset: words[at + 1].endOffset, effort: true });
  }
  return found;
}

const HEDGE_NOTE =
  'A hedge makes the interviewer doubt the story and ask "did you know, or did it work?". Say what you did and what happened, plainly; if you really were unsure, say what you checked and what it showed. Often the fix is to delete the hedge.';
const EFFORT_NOTE =
  'After "I tried to …" the interviewer asks "and did it work?". Say what you did and what came of it ("I cut the build from 20 to 8 minutes"), or tell the attempt that failed and what you did next.';

/**
 * `hedge-words`: hedges in the Task, Action and Result ("I think", "maybe", "probably", "kind of",
 * "tried to"), where the candidate should sound sure of what they did and knew. Detection reuses
 * retext-intensify on each section's nlcst (lib/lint/nlcst.ts), limited to a curated subset of its
 * lists; context then drops noun phrases ("a new kind of cache"), objects ("what I think about"),
 * quotes, blockquotes and code. The Situation is never read: uncertainty then is part of the story.
 */
export const hedgeWords = defineStoryRule({
  id: "hedge-words",
  severity: "warning",
  summary: 'The Task, Action or Result hedges ("I think", "maybe", "kind of", "tried to") instead of stating what happened.',
  docs: {
    description:
      'Reports hedges in the Task, Action and Result: `maybe`, `perhaps`, `probably`, `possibly`, `hopefully`, `somewhat`, `apparently`, `presumably`, `more or less`, `kind of` and `sort of` used as hedges, `I think` / `I guess` / `I believe` / `I suppose` (present tense, with "I" or "we"), and in the Result `might (have)` and `seems`. "I tried to" / "we attempted to" are reported in the Action and Result when the sentence does not say how the attempt went. One message per hedge; `actual` is the phrase, and there is no automatic fix: deleting the hedge is usually enough, but read the sentence again. Not flagged: the Situation, quotes and blockquotes, code, noun phrases ("a new kind of cache", "what sort of data"), "what I think about", "I believe in", "the probability", "with all its might", reflections ("Looking back, I think I should have involved QA earlier"), and quantities such as "about 40%" (honest estimates are not hedges).',
    examples: [
      {
        title: "Hedges in the Action and Result are flagged, one message each",
        markdown:
          "## Situation\nCheckout p99 was 800 ms.\n## Task\nGet it under 100 ms.\n## Action\nI think the cache was the problem, so I kind of rewrote it.\n## Result\np99 probably fell to 60 ms.\n",
        messages: [
          {
            range: "6:1-6:8",
            actual: "I think",
            reason: '"I think" in your Action sounds unsure: say plainly what you did or knew.',
          },
          { range: "6:41-6:48", actual: "kind of" },
          { range: "8:5-8:13", actual: "probably" },
        ],
      },
      {
        title: '"tried to" without saying how it went',
        markdown: "S: Slow builds.\nT: Speed them up.\nA: I tried to cache the dependencies.\nR: Builds take 8 minutes.\n",
        messages: [
          {
            range: "3:6-3:14",
            actual: "tried to",
            reason: '"tried to" in your Action leaves the interviewer asking if it worked: say what you did and what came of it.',
          },
        ],
      },
      {
        title: "Noun phrases, quotes, estimates and the Situation are fine",
        markdown:
          "S: Nobody knew; maybe it was the cache.\nT: Find what kind of load broke it.\nA: My manager said \"maybe next quarter\", so I built a new kind of cache in about 3 weeks.\nR: p99 fell to 60 ms.\n",
        messages: [],
      },
    ],
  },
  check(context, report) {
    const situation = context.sections.situation?.content;
    const seen = new Set<string>();
    const { markdown, mask, codeRanges } = context.doc;
    for (const name of SECTIONS) {
      const section = context.sections[name];
      if (!section || section.words === 0) continue;
      const { offset: start, endOffset: end } = section.content;
      const key = `${start}:${end}`;
      // A combined label ("Situation & Task") gives two parts one range: read it once, never as the Situation.
      if (seen.has(key) || (situation && situation.offset === start && situation.endOffset === end)) continue;
      seen.add(key);
      const prose = screenedProse(context, name, HEDGE_SCREEN);
      if (!prose) continue;
      const file = new VFile();
      intensifyProcessor.runSync(prose.tree, file);
      const index = wordIndex(prose);
      const hedges: Hedge[] = [];
      const reflection = prose.sentences.map((sentence) => isReflection(sentence.words));
      for (const message of file.messages) {
        const offset = prose.offsetOf(message);
        const at = offset === undefined ? undefined : index.get(offset);
        if (!at || typeof message.actual !== "string" || reflection[at[0]]) continue;
        const phrase = message.actual.toLowerCase().replace(/\s+/g, " ");
        const hedge = hedgeAt(prose.sentences[at[0]].words, at[1], phrase, name);
        if (hedge) hedges.push(hedge);
      }
      if (name === "action" || name === "result") {
        prose.sentences.forEach((sentence, at) => {
          if (!reflection[at]) hedges.push(...effortHedges(sentence.words));
        });
      }
      if (hedges.length === 0) continue;
      hedges.sort((a, b) => a.offset - b.offset);
      const quotes: TextRange[] = quotedRanges(mask.slice(start, end), start);
      let reportedUpTo = -1;
      for (const hedge of hedges) {
        if (hedge.offset < reportedUpTo) continue;
        if (overlapsAny(codeRanges, hedge.offset, hedge.endOffset) || overlapsAny(quotes, hedge.offset, hedge.endOffset)) continue;
        const phrase = markdown.slice(hedge.offset, hedge.endOffset);
        report({
          offset: hedge.offset,
          endOffset: hedge.endOffset,
          section: name,
          actual: true,
          reason: hedge.effort
            ? `"${phrase}" in your ${sectionTitle(name)} leaves the interviewer asking if it worked: say what you did and what came of it.`
            : `"${phrase}" in your ${sectionTitle(name)} sounds unsure: say plainly what you did or knew.`,
          note: hedge.effort ? EFFORT_NOTE : HEDGE_NOTE,
        });
        reportedUpTo = hedge.endOffset;
      }
    }
  },
});
