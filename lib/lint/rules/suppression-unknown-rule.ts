import { editDistanceAtMostOne } from "../labels";
import { defineStoryRule } from "../rule";
import { STAR_ORDER } from "../sections";
import type { SectionName } from "../types";
import type { StoryContext } from "../context";

/** The section a place in the story belongs to: the last part whose label starts before it. */
function sectionAt(context: StoryContext, offset: number): SectionName | null {
  let best: { name: SectionName; at: number } | null = null;
  for (const name of STAR_ORDER) {
    const section = context.sections[name];
    if (section && section.label.offset <= offset && (!best || section.label.offset > best.at)) best = { name, at: section.label.offset };
  }
  return best?.name ?? null;
}

/** Known ids one typo away ("we-insted-of-i"), else those sharing the first word ("vague" → "vague-outcome"). */
function suggestions(id: string, known: ReadonlySet<string>): string[] {
  const close = [...known].filter((other) => editDistanceAtMostOne(id, other));
  if (close.length > 0) return close;
  const head = id.split("-")[0];
  return head.length >= 3 ? [...known].filter((other) => other.startsWith(head)) : [];
}

/**
 * `suppression-unknown-rule`: a suppression comment names a rule that does not exist, so it silences
 * nothing (a typo would otherwise look like a waiver that works). Range: the rule id in the comment;
 * `expected`: known ids it may have meant.
 */
export const suppressionUnknownRule = defineStoryRule({
  id: "suppression-unknown-rule",
  severity: "warning",
  summary: "A story-lint suppression comment names a rule that does not exist.",
  docs: {
    description:
      "Reports each rule id in a `<!-- story-lint disable … -->`, `enable` or `disable-next-line` comment that names no story-lint rule: the comment then waives nothing. Ids are separated by commas or spaces; a comment with no id covers every rule and is fine. The suggestion is the closest known rule id.",
    examples: [
      {
        title: "A misspelt rule id is flagged, with the id it may mean",
        markdown:
          "## Situation\nx\n## Task\ny\n## Action\n<!-- story-lint disable-next-line we-insted-of-i: pager duty was shared -->\nWe rotated on call.\n## Result\n3 pages a week.\n",
        messages: [
          {
            range: "6:35-6:49",
            actual: "we-insted-of-i",
            reason: '"we-insted-of-i" is not a story-lint rule, so this comment waives nothing: did you mean "we-instead-of-i"?',
          },
        ],
      },
      {
        title: "Several ids, one unknown",
        markdown: "S: x\nT: y\nA: z\nR: 2x\n<!-- story-lint disable vague-outcome, passive-voice -->\n",
        messages: [{ range: "5:40-5:53", actual: "passive-voice" }],
      },
      {
        title: "Known ids and the all-rules form are not flagged",
        markdown:
          "<!-- story-lint disable -->\nS: x\nT: y\nA: z\nR: 2x\n<!-- story-lint enable -->\n<!-- story-lint disable we-instead-of-i vague-outcome: quoting the client -->\n",
        messages: [],
      },
    ],
  },
  check(context, report) {
    const known = context.knownRuleIds;
    if (!known) return;
    for (const comment of context.suppressions()) {
      for (const rule of comment.rules) {
        if (known.has(rule.id)) continue;
        const expected = suggestions(rule.id, known);
        report({
          offset: rule.offset,
          endOffset: rule.endOffset,
          section: sectionAt(context, comment.comment.offset),
          actual: true,
          ...(expected.length > 0 ? { expected } : {}),
          reason: `"${rule.id}" is not a story-lint rule, so this comment waives nothing: ${expected.length > 0 ? `did you mean "${expected[0]}"?` : "use an id from the rules page."}`,
          note: "The message you meant to silence still shows. Use an id from the rules page, or leave the ids out to cover every rule, and keep your reason after the colon.",
        });
      }
    }
  },
});
