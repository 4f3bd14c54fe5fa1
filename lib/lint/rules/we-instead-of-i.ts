import { ADVERBS_BEFORE_VERB, CLAUSE_OPENERS, IRREGULAR_PAST_ACTIONS, NOT_OWNED_VERBS } from "../patterns/team-words";
import { defineStoryRule, sectionTitle } from "../rule";
import { quotedSpans } from "../text";
import type { SectionName } from "../types";

const SUBJECT = /(?<![\p{L}\p{N}_'’-])(?:(we)(?:['’](ve|d|ll|re))?|(?:our|the)\s+(?:whole\s+|entire\s+)?team)(?![\p{L}\p{N}_-])/giu;
const NEXT_WORD = /^[\s,]*?([\p{L}]+(?:['’][\p{L}]+)?)/u;
const PREVIOUS_WORD = /([\p{L}]+)[^\p{L}]*$/u;
const CLAUSE_PUNCTUATION = /[,;:(—–]\s*$/;
const OWNED_SECTIONS: readonly SectionName[] = ["task", "action", "result"];
const DECISIONS = new Set(["decided", "chose", "opted", "elected", "resolved"]);

/** The verb after the subject, skipping adverbs ("we then quickly rewrote"): null when none. */
function verbAfter(text: string, from: number): string | null {
  let at = from;
  for (let guard = 0; guard < 4; guard++) {
    const match = NEXT_WORD.exec(text.slice(at, at + 60));
    if (!match) return null;
    const word = match[1].toLowerCase().replace("’", "'");
    at += match[0].length;
    if (!ADVERBS_BEFORE_VERB.has(word)) return word;
  }
  return null;
}

/** True when the word is the past tense of an action the speaker could have done themselves. */
function isOwnedAction(verb: string): boolean {
  if (DECISIONS.has(verb) || IRREGULAR_PAST_ACTIONS.has(verb)) return true;
  if (NOT_OWNED_VERBS.has(verb)) return false;
  return /^[a-z]{2,}ed$/.test(verb) && !/^(?:need|feed|speed|seed|bleed|breed|proceed|succeed|exceed)$/.test(verb);
}

/**
 * `we-instead-of-i`: "we" / "our team" / "the team" is the one doing an action the candidate should
 * own, in the Task, Action or Result. Precision first: the Situation is exempt, and so are states and
 * needs ("we had", "we were", "we needed"), modals and plans ("we would", "we'll"), negations, collective
 * acts ("we agreed"), present-tense descriptions ("we now deploy daily"), quotes, block quotes,
 * headings and code. `actual` is the subject as written; `expected` is ["I"].
 */
export const weInsteadOfI = defineStoryRule({
  id: "we-instead-of-i",
  severity: "warning",
  summary: 'The story says "we" or "the team" did what the candidate should own.',
  docs: {
    description:
      'Reports "we", "our team" or "the team" as the subject of a past-tense action ("we migrated", "the team rewrote", "we decided to") in the Task, Action or Result. Not flagged: the Situation; states and needs ("we had two services", "we were on call", "we needed to"); plans and modals ("we would", "we\'ll"); negations; collective acts ("we agreed"); "I told the team"; quotes and code. The fix offered is "I".',
    examples: [
      {
        title: '"We" acting in the Action is flagged',
        markdown:
          "## Situation\nWe had two services and we were paged nightly.\n## Task\nI owned the fix.\n## Action\nWe rewrote the retry logic and then we added alerts.\n## Result\nPages fell by 80%.\n",
        messages: [
          {
            range: "6:1-6:3",
            actual: "We",
            reason: 'Unexpected "We" as the one acting in the Action, expected "I" for what you did yourself',
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
        title: "States, needs, plans and quotes are not flagged",
        markdown:
          'S: x\nT: We needed to cut costs and we had a month.\nA: I said "we shipped it" in the retro; we would review it weekly.\nR: We now deploy daily, 4x as often.\n',
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
      const quotes = quotedSpans(content).map(([start, end]) => [start + section.content.offset, end + section.content.offset]);
      for (const sentence of context.sentences(name)) {
        if (sentence.inBlockquote || sentence.inHeading) continue;
        SUBJECT.lastIndex = 0;
        for (let hit = SUBJECT.exec(sentence.text); hit; hit = SUBJECT.exec(sentence.text)) {
          const isWe = hit[1] !== undefined;
          const contraction = hit[2]?.toLowerCase();
          if (contraction && contraction !== "ve") continue;
          const start = sentence.offset + hit.index;
          const end = start + (isWe ? hit[1].length : hit[0].length);
          if (quotes.some(([from, to]) => start >= from && end <= to)) continue;
          if (doc.codeRanges.some((code) => start < code.endOffset && end > code.offset)) continue;
          if (!isWe) {
            // "the team" must open a clause to be its subject: "I told the team" is an object.
            const before = sentence.text.slice(0, hit.index);
            const previous = PREVIOUS_WORD.exec(before)?.[1].toLowerCase();
            if (before.trim() !== "" && !CLAUSE_PUNCTUATION.test(before) && !(previous && CLAUSE_OPENERS.has(previous))) continue;
          }
          const verb = verbAfter(sentence.text, hit.index + hit[0].length);
          if (!verb || !isOwnedAction(verb)) continue;
          const actual = doc.markdown.slice(start, end);
          report({
            offset: start,
            endOffset: end,
            section: name,
            actual: true,
            expected: ["I"],
            reason: `Unexpected "${actual}" as the one acting in the ${sectionTitle(name)}, expected "I" for what you did yourself`,
            note: 'Interviewers assess you, not your team, and will ask "what did you do?". Say "I" for the steps you took ("I rewrote the retry logic") and name others\' parts separately ("Priya ran the load test").',
          });
        }
      }
    }
  },
});
