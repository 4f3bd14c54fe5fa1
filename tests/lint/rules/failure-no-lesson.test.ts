import { describe, expect, it } from "vitest";
import { lintStory } from "../../../lib/lint";
import { flagged, story } from "../helpers";

const RULE = "failure-no-lesson";

const invalid: Array<{ name: string; markdown: string; expected: Array<{ range: string }> }> = [
  {
    name: "\"I missed the deadline\" in the Action",
    markdown: story(
      "## Situation",
      "I owned the SSO integration for our largest customer.",
      "## Task",
      "Ship it by the end of the quarter.",
      "## Action",
      "I missed the deadline by two weeks, told the account manager early and shipped the remaining flows behind a flag.",
      "## Result",
      "The customer went live in mid-April and renewed.",
    ),
    expected: [{ range: "8:1-8:49" }],
  },
  {
    name: "\"I made a mistake\" in the Situation",
    markdown: story(
      "**Situation:** In my first month as a lead I made a costly mistake: I approved a schema change without a migration plan.",
      "**Task:** Recover the lost writes.",
      "**Action:** I replayed the write-ahead log into a side table and reconciled it by hand with the support team.",
      "**Result:** We recovered 98% of the writes within a day.",
    ),
    expected: [{ range: "4:13-4:57" }],
  },
  {
    name: "\"my mistake\" and \"I was wrong\"",
    markdown: story(
      "S: I pushed the team to adopt GraphQL for the mobile API.",
      "T: Deliver the new API for the 4.0 app.",
      "A: I was wrong about the caching story; it was my mistake to skip a spike. I moved the hot paths back to REST.",
      "R: The app shipped 3 weeks late.",
    ),
    expected: [{ range: "4:4-4:33" }],
  },
  {
    name: "\"I messed up\" and \"I underestimated\"",
    markdown: story(
      "## Situation",
      "I planned the data-centre exit.",
      "## Task",
      "Move 120 services in one quarter.",
      "## Action",
      "I underestimated the legacy batch jobs and messed up the ordering. Honestly, I messed up the first wave, so I re-planned the rest with each service owner.",
      "## Result",
      "All 120 services moved, one month late.",
    ),
    expected: [{ range: "8:1-8:40" }],
  },
  {
    name: "\"I broke production\"",
    markdown: story(
      "S: I was rolling out a new feature-flag client.",
      "T: Upgrade all services.",
      "A: I broke production for 12 minutes with a null default, rolled back and fixed the client.",
      "R: The rollout finished 2 days later.",
    ),
    expected: [{ range: "4:4-4:38" }],
  },
  {
    name: "\"it was my fault\" and \"I dropped the ball\"",
    markdown: story(
      "- **Situation:** A partner's certificate expired and their integration went down.",
      "- **Task:** Restore it.",
      "- **Action:** I dropped the ball on the renewal reminder; it was my fault. I renewed it in an hour.",
      "- **Result:** The integration was back within 90 minutes.",
    ),
    expected: [{ range: "4:15-4:58" }],
  },
  {
    name: "a failure title in the front matter",
    markdown: story(
      "---",
      "title: \"Failure: the backup nobody tested\"",
      "principles: [ownership]",
      "---",
      "## Situation",
      "Our nightly backups had not been restored in a year.",
      "## Task",
      "Make sure we could recover.",
      "## Action",
      "When a disk died, the restore took 9 hours, so I scripted a weekly restore test.",
      "## Result",
      "Restores now take 40 minutes.",
    ),
    expected: [{ range: "12:1-12:30" }],
  },
  {
    name: "a title about the candidate's own mistake, even after a verb of fixing",
    markdown: story(
      "---",
      "title: Fixed my own mistake in the billing export",
      "---",
      "S: The billing export dropped refunds.",
      "T: Fix it.",
      "A: I patched the export and backfilled 300 refunds.",
      "R: 300 refunds restored.",
    ),
    expected: [{ range: "7:4-7:25" }],
  },
  {
    name: "tagged as a failure in the front matter",
    markdown: story(
      "---",
      "title: The Q3 data migration",
      "tags: [failure, migrations]",
      "---",
      "S: The billing data had to move to the new warehouse.",
      "T: Move it by 1 October.",
      "A: The cutover slipped twice while I chased data quality issues.",
      "R: It moved on 20 October.",
    ),
    expected: [{ range: "8:4-8:27" }],
  },
  {
    name: "a heading presents the story as a failure",
    markdown: story(
      "# My biggest mistake",
      "## Situation",
      "A price change went live without review.",
      "## Task",
      "Undo the damage.",
      "## Action",
      "I reverted the prices and emailed the affected customers.",
      "## Result",
      "We refunded 312 orders.",
    ),
    expected: [{ range: "9:1-9:24" }],
  },
  {
    name: "\"I failed to\", with a lesson-free Result in a story with inline labels",
    markdown:
      "Situation: I led the hiring for our platform team. Task: hire 4 engineers in a quarter. Action: I failed to calibrate the interviewers and we lost two strong candidates. Result: we hired 2 of 4.\n",
    expected: [{ range: "1:179-1:195" }],
  },
];

const valid: Array<{ name: string; markdown: string }> = [
  {
    name: "\"What stuck with me\" (good-stories 114)",
    markdown: story(
      "S: I launched a delivery pilot.",
      "T: I owned its numbers.",
      "A: I kept it going two months too long. That was my mistake.",
      "R: Leadership closed two stores. What stuck with me is to set the stop condition before a pilot starts.",
    ),
  },
  {
    name: "\"since, I have\" after the thing that changed (good-stories 114)",
    markdown: story(
      "S: I launched a delivery pilot.",
      "T: I owned its numbers.",
      "A: I kept it going two months too long. That was my mistake.",
      "R: Leadership closed two stores. For every pilot since, I have written down the number that would end it.",
    ),
  },
  {
    name: "a standing rule as the lesson: \"The rule I follow now\" (good-stories 98)",
    markdown: story(
      "S: I forecast £2.4m for Q3.",
      "T: The forecast was mine.",
      "A: I was wrong about two tenders, and I rang the sales director the same day.",
      "R: The region closed £1.74m. The rule I follow now: no deal goes above 50% until I have spoken to the person who signs.",
    ),
  },
  {
    name: "\"I learned\" in the Result",
    markdown: story(
      "S: I owned the SSO integration.",
      "T: Ship it this quarter.",
      "A: I missed the deadline by two weeks.",
      "R: The customer went live in April. I learned to spike unknown protocols in the first week.",
    ),
  },
  {
    name: "\"since then I\" and \"now I\"",
    markdown: story(
      "## Situation",
      "I planned the data-centre exit.",
      "## Task",
      "Move 120 services.",
      "## Action",
      "I underestimated the batch jobs.",
      "## Result",
      "All 120 moved, one month late. Since then I map every batch job before I estimate, and now I add a 20% buffer.",
    ),
  },
  {
    name: "\"next time\" and \"going forward\"",
    markdown: story(
      "S: I made a mistake in the launch plan.",
      "T: Launch the app.",
      "A: I fixed the plan.",
      "R: We launched 1 week late. Next time I will book the app-store review first, and going forward the team does too.",
    ),
  },
  {
    name: "\"taught me\" and \"lesson\"",
    markdown: story(
      "S: I broke production with a bad flag default.",
      "T: Restore service.",
      "A: I rolled back in 12 minutes.",
      "R: Service was back in 12 minutes. The lesson, and what it taught me, was to test defaults.",
    ),
  },
  {
    name: "\"I would do it differently\" and \"in hindsight\"",
    markdown: story(
      "S: I was wrong about GraphQL.",
      "T: Ship the API.",
      "A: I moved the hot paths back to REST.",
      "R: The app shipped 3 weeks late. In hindsight I would run a spike first.",
    ),
  },
  {
    name: "someone else's failure in the Situation",
    markdown: story(
      "## Situation",
      "The vendor failed to deliver the SDK on time, and the contractor missed the deadline for the designs.",
      "## Task",
      "Ship the app anyway.",
      "## Action",
      "I wrapped the old SDK behind an interface.",
      "## Result",
      "We launched on 3 March.",
    ),
  },
  {
    name: "systems failing: \"the build failed\", \"a failed deploy\"",
    markdown: story(
      "S: The build failed every night and a failed deploy took checkout down.",
      "T: Fix the pipeline.",
      "A: I split the build and added a canary.",
      "R: Nightly failures fell from 7 a week to 0.",
    ),
  },
  {
    name: "the lesson in the Action's last sentence",
    markdown: story(
      "## Situation",
      "I owned the SSO integration.",
      "## Task",
      "Ship it this quarter.",
      "## Action",
      "I missed the deadline by two weeks and told the customer early. It taught me to spike unknown protocols first.",
      "## Result",
      "The customer went live in April.",
    ),
  },
  {
    name: "\"I broke the work down\", \"I failed over the database\"",
    markdown: story(
      "S: The primary database was degraded.",
      "T: Keep orders flowing.",
      "A: I broke the work down into three steps, I broke the monolith's writes into two queues and I failed over the database to the replica.",
      "R: Orders kept flowing; 0 were lost.",
    ),
  },
  {
    name: "fears and conditions: \"in case I was wrong\", \"if I missed the deadline\"",
    markdown: story(
      "S: The launch date was fixed.",
      "T: Ship on time.",
      "A: I kept a rollback ready in case I was wrong, and I told my manager that if I missed the deadline we would cut scope.",
      "R: We shipped on the date.",
    ),
  },
  {
    name: "\"we failed\" is not read as the candidate's own failure",
    markdown: story(
      "S: We failed to hit the first launch date.",
      "T: Hit the second one.",
      "A: I re-planned the work.",
      "R: We shipped on the second date.",
    ),
  },
  {
    name: "quoted and code failures",
    markdown: story(
      'S: My manager said "I made a mistake hiring that vendor" in the kickoff.',
      "T: Replace the vendor.",
      "A: I wrote the `i_failed` metric and migrated the jobs.",
      "R: The migration finished in 3 weeks.",
    ),
  },
  {
    name: "no Result: star-missing-section's business",
    markdown: story("## Situation", "I missed the deadline.", "## Task", "Ship.", "## Action", "I shipped it late."),
  },
  {
    name: "a front matter title about someone else's mistake, odd tags and broken YAML",
    markdown: story(
      "---",
      "title: Fixed a customer's mistake in their config",
      "tags: 42",
      "---",
      "S: A customer misconfigured SSO.",
      "T: Restore their logins.",
      "A: I fixed their config.",
      "R: Logins were back in 20 minutes.",
    ),
  },
  {
    name: "broken front matter is ignored",
    markdown: story("---", "title: [unclosed", "tags: {failure", "---", "S: x", "T: y", "A: I cached.", "R: 60 ms."),
  },
  {
    name: "not failures: \"my error budget\", \"my manager argued I was wrong\", \"I broke the logjam\", \"none of this was my fault\"",
    markdown: story(
      "S: My error budget for the quarter was almost spent, and none of this was my fault.",
      "T: Stop the bleeding.",
      "A: My manager argued that I was wrong about the cause, so I broke the logjam with a one-day experiment and my fault tolerance review.",
      "R: Errors fell by 70% in 2 weeks.",
    ),
  },
  {
    // tests/lint/good-stories/55-pricing-mistake-caught.md: a mistake the candidate caught is a bar held.
    name: "a title about a mistake the candidate caught, found or prevented",
    markdown: story(
      "---",
      "title: Caught a pricing mistake before it reached two million customers",
      "---",
      "## Situation",
      "A tariff change for 2.1 million customers was due to go live.",
      "## Task",
      "Sign off the billing test.",
      "## Action",
      "I ran a full parallel bill run and found 61,000 legacy accounts priced wrongly, so I delayed go-live one cycle.",
      "## Result",
      "It went live with zero billing errors.",
    ),
  },
  {
    // tests/lint/good-stories/57-failure-took-from.md
    name: "\"what I took from it\" states the lesson",
    markdown: story(
      "S: I had committed to a warehouse migration by the end of Q2.",
      "T: The estimate was mine.",
      "A: I underestimated the work and told finance six weeks before the deadline, with a two-phase plan.",
      "R: It finished on 24 September. What I took from it is that I size migrations by their dependencies, not their tables.",
    ),
  },
];

describe(RULE, () => {
  it.each(invalid.map((testCase) => [testCase.name, testCase] as const))("flags: %s", (_name, testCase) => {
    expect(flagged(testCase.markdown, RULE)).toEqual(testCase.expected);
  });
  it.each(valid.map((testCase) => [testCase.name, testCase] as const))("does not flag: %s", (_name, testCase) => {
    expect(flagged(testCase.markdown, RULE)).toEqual([]);
  });

  it("covers the Result's text, as a warning, without actual", () => {
    const [message] = lintStory(invalid[0].markdown).filter((item) => item.ruleId === RULE);
    expect(message.severity).toBe("warning");
    expect(message.section).toBe("result");
    expect(message.actual).toBeUndefined();
    expect(invalid[0].markdown.slice(message.offset, message.endOffset)).toBe("The customer went live in mid-April and renewed.");
  });
});
