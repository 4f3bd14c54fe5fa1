import { defineStoryRule, sectionTitle } from "../rule";
import { STAR_ORDER } from "../sections";
import type { SectionName } from "../types";

/** What each part must say, as the reason's request: "say …". */
const PURPOSE: Record<SectionName, string> = {
  situation: "where you were and what was at stake",
  task: "what you had to achieve or were responsible for",
  action: "the steps you took yourself",
  result: "what changed because of what you did, with figures",
};

/** The interviewer's follow-up when the part is missing, and how to answer it. */
const PROBE: Record<SectionName, string> = {
  situation: 'The interviewer will ask "what was going on, and why did it matter?". Two or three sentences of context are enough.',
  task: 'The interviewer will ask "what was your job here?". Say the goal and your part in it in one or two sentences, so they know what success meant.',
  action: 'The interviewer will ask "what did you do?", and this is what you are hired on: make it the longest part, step by step, with "I".',
  result: 'The interviewer will ask "and what happened?". Close with the outcome in numbers and what you learned.',
};

/**
 * `star-missing-section`: a STAR part is missing or empty, one message per part. Not emitted when the
 * story has no structure at all (`star-no-structure` covers that).
 *
 * Ranges: an empty part is reported on its heading or label. A missing part is reported as a
 * zero-width point where it should be inserted: the end of the nearest earlier part in STAR order (so
 * a missing Task sits right after the Situation's text), or, for a missing Situation, the start of the
 * first part found.
 */
export const starMissingSection = defineStoryRule({
  id: "star-missing-section",
  severity: "error",
  summary: "A Situation, Task, Action or Result part is missing or empty.",
  docs: {
    description:
      "Reports each STAR part a structured story lacks, or has only as an empty heading or label. A `Problem` or `Challenge` label stands for the Situation (or for the Task when a Situation label precedes it); in a Problem-Action-Result story it is the Task as well only when it states a goal (\"I was asked to …\", \"my goal was …\"), so a PAR story without one is told its Task is missing. An empty part is reported on its heading or label; a missing one as a point where it belongs: right after the text of the part before it in STAR order, or before the first part when the Situation is missing.",
    examples: [
      {
        title: "A missing Task is reported where it belongs, after the Situation",
        markdown: "## Situation\nCheckout was slow.\n\n## Action\nI profiled it.\n\n## Result\np99 fell to 60 ms.\n",
        messages: [
          {
            range: "2:19-2:19",
            reason: "Your story has no Task: say what you had to achieve or were responsible for.",
          },
        ],
      },
      {
        title: "An empty heading is reported on the heading",
        markdown: "## Situation\nCheckout was slow.\n\n## Task\n\n## Action\nI profiled it.\n\n## Result\np99 fell to 60 ms.\n",
        messages: [
          {
            range: "4:1-4:8",
            actual: "## Task",
            reason: "Your Task is empty: say what you had to achieve or were responsible for.",
          },
        ],
      },
      {
        title: "A missing Situation is reported before the first part",
        markdown: "**Task:** Cut p99.\n**Action:** I cached.\n**Result:** 60 ms.\n",
        messages: [{ range: "1:1-1:1" }],
      },
      {
        title: "Problem-Action-Result without a goal: the Task is missing",
        markdown: "Problem: slow checkout.\n\nWhat I did: cached.\n\nOutcome: p99 fell 40%.\n",
        messages: [{ range: "1:24-1:24", reason: "Your story has no Task: say what you had to achieve or were responsible for." }],
      },
      {
        title: "A problem that states the goal is the Task too: not flagged",
        markdown: "Problem: checkout was slow and my goal was p99 under 100 ms.\n\nWhat I did: cached.\n\nOutcome: p99 fell 40%.\n",
        messages: [],
      },
      {
        title: "Bold labels in a list, all four present: not flagged",
        markdown:
          "- **Situation:** Checkout was slow.\n- **Task:** Cut p99 below 100 ms.\n- **Action:** I profiled and cached.\n- **Result:** p99 fell to 60 ms.\n",
        messages: [],
      },
      {
        title: "A story with no structure at all gets star-no-structure instead",
        markdown: "I fixed checkout latency and it fell to 60 ms.\n",
        messages: [],
      },
    ],
  },
  check(context, report) {
    const { sections } = context;
    if (sections.structure === "none") return;
    const present = STAR_ORDER.filter((name) => sections[name] !== null);
    for (const [rank, name] of STAR_ORDER.entries()) {
      const section = sections[name];
      if (section && section.words > 0) continue;
      const title = sectionTitle(name);
      const note = PROBE[name];
      if (section) {
        report({
          offset: section.label.offset,
          endOffset: section.label.endOffset,
          section: name,
          actual: true,
          reason: `Your ${title} is empty: say ${PURPOSE[name]}.`,
          note,
        });
        continue;
      }
      const before = STAR_ORDER.slice(0, rank)
        .reverse()
        .map((other) => sections[other])
        .find((other) => other !== null);
      let at: number;
      if (before) at = before.words > 0 ? before.content.endOffset : before.label.endOffset;
      else at = Math.min(...present.map((other) => sections[other]!.label.offset));
      report({
        offset: at,
        endOffset: at,
        section: name,
        reason: `Your story has no ${title}: say ${PURPOSE[name]}.`,
        note,
      });
    }
  },
});
