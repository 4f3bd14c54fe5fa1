import { fillers } from "fillers";
import { hedges } from "hedges";
import { weasels } from "weasels";
import { describe, expect, it } from "vitest";
import { lintStory } from "../../../lib/lint";
import { HEDGE_WORDS, NOUN_OF_PHRASES, OPINION_VERBS, RESULT_ONLY_HEDGES } from "../../../lib/lint/patterns/hedge-words";
import { VAGUE_OUTCOME_PHRASES } from "../../../lib/lint/patterns/vague-words";
import { flagged, story } from "../helpers";

const RULE = "hedge-words";

const invalid: Array<{ name: string; markdown: string; expected: Array<{ range: string; actual: string }> }> = [
  {
    name: "headed story: opinion verb, kind of, probably",
    markdown: story(
      "## Situation",
      "Checkout p99 was 800 ms during the evening peak.",
      "## Task",
      "Get it under 200 ms before the holiday freeze.",
      "## Action",
      "I think the inventory lookup was the problem, so I kind of rewrote it as one batched query.",
      "## Result",
      "p99 probably fell to 60 ms.",
    ),
    expected: [
      { range: "6:1-6:8", actual: "I think" },
      { range: "6:52-6:59", actual: "kind of" },
      { range: "8:5-8:13", actual: "probably" },
    ],
  },
  {
    name: "hedges in the Task",
    markdown: story(
      "**Situation:** Two teams owned the same queue.",
      "**Task:** My job was probably to pick one owner, I guess, and maybe write the runbook.",
      "**Action:** I mapped every consumer.",
      "**Result:** One owner, 0 orphaned alerts.",
    ),
    expected: [
      { range: "2:22-2:30", actual: "probably" },
      { range: "2:50-2:57", actual: "I guess" },
      { range: "2:63-2:68", actual: "maybe" },
    ],
  },
  {
    name: '"might have" and "seems" doubt the Result',
    markdown: story(
      "S: Manual releases.",
      "T: Automate them.",
      "A: I wrote the release pipeline.",
      "R: It might have saved 2 hours a week, and the fix seems to hold.",
    ),
    expected: [
      { range: "4:7-4:17", actual: "might have" },
      { range: "4:52-4:57", actual: "seems" },
    ],
  },
  {
    name: '"tried to" with no word on how it went',
    markdown: story(
      "S: 40-minute builds.",
      "T: Get them under 10.",
      "A: I tried to cache the dependencies and attempted to split the test suite.",
      "R: Builds take 8 minutes.",
    ),
    expected: [
      { range: "3:6-3:14", actual: "tried to" },
      { range: "3:42-3:54", actual: "attempted to" },
    ],
  },
  {
    name: "sort of before a verb, perhaps, somewhat, possibly",
    markdown: story(
      "S: Flaky deploys.",
      "T: Make them safe.",
      "A: The canary sort of worked, perhaps because I somewhat simplified the config, possibly removing 200 lines.",
      "R: 0 failed deploys in May.",
    ),
    expected: [
      { range: "3:15-3:22", actual: "sort of" },
      { range: "3:31-3:38", actual: "perhaps" },
      { range: "3:49-3:57", actual: "somewhat" },
      { range: "3:81-3:89", actual: "possibly" },
    ],
  },
  {
    name: "hopefully and we think in the Result",
    markdown: story(
      "## Situation",
      "3 a.m. pages every week.",
      "## Task",
      "Stop them.",
      "## Action",
      "I rewrote the alert rules.",
      "## Result",
      "Hopefully the new dashboards stop the pages. We think it saved $40k.",
    ),
    expected: [
      { range: "8:1-8:10", actual: "Hopefully" },
      { range: "8:46-8:54", actual: "We think" },
    ],
  },
  {
    name: '"I believe" as a hedge, in bullets',
    markdown: story(
      "**Situation:** Errors spiked after the SDK upgrade.",
      "**Task:** Find the cause.",
      "**Action:**",
      "- I believe the retry storm came from the new SDK.",
      "- I pinned the old version more or less everywhere.",
      "**Result:** Errors fell by half.",
    ),
    expected: [
      { range: "4:3-4:12", actual: "I believe" },
      { range: "5:28-5:40", actual: "more or less" },
    ],
  },
  {
    name: "apparently and presumably in inline labels",
    markdown:
      "Situation: the queue backed up. Task: drain it. Action: apparently the consumer was stuck, so I restarted it. Result: presumably no messages were lost.\n",
    expected: [
      { range: "1:57-1:67", actual: "apparently" },
      { range: "1:119-1:129", actual: "presumably" },
    ],
  },
];

const valid: Array<{ name: string; markdown: string }> = [
  {
    name: "\"tried to\" with the number of attempts told (good-stories 126)",
    markdown: story("S: x", "T: y", "A: I tried to reach the carrier's account manager three times and got through on the fourth call.", "R: 1,100 parcels released."),
  },
  {
    name: "reported speech and quotes",
    markdown: story("S: x", "T: y", 'A: My manager said "maybe next quarter", so I built a prototype that week.', "R: Shipped in 2 weeks."),
  },
  {
    name: "the Situation may describe uncertainty",
    markdown: story("S: Nobody knew why; maybe it was the cache, probably the GC, I think.", "T: Find the cause.", "A: I profiled the heap.", "R: GC pauses fell 90%."),
  },
  {
    name: "kind of and sort of as noun phrases",
    markdown: story("S: x", "T: Find what kind of load broke it.", "A: I built a new kind of cache for the same sort of data.", "R: What sort of traffic it serves: 40k rps."),
  },
  {
    name: "opinion verbs as objects, convictions and narration",
    markdown: story("S: x", "T: y", "A: I wrote down what I think about the design. I believe in small PRs. I thought the cache was cold, so I checked it.", "R: 3 fixes shipped."),
  },
  {
    name: "probability, and might as a noun",
    markdown: story("S: x", "T: y", "A: I modelled the probability of a timeout.", "R: We pushed with all our might and cut timeouts to 0.1%."),
  },
  {
    name: "hedges in code",
    markdown: story("S: x", "T: y", "A: I removed the `maybe_retry` flag and the `probably_stale` check.", "R: 2 flags gone."),
  },
  {
    name: "quantities, intensifiers and vague outcomes are other rules' business",
    markdown: story("S: x", "T: y", "A: It took about 3 weeks, around 40 services and most teams; many were very old.", "R: Several teams significantly improved, a few by various amounts."),
  },
  {
    name: "might and seemed in the Action name a risk or what you saw",
    markdown: story("S: x", "T: y", "A: I worried the migration might corrupt data, so I added checksums. The logs seemed fine, so I profiled the heap.", "R: 0 corrupt rows."),
  },
  {
    name: "tried to, then told how it went",
    markdown: story("S: x", "T: y", "A: I tried to reproduce it locally but couldn't, so I added logging in production.", "R: Root cause found in 2 days."),
  },
  {
    name: "a combined Situation & Task label is read as the Situation",
    markdown: story("**Situation & Task:** Maybe the cache was the problem; I had to find out.", "**Action:** I profiled it.", "**Result:** p99 fell 40%."),
  },
  {
    name: "hedges in a blockquote",
    markdown: story("## Situation", "x", "## Task", "y", "## Action", "> Perhaps we should wait, I think.", "", "I shipped it behind a flag.", "## Result", "0 incidents."),
  },
  {
    name: "a reflection may be soft",
    markdown: story("S: x", "T: y", "A: I shipped it behind a flag.", "R: p99 fell 40%. Looking back, I think I should have involved QA earlier, and maybe I would have caught the bug."),
  },
  {
    name: "someone else tried to",
    markdown: story("S: x", "T: y", "A: Customers tried to pay twice, so I made the endpoint idempotent.", "R: Fewer users tried to contact support: tickets fell 30%."),
  },
  {
    name: "no STAR structure",
    markdown: "I think it probably kind of worked.\n",
  },
];

describe(RULE, () => {
  it.each(invalid.map((testCase) => [testCase.name, testCase] as const))("flags: %s", (_name, testCase) => {
    expect(flagged(testCase.markdown, RULE)).toEqual(testCase.expected);
  });
  it.each(valid.map((testCase) => [testCase.name, testCase] as const))("does not flag: %s", (_name, testCase) => {
    expect(flagged(testCase.markdown, RULE)).toEqual([]);
  });

  it("keeps only entries that retext-intensify's lists really have", () => {
    const lists = new Set([...hedges, ...weasels, ...fillers]);
    for (const phrase of [...HEDGE_WORDS, ...NOUN_OF_PHRASES, ...OPINION_VERBS, ...RESULT_ONLY_HEDGES]) expect(lists.has(phrase), phrase).toBe(true);
  });

  it("never reports a phrase vague-outcome owns", () => {
    const vague = new RegExp(`^(?:${VAGUE_OUTCOME_PHRASES.join("|")})$`, "i");
    for (const phrase of [...HEDGE_WORDS, ...NOUN_OF_PHRASES, ...RESULT_ONLY_HEDGES]) expect(vague.test(phrase), phrase).toBe(false);
  });

  it("reports section, severity, reason and note, and offers no automatic fix", () => {
    const messages = lintStory(invalid[3].markdown).filter((message) => message.ruleId === RULE);
    expect(messages[0]).toMatchObject({
      section: "action",
      severity: "warning",
      reason: '"tried to" in your Action leaves the interviewer asking if it worked: say what you did and what came of it.',
    });
    expect(messages[0].note).toContain("did it work");
    const [task] = lintStory(invalid[1].markdown).filter((message) => message.ruleId === RULE);
    expect(task.reason).toBe('"probably" in your Task sounds unsure: say plainly what you did or knew.');
    expect(messages.every((message) => message.expected === undefined)).toBe(true);
  });
});
