import { headingFix } from "../parts/add-headings";
import { defineStoryRule, sectionTitle } from "../rule";
import { STAR_ORDER } from "../sections";

/**
 * `star-unlabelled` (info): the story's parts were found from its text, not from labels. One message
 * over the text of the parts, saying which were found; `expected` is that text with `## Situation` …
 * `## Result` headings inserted where the parts start (lib/lint/parts/add-headings.ts), so one click
 * makes the story labelled with exactly that split.
 */
export const starUnlabelled = defineStoryRule({
  id: "star-unlabelled",
  severity: "info",
  summary: "The story's STAR parts were found from the text, not from labels.",
  docs: {
    description:
      "Reports a story written without STAR labels (or with only one), whose Situation, Task, Action and Result the linter found from the text itself: context and setting for the Situation, a goal or responsibility for the Task, first-person steps for the Action, outcomes and figures for the Result, and a trailing lesson of its own. Every other rule then reads those parts as if they were labelled. The message covers the text of the parts and names the ones found; its fix inserts `## Situation` … `## Result` headings (and `## What I learned` before a lesson) where each part starts. Not reported when two or more parts are labelled, or when no story can be found (`star-no-structure`).",
    examples: [
      {
        title: "A story told in plain paragraphs gets its parts found, and a fix that labels them",
        markdown:
          "Last spring our checkout page was timing out during sales.\n\nI was asked to get p99 under 200 ms before Black Friday. I profiled the service and rewrote the cart query.\n\nAs a result p99 fell from 800 ms to 120 ms.\n",
        messages: [
          {
            range: "1:1-5:44",
            reason: "Your story has no STAR labels, so its Situation, Task, Action and Result were read from the text: check them and add headings.",
          },
        ],
      },
      {
        title: "A story that stops at the Action: the parts found are named",
        markdown:
          "At a small logistics firm our drivers kept missing delivery windows.\n\nI was responsible for the routing tool. I rewrote the scheduler and then I added live traffic data.\n",
        messages: [
          {
            range: "1:1-3:100",
            reason: "Your story has no STAR labels, so its Situation, Task and Action were read from the text: check them and add headings.",
          },
        ],
      },
      {
        title: "A labelled story is not flagged",
        markdown: "## Situation\nCheckout was slow.\n\n## Task\nCut p99.\n\n## Action\nI cached.\n\n## Result\np99 fell to 60 ms.\n",
        messages: [],
      },
      {
        title: "Text with no story in it gets star-no-structure instead",
        markdown: "Checkout latency project, 2023.\n",
        messages: [],
      },
    ],
  },
  check(context, report) {
    const { sections, doc } = context;
    if (sections.structure !== "inferred") return;
    const found = STAR_ORDER.filter((name) => sections[name] !== null && sections[name]!.words > 0).map(sectionTitle);
    if (found.length === 0) return;
    const list = found.length === 1 ? found[0] : `${found.slice(0, -1).join(", ")} and ${found[found.length - 1]}`;
    const fix = headingFix(doc, sections);
    const parts = [sections.situation, sections.task, sections.action, sections.result, sections.lesson].filter((part) => part !== null);
    const offset = fix?.offset ?? Math.min(...parts.map((part) => part.content.offset));
    const endOffset = fix?.endOffset ?? Math.max(...parts.map((part) => part.content.endOffset));
    report({
      offset,
      endOffset,
      section: null,
      actual: true,
      ...(fix ? { expected: [fix.replacement] } : {}),
      reason: `Your story has no STAR labels, so its ${list} were read from the text: check them and add headings.`,
      note: "The interviewer follows your story part by part, and labels help you rehearse it that way. Check the split in the length meter, move any sentence in the wrong part, and use the fix: it adds `## Situation` … `## Result` where the parts were found.",
    });
  },
});
