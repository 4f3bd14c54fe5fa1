import { defineStoryRule, sectionTitle } from "../rule";
import { mostOverTarget, percent, sectionShares } from "../shares";
import { spokenSeconds } from "../speaking-rate";
import { wordStart } from "../text";
import { SECTION_NAMES } from "../types";

/** The spoken length most interview coaches aim a STAR answer at, in seconds. */
export const SPOKEN_RANGE = { min: 60, max: 180 } as const;

/**
 * "about 55 s", "about 3 min 30 s". A speaking-rate estimate is no finer than a few seconds, so a short
 * story's time is rounded down to 5 s and a long one's up to 10 s: the figure never lands back inside
 * the 1–3 minute range the message says it is outside of.
 */
export function aboutDuration(seconds: number, direction: "short" | "long"): string {
  const rounded = direction === "short" ? Math.max(5, Math.floor(seconds / 5) * 5) : Math.ceil(seconds / 10) * 10;
  const minutes = Math.floor(rounded / 60);
  const rest = rounded % 60;
  if (minutes === 0) return `about ${rest} s`;
  return rest === 0 ? `about ${minutes} min` : `about ${minutes} min ${rest} s`;
}

/**
 * `spoken-length`: the story takes less than about one minute or more than about three to say, at the
 * configured speaking rate (default 150 words per minute; `speakingRate` in the config). The words are
 * the four sections' words, counted as the editor's length meter counts them, so the message and the
 * meter agree. Too long: the range starts at the first word past the three-minute mark, so the editor
 * shows where the listener's attention runs out. Too short: the range is the whole STAR text.
 */
export const spokenLength = defineStoryRule({
  id: "spoken-length",
  severity: "info",
  summary: "The story takes less than about 1 or more than about 3 minutes to say.",
  docs: {
    description:
      "Estimates how long the story takes to say at the configured speaking rate (default 150 words per minute, `speakingRate` in `.story-lint.json` or the settings) and reports a story under 1 minute or over 3. Only the four STAR sections' words count, as in the editor's length meter. Under a minute, an answer sounds like a summary and the interviewer has to dig for everything; over three, they stop listening and you use up the time for follow-up questions. For a long story the message starts at the first word past the three-minute mark and names the part that is furthest over its share.",
    examples: [
      {
        title: "A one-line-per-part story is too short to say",
        markdown:
          "**Situation:** Checkout timed out every holiday peak.\n**Task:** I had to make it survive 5x traffic.\n**Action:** I load-tested it and raised the connection pool limit.\n**Result:** It held 6x traffic with no pages.\n",
        messages: [
          {
            range: "1:1-4:46",
            reason:
              "Your story takes about 10 s to tell (30 words at 150 words per minute): give it 1 to 3 minutes so your steps come through.",
          },
        ],
      },
      {
        title: "Over three minutes: the words past the mark are underlined",
        markdown: `## Situation\nOur order pipeline fell behind every Monday morning.\n## Task\nI had to clear the backlog before 9 a.m.\n## Action\n${"I measured the queue depth every minute and raised the worker count when it grew. ".repeat(31)}\n## Result\nThe backlog cleared by 7:40 on every Monday that quarter.\n`,
        messages: [
          {
            range: "6:2370-8:58",
            reason:
              "Your story takes about 3 min 20 s to tell (493 words at 150 words per minute): cut it to under 3 minutes, before attention drifts.",
          },
        ],
      },
      {
        title: "About two minutes is fine",
        markdown: `## Situation\n${"Checkout timed out every holiday peak and customers abandoned their carts. ".repeat(4)}\n## Task\nI had to make it survive five times the normal traffic before the next peak.\n## Action\n${"I load-tested the service step by step, read the connection pool metrics and raised the limit after checking the database could take it. ".repeat(8)}\n## Result\nCheckout held 6x normal traffic with p99 under 300 ms and no pages.\n`,
        messages: [],
      },
    ],
  },
  check(context, report) {
    const { sections } = context;
    if (sections.structure === "none") return;
    const shares = sectionShares(sections);
    if (shares.total === 0) return;
    const rate = context.speakingRate;
    const seconds = spokenSeconds(shares.total, rate);
    if (seconds >= SPOKEN_RANGE.min && seconds <= SPOKEN_RANGE.max) return;
    // The parts in document order, a combined part ("Situation & Task") once.
    const parts = SECTION_NAMES.map((name) => sections[name])
      .filter((part): part is NonNullable<typeof part> => part !== null && part.words > 0)
      .filter((part, index, all) => all.findIndex((other) => other.content.offset === part.content.offset) === index)
      .sort((a, b) => a.content.offset - b.content.offset);
    if (parts.length === 0) return;
    const start = Math.min(...parts.map((part) => Math.min(part.label.offset, part.content.offset)));
    const end = Math.max(...parts.map((part) => part.content.endOffset));
    const short = seconds < SPOKEN_RANGE.min;
    const estimate = `Your story takes ${aboutDuration(seconds, short ? "short" : "long")} to tell (${shares.total} words at ${rate} words per minute)`;
    const reason = short ? `${estimate}: give it 1 to 3 minutes so your steps come through.` : `${estimate}: cut it to under 3 minutes, before attention drifts.`;
    if (short) {
      report({
        offset: start,
        endOffset: end,
        section: null,
        reason,
        note: 'Under a minute the interviewer has to dig for every detail: "and then what did you do?". Give the situation in two sentences, then walk through your steps, why you took them, and how you measured the result.',
      });
      return;
    }
    // Too long: point from the first word past the three-minute mark to the end.
    const limit = Math.floor((SPOKEN_RANGE.max * rate) / 60);
    let counted = 0;
    let from = start;
    for (const part of parts) {
      const text = context.doc.mask.slice(part.content.offset, part.content.endOffset);
      const words = part.words;
      if (counted + words > limit) {
        const at = wordStart(text, limit - counted);
        if (at >= 0) from = part.content.offset + at;
        break;
      }
      counted += words;
    }
    const heaviest = mostOverTarget(shares, ["action", "situation", "task", "result"]);
    const over = shares.sections[heaviest];
    const cut =
      over.share > over.target
        ? ` The ${sectionTitle(heaviest)} is ${percent(over.share)} of the story against about ${percent(over.target)}: cut there first.`
        : "";
    report({
      offset: from,
      endOffset: end,
      section: null,
      reason,
      note: `Past three minutes the interviewer stops listening and has no time left for follow-up questions. The underlined words run past the three-minute mark.${cut} Keep one or two details per step; save the rest for their questions.`,
    });
  },
});
