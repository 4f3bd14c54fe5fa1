import { defineStoryRule } from "../rule";

const LINE_END = /[\r\n]/;

/**
 * `star-no-structure`: no story can be found, from labels or from the text (lib/lint/parts), so an
 * interviewer would have nothing to follow. One message instead of four missing-section messages. Range: the first non-blank line of the
 * body (after front matter), so the editor underlines something visible without painting the whole
 * story; zero-width at the body's start when the body is empty.
 */
export const starNoStructure = defineStoryRule({
  id: "star-no-structure",
  severity: "error",
  summary: "The story has no recognisable Situation, Task, Action and Result parts.",
  docs: {
    description:
      "Reports text in which no story can be found: no STAR part is marked with a heading or a label such as `**Situation:**` or `S:`, and the text itself does not tell one either (a title, a list of notes, a single sentence, résumé lines from different jobs). One message instead of four `star-missing-section` messages. A story told without labels is not reported here: its parts are found from the text and it gets `star-unlabelled`. The range is the first non-blank line after the front matter and any HTML comments.",
    examples: [
      {
        title: "A title and a note are flagged once, on the first line",
        markdown: "---\ntitle: Checkout latency\n---\nCheckout latency project\n- ask Priya for the numbers\n",
        messages: [
          {
            range: "4:1-4:25",
            reason:
              "Your text has no Situation, Task, Action or Result yet: tell each part, starting it with a label such as `Situation:`.",
          },
        ],
      },
      {
        title: "Leading HTML comments (prompts, suppressions) are skipped",
        markdown: "<!-- Tell it as Situation, Task, Action, Result -->\n\nCheckout latency, 2023.\n",
        messages: [{ range: "3:1-3:24" }],
      },
      {
        title: "An empty story is flagged at the start of its body",
        markdown: "",
        messages: [{ range: "1:1-1:1" }],
      },
      {
        title: "A single sentence is not a story",
        markdown: "I noticed the pager was noisy and fixed the alerts.\n",
        messages: [{ range: "1:1-1:52" }],
      },
      {
        title: "Labels mark the parts: not flagged",
        markdown:
          "S: Checkout was slow.\nT: Cut p99 below 100 ms.\nA: I profiled and cached.\nR: p99 fell to 60 ms.\n",
        messages: [],
      },
      {
        title: "A story told in paragraphs without labels is read by its parts (star-unlabelled), not flagged",
        markdown:
          "Last spring our checkout page was timing out during sales.\n\nI was asked to get p99 under 200 ms before Black Friday. I profiled the service and rewrote the cart query.\n\nAs a result p99 fell from 800 ms to 120 ms.\n",
        messages: [],
      },
    ],
  },
  check(context, report) {
    if (context.sections.structure !== "none") return;
    const { markdown, bodyStart } = context.doc;
    let start = bodyStart;
    while (start < markdown.length && /\s/.test(markdown[start])) start++;
    // HTML comments (template prompts, suppression comments) are not the story's text.
    for (const html of context.doc.htmlNodes) {
      if (html.start !== start || !markdown.startsWith("<!--", html.start)) continue;
      start = html.end;
      while (start < markdown.length && /\s/.test(markdown[start])) start++;
    }
    if (start >= markdown.length) start = bodyStart;
    const rest = markdown.slice(start);
    const lineBreak = rest.search(LINE_END);
    let end = lineBreak === -1 ? markdown.length : start + lineBreak;
    while (end > start && /\s/.test(markdown[end - 1])) end--;
    report({
      offset: start,
      endOffset: end,
      section: null,
      reason:
        "Your text has no Situation, Task, Action or Result yet: tell each part, starting it with a label such as `Situation:`.",
      note: 'Without the four parts the interviewer loses the thread and asks "so what did you do?". Mark each part (`## Situation` … `## Result`, or `Situation:` at the start of a line), in order, with most of the time on the Action.',
    });
  },
});
