import {
  FAILURE_NOT_REAL_BEFORE,
  FAILURE_TAG_WORDS,
  FAILURE_TITLES,
  FIRST_PERSON_FAILURES,
  LESSON_PATTERNS,
} from "../patterns/failure-words";
import type { StoryContext } from "../context";
import { defineStoryRule } from "../rule";
import { insideAny, overlapsAny, quotedRanges } from "../text";

const START = String.raw`(?<![\p{L}\p{N}_'’-])`;
const END = String.raw`(?![\p{L}\p{N}_])`;
const FIRST_PERSON_FAILURE = new RegExp(`${START}(?:${FIRST_PERSON_FAILURES.join("|")})${END}`, "giu");
/** The same phrases, tested once on a title (not global: no lastIndex state). */
const FIRST_PERSON_FAILURE_IN_TITLE = new RegExp(FIRST_PERSON_FAILURE.source, "iu");
const FAILURE_TITLE = new RegExp(`(?:${FAILURE_TITLES.join("|")})${END}`, "iu");
const NOT_REAL = new RegExp(`${START}(?:${FAILURE_NOT_REAL_BEFORE})${END}`, "iu");
const LESSON = new RegExp(`${START}(?:${LESSON_PATTERNS.join("|")})${END}`, "iu");
/** A word every first-person failure phrase contains: one cheap pass before the phrases are read. */
const FAILURE_ANCHOR = /fail|mistake|blunder|fault|missed|wrong|messed|screwed|fouled|underestimat|misjudg|overcommit|overpromis|botch|broke|the ball|to blame/i;
/** Cheap test on the raw front matter before parsing it: most stories are not failure stories. */
const FRONT_MATTER_HINT = /fail|mistake|wrong|mess|fault|botch|lesson|ball|underestimat|misjudg|broke|screw/i;
/** Sentences at the end of the Action read for a lesson told there instead of in the Result. */
const ACTION_TAIL_SENTENCES = 2;
const CLAUSE_LOOKBACK = 60;

function clauseBefore(text: string, index: number): string {
  const window = text.slice(Math.max(0, index - CLAUSE_LOOKBACK), index);
  const cut = Math.max(...[".", "!", "?", ";", ",", ":", "—", "–"].map((mark) => window.lastIndexOf(mark)));
  return window.slice(cut + 1);
}

/** The front matter's `title` and `tags`, read defensively: anything that is not a string is ignored. */
function frontMatterFields(context: StoryContext): { title: string; tags: string[] } {
  const empty = { title: "", tags: [] };
  const yaml = context.doc.frontMatter;
  if (!yaml || !FRONT_MATTER_HINT.test(yaml)) return empty;
  const record = context.frontMatterData();
  if (!record || Array.isArray(record)) return empty;
  const title = typeof record.title === "string" ? record.title : "";
  const rawTags = record.tags;
  const list = typeof rawTags === "string" ? rawTags.split(/[,\s]+/) : Array.isArray(rawTags) ? rawTags : [];
  return { title, tags: list.filter((tag): tag is string => typeof tag === "string") };
}

/** True when the candidate says, in their own voice, that they failed (outside quotes, block quotes and code). */
function toldInFirstPerson(context: StoryContext): boolean {
  const { doc } = context;
  if (!FAILURE_ANCHOR.test(doc.mask)) return false;
  for (const block of doc.textBlocks) {
    if (block.inBlockquote || block.end <= doc.bodyStart) continue;
    const text = doc.mask.slice(block.start, block.end);
    let quotes: Array<{ offset: number; endOffset: number }> | null = null;
    FIRST_PERSON_FAILURE.lastIndex = 0;
    for (let hit = FIRST_PERSON_FAILURE.exec(text); hit; hit = FIRST_PERSON_FAILURE.exec(text)) {
      if (NOT_REAL.test(clauseBefore(text, hit.index))) continue;
      quotes ??= quotedRanges(text);
      if (insideAny(quotes, hit.index, hit.index + hit[0].length)) continue;
      const offset = block.start + hit.index;
      if (overlapsAny(doc.codeRanges, offset, offset + hit[0].length)) continue;
      return true;
    }
  }
  return false;
}

function isFailureStory(context: StoryContext): boolean {
  const { doc } = context;
  for (const heading of doc.headings) {
    if (FAILURE_TITLE.test(doc.mask.slice(heading.start, heading.end))) return true;
  }
  if (toldInFirstPerson(context)) return true;
  const { title, tags } = frontMatterFields(context);
  if (title && (FAILURE_TITLE.test(title) || FIRST_PERSON_FAILURE_IN_TITLE.test(title))) return true;
  return tags.some((tag) => FAILURE_TAG_WORDS.some((word) => tag.toLowerCase().includes(word)));
}

/** True when the story states a lesson where one belongs: the Result and anything after it, or the
 * Action's last sentences. */
function statesLesson(context: StoryContext): boolean {
  const { doc, sections } = context;
  const result = sections.result;
  if (result && LESSON.test(doc.mask.slice(result.content.offset))) return true;
  const action = context.sentences("action");
  return action.slice(-ACTION_TAIL_SENTENCES).some((sentence) => LESSON.test(sentence.text));
}

/**
 * `failure-no-lesson`: a failure story whose Result states no lesson or changed behaviour. A failure
 * story is one titled or headed as one ("My biggest mistake"), tagged `failure` / `mistake` in the
 * front matter, or told as one in the first person ("I missed the deadline", "my mistake", "I
 * underestimated"). A lesson is "I learned", "lesson", "since then I", "now I", "next time",
 * "going forward", "taught me", "I would do differently", "in hindsight" … in the Result or after
 * it; one in the Action's last two sentences also counts (it is stated, just early). Not a failure
 * story: other people's or systems' failures ("the vendor failed to deliver", "the build failed"),
 * "we failed", fears and conditions ("in case I was wrong"), quotes and code. One message on the
 * Result's text; a story without a Result is star-missing-section's business.
 */
export const failureNoLesson = defineStoryRule({
  id: "failure-no-lesson",
  severity: "warning",
  summary: "A failure story whose Result never says what you learned or do differently now.",
  docs: {
    description:
      'Reports the Result of a failure story that states no lesson. A story is a failure story when its title (front matter `title:`) or a heading presents it as one ("My biggest mistake", "Failure: the lost backup"), when its front matter `tags:` include `failure` or `mistake`, or when the candidate says so in the first person ("I failed", "I made a mistake", "my mistake", "I missed the deadline", "I was wrong", "I messed up", "I underestimated", "I broke production", "it was my fault", "I dropped the ball"). A lesson is "I learned", "lesson", "takeaway", "since then I", "now I", "I now", "from then on", "going forward", "next time", "I changed how I", "I started …ing", "I\'ve since", "taught me", "I would do differently", "in hindsight", "these days I", "ever since", "what stuck with me", "the rule I follow now", in the Result or after it; a lesson in the last two sentences of the Action also counts. Other people\'s or systems\' failures ("the vendor failed to deliver", "the build failed") do not make a failure story.',
    examples: [
      {
        title: "A first-person failure with no lesson in the Result is flagged",
        markdown:
          "## Situation\nI owned the Q3 billing migration for our 40 enterprise accounts.\n## Task\nMove every account to the new invoice engine by 1 October.\n## Action\nI underestimated the data cleanup and missed the cutover, so I told my manager, split the accounts into two waves and ran the second wave myself.\n## Result\nAll 40 accounts moved, 9 days late.\n",
        messages: [
          {
            range: "8:1-8:36",
            reason: "Your failure story has no lesson in the Result: say what you learned and what you do differently now.",
          },
        ],
      },
      {
        title: "A failure title in the front matter makes it a failure story",
        markdown:
          '---\ntitle: "My biggest mistake: the unreviewed migration"\n---\n**Situation:** A schema change locked the orders table for 20 minutes.\n**Task:** Restore service.\n**Action:** I killed the migration and restored from the replica.\n**Result:** Orders were back within 35 minutes.\n',
        messages: [{ range: "7:13-7:48" }],
      },
      {
        title: "A failure tag in the front matter makes it a failure story",
        markdown:
          "---\ntitle: The Q3 data migration\ntags: [failure, migrations]\n---\nS: The billing data had to move to the new warehouse.\nT: Move it by 1 October.\nA: The cutover slipped twice while I chased data-quality issues.\nR: It moved on 20 October.\n",
        messages: [{ range: "8:4-8:27" }],
      },
      {
        title: "A failure story that ends with its lesson is not flagged",
        markdown:
          "## Situation\nI owned the Q3 billing migration for our 40 enterprise accounts.\n## Task\nMove every account to the new invoice engine by 1 October.\n## Action\nI underestimated the data cleanup and missed the cutover, so I told my manager and split the accounts into two waves.\n## Result\nAll 40 accounts moved, 9 days late. Since then I run a data audit in the first week of every migration.\n",
        messages: [],
      },
      {
        title: "A lesson in the Action's last sentences still counts",
        markdown:
          "S: I owned the SSO integration.\nT: Ship it this quarter.\nA: I missed the deadline by two weeks and told the customer early. It taught me to spike unknown protocols in the first week.\nR: The customer went live in April.\n",
        messages: [],
      },
      {
        title: "Other people's and systems' failures do not make a failure story",
        markdown:
          "S: The vendor failed to deliver the SDK and the nightly build failed twice.\nT: Ship the app anyway.\nA: I wrapped the old SDK behind an interface.\nR: We launched on 3 March, on schedule.\n",
        messages: [],
      },
    ],
  },
  check(context, report) {
    const result = context.sections.result;
    if (!result || result.words === 0) return;
    if (statesLesson(context) || !isFailureStory(context)) return;
    report({
      offset: result.content.offset,
      endOffset: result.content.endOffset,
      section: "result",
      reason: "Your failure story has no lesson in the Result: say what you learned and what you do differently now.",
      note: 'After "tell me about a time you failed" the interviewer listens for what you learned. End the Result with the lesson and the habit it changed, e.g. "since then I run a data audit in the first week of every migration".',
    });
  },
});
