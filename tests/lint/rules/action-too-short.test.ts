import { describe, expect, it } from "vitest";
import { lintStory } from "../../../lib/lint";
import { flagged, rangeOf, story } from "../helpers";

const RULE = "action-too-short";

const words = (text: string) => text.trim().split(/\s+/).length;

const SITUATION = "Nightly exports to our biggest customer failed twice a week.";
const TASK = "I owned the exports that quarter.";
const ACTION = "I read a month of job logs, found the failures were timeouts during the customer's own backups, and added retries with backoff.";
const LONG_RESULT =
  "Failures fell from eight a month to one. The customer's operations lead thanked us in the quarterly review, and the account manager told me the renewal was no longer at risk. My manager asked me to present the retry pattern at the engineering all-hands, and two other teams copied it into their own exports within a month, which I helped them with. Since then the exports have run for two quarters without a missed delivery, support tickets about exports went from about thirty a month to two, and the customer asked us to take over two more of their nightly feeds. Their operations lead now sends our team the backup calendar a month ahead, and the account manager uses the story in renewal talks with other customers who run their own nightly backups.";
const SHORT_RESULT = "Failures fell from eight a month to one.";
const LONG_ACTION = `${ACTION} I moved our run an hour later after agreeing it with their operations lead, added an alert on the third failed attempt so we heard before they did, and wrote a runbook for the on-call engineers, because the old one still described the previous scheduler.`;

describe(RULE, () => {
  it.each([
    { name: "headings, a Result that retells the story", markdown: story("## Situation", SITUATION, "## Task", TASK, "## Action", ACTION, "## Result", LONG_RESULT), line: 6, heavy: "Result" },
    {
      name: "bold labels",
      markdown: story(`**Situation:** ${SITUATION}`, `**Task:** ${TASK}`, `**Action:** ${ACTION}`, `**Result:** ${LONG_RESULT}`),
      line: 3,
      heavy: "Result",
    },
  ])("flags $name", ({ markdown, line, heavy }) => {
    const messages = lintStory(markdown).filter((message) => message.ruleId === RULE);
    expect(messages).toHaveLength(1);
    const [message] = messages;
    expect(message.line).toBe(line);
    expect(markdown.slice(message.offset, message.endOffset)).toBe(ACTION);
    const total = words(SITUATION) + words(TASK) + words(ACTION) + words(LONG_RESULT);
    expect(message.reason).toBe(
      `Your Action is only ${Math.round((words(ACTION) / total) * 100)}% of the story (${words(ACTION)} of ${total} words): make it about half or more, as it is what you are scored on.`,
    );
    expect(message.severity).toBe("info");
    expect(message.section).toBe("action");
    expect(message.note).toContain(`the ${heavy} takes`);
  });

  it.each([
    { name: "an Action with most of the words", markdown: story("## Situation", SITUATION, "## Task", TASK, "## Action", LONG_ACTION, "## Result", SHORT_RESULT) },
    {
      name: "a long setup: setup-longer-than-action speaks instead",
      markdown: story("## Situation", `${SITUATION} ${LONG_RESULT}`, "## Task", TASK, "## Action", ACTION, "## Result", SHORT_RESULT),
    },
    { name: "a short draft", markdown: story("## Situation", SITUATION, "## Task", TASK, "## Action", "I added retries.", "## Result", SHORT_RESULT) },
    {
      name: "a story under 150 words: spoken-length asks for more instead",
      markdown: story("## Situation", SITUATION, "## Task", TASK, "## Action", ACTION, "## Result", LONG_RESULT.split(". ").slice(0, 2).join(". ")),
    },
    { name: "no Action", markdown: story("## Situation", SITUATION, "## Task", TASK, "## Result", LONG_RESULT) },
    { name: "no structure", markdown: `${SITUATION} ${TASK} ${ACTION} ${LONG_RESULT}\n` },
  ])("does not flag $name", ({ markdown }) => {
    expect(flagged(markdown, RULE)).toEqual([]);
  });

  it("is the one imbalance message when the setup is long", () => {
    const markdown = story("## Situation", `${SITUATION} ${LONG_RESULT}`, "## Task", TASK, "## Action", ACTION, "## Result", SHORT_RESULT);
    expect(lintStory(markdown).filter((message) => message.ruleId.endsWith("action") || message.ruleId === RULE).map((m) => m.ruleId)).toEqual([
      "setup-longer-than-action",
    ]);
  });

  it("uses the line and column of the Action's first word", () => {
    const markdown = story("## Situation", SITUATION, "## Task", TASK, "## Action", ACTION, "## Result", LONG_RESULT);
    const [message] = lintStory(markdown).filter((item) => item.ruleId === RULE);
    expect(rangeOf(message)).toBe(`6:1-6:${ACTION.length + 1}`);
  });
});
