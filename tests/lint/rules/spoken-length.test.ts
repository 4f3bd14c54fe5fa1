import { describe, expect, it } from "vitest";
import { lintStory } from "../../../lib/lint";
import { aboutDuration } from "../../../lib/lint/rules/spoken-length";
import { flagged, rangeOf, story } from "../helpers";

const RULE = "spoken-length";

// 15 words each, so word counts are easy to check by hand.
const STEP = "I measured the queue depth every minute and raised the worker count when it grew. ";
const SITUATION = "Our order pipeline fell behind every Monday morning when the weekend backlog arrived at once."; // 15 words
const TASK = "I was asked to clear the Monday backlog before 9 a.m."; // 11 words (a.m. is one word)
const RESULT = "The backlog cleared by 7:40 on every Monday that quarter."; // 11 words (7:40 is two)

function withSteps(steps: number): string {
  return story("## Situation", SITUATION, "## Task", TASK, "## Action", STEP.repeat(steps).trim(), "## Result", RESULT);
}

describe(RULE, () => {
  it("flags a story under a minute over its whole STAR text", () => {
    const markdown = story("**Situation:** Orders fell behind on Mondays.", "**Task:** Clear the backlog.", "**Action:** I added workers.", "**Result:** Cleared by 7:40.");
    const messages = lintStory(markdown).filter((message) => message.ruleId === RULE);
    expect(messages.map(rangeOf)).toEqual(["1:1-4:29"]);
    expect(messages[0].reason).toBe("Your story takes about 5 s to tell (15 words at 150 words per minute): give it 1 to 3 minutes so your steps come through.");
    expect(messages[0].severity).toBe("info");
    expect(messages[0].section).toBeNull();
  });

  it("flags a story over three minutes from the first word past the mark", () => {
    // 15 + 11 + 15 × 32 + 11 = 517 words: 3 min 27 s at 150 wpm. Three minutes are 450 words; 26 come
    // before the Action, so the first word past the mark is the Action's 425th: the 5th of its 29th step.
    const markdown = withSteps(32);
    const messages = lintStory(markdown).filter((message) => message.ruleId === RULE);
    expect(messages).toHaveLength(1);
    const [message] = messages;
    expect(message.reason).toBe("Your story takes about 3 min 30 s to tell (517 words at 150 words per minute): cut it to under 3 minutes, before attention drifts.");
    const actionStart = markdown.indexOf(STEP);
    const expectedStart = actionStart + STEP.length * 28 + "I measured the queue ".length;
    expect(message.offset).toBe(expectedStart);
    expect(message.endOffset).toBe(markdown.indexOf(RESULT) + RESULT.length);
    expect(markdown.slice(message.offset, message.offset + 11)).toBe("depth every");
    expect(message.note).toContain("past the three-minute mark");
  });

  it.each([
    { name: "about two minutes", markdown: withSteps(16) },
    { name: "just under three minutes (450 words)", markdown: withSteps(27) + "" },
    { name: "no STAR structure", markdown: `${SITUATION} ${TASK} ${RESULT}\n` },
    { name: "an empty template", markdown: story("## Situation", "", "## Task", "", "## Action", "", "## Result", "") },
  ])("does not flag $name", ({ markdown }) => {
    expect(flagged(markdown, RULE)).toEqual([]);
  });

  it("reads the speaking rate from the config", () => {
    const markdown = withSteps(16); // 277 words: 1 min 51 s at 150, 2 min 46 s at 100, 55.4 s at 300
    expect(lintStory(markdown, { config: { speakingRate: 100 } }).filter((m) => m.ruleId === RULE)).toEqual([]);
    const fast = lintStory(markdown, { config: { speakingRate: 300 } }).filter((m) => m.ruleId === RULE);
    expect(fast.map((m) => m.reason)).toEqual(["Your story takes about 55 s to tell (277 words at 300 words per minute): give it 1 to 3 minutes so your steps come through."]);
    const slow = lintStory(withSteps(24), { config: { speakingRate: 100 } }).filter((m) => m.ruleId === RULE);
    expect(slow.map((m) => m.reason)).toEqual(["Your story takes about 4 min to tell (397 words at 100 words per minute): cut it to under 3 minutes, before attention drifts."]);
  });

  it("rounds a short estimate down and a long one up, never back into the range", () => {
    expect([aboutDuration(3, "short"), aboutDuration(44, "short"), aboutDuration(59.9, "short")]).toEqual(["about 5 s", "about 40 s", "about 55 s"]);
    expect([aboutDuration(180.4, "long"), aboutDuration(207, "long"), aboutDuration(240, "long")]).toEqual([
      "about 3 min 10 s",
      "about 3 min 30 s",
      "about 4 min",
    ]);
  });
});
