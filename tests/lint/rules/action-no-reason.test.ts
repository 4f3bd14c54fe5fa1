import { describe, expect, it } from "vitest";
import { lintStory } from "../../../lib/lint";
import { ACTION_NO_REASON_MIN_WORDS } from "../../../lib/lint/rules/action-no-reason";
import { flagged, story } from "../helpers";

const RULE = "action-no-reason";

const invalid: Array<{ name: string; markdown: string; expected: Array<{ range: string }> }> = [
  {
    name: "headed story, a list of steps",
    markdown: story(
      "## Situation",
      "Search results went stale for hours after a catalogue update.",
      "## Task",
      "I owned the indexing pipeline.",
      "## Action",
      "I traced one stale product through the pipeline and found the indexer skipping partial updates. I rewrote the change listener, added a replay command for missed events and backfilled the last month. Then I added a dashboard for index lag and an alert at ten minutes.",
      "## Result",
      "Index lag fell from 4 hours to 3 minutes.",
    ),
    expected: [{ range: "6:1-6:267" }],
  },
  {
    name: "bold labels, the Action over two paragraphs",
    markdown: story(
      "**Situation:** Our Android app crashed on launch for 2% of users after the 5.3 release.",
      "",
      "**Task:** I was the release owner that week.",
      "",
      "**Action:** I pulled the crash reports and grouped them by device. Every crash came from one vendor's phones running an old WebView.",
      "",
      "I reproduced it on a borrowed device, patched the WebView check and shipped a hotfix through the staged rollout. I also wrote up the timeline for the team.",
      "",
      "**Result:** Crashes went back to 0.1% within a day.",
    ),
    expected: [{ range: "5:13-7:156" }],
  },
  {
    name: "bullets under the Action label",
    markdown: story(
      "- **Situation:** Month-end close took the finance team five days.",
      "- **Task:** Cut it to two.",
      "- **Action:**",
      "  - I sat with two accountants for a full close and wrote down every manual step.",
      "  - I scripted the three bank reconciliations and the ledger export.",
      "  - I set up a nightly job that flags mismatched invoices and posts them in their channel.",
      "- **Result:** The close now takes a day and a half.",
    ),
    expected: [{ range: "4:3-6:91" }],
  },
  {
    name: "inline labels on one line",
    markdown:
      "Situation: the public API had no rate limits. Task: add them before the partner launch. Action: I measured traffic per key for a week, picked limits per plan tier, built the limiter in the gateway, rolled it out in shadow mode for a week and then turned on enforcement for the free tier first, with the paid tiers a week later. Result: no partner hit a limit in launch week.\n",
    expected: [{ range: "1:97-1:328" }],
  },
  {
    name: "temporal \"since\" is not a reason",
    markdown: story(
      "## Situation",
      "The payroll export had failed every month since March.",
      "## Task",
      "Make it reliable.",
      "## Action",
      "The job had been failing since the spring reorg, and nobody had owned it since then. I read the logs since 2 April, found the expired service account, rotated the credentials and moved the secret into the vault. I added a monthly dry run two days before payroll.",
      "## Result",
      "Three clean months in a row.",
    ),
    expected: [{ range: "6:1-6:263" }],
  },
  {
    name: "\"to\" as a preposition and after control verbs is not a purpose",
    markdown: story(
      "## Situation",
      "A customer reported duplicate charges.",
      "## Task",
      "Find the cause.",
      "## Action",
      "I decided to rewrite the retry handler. I talked to the payments lead, moved the idempotency keys to the new cluster and escalated to the card network. I had to rerun the settlement for two days and I sent the report to Priya.",
      "## Result",
      "Duplicates stopped; 41 customers were refunded.",
    ),
    expected: [{ range: "6:1-6:227" }],
  },
  {
    name: "\"so far\", \"and so on\" and \"as\" are not reasons",
    markdown: story(
      "S: Our design system had drifted across 6 apps.",
      "T: Bring them back in line.",
      "A: As the most senior front-end engineer I audited every app, listed the colours, spacing, buttons and so on, and published a token package. So far I have migrated four apps myself and paired with the owners of the other two as soon as they had time.",
      "R: Four of six apps use the tokens.",
    ),
    expected: [{ range: "3:4-3:251" }],
  },
  {
    name: "a process change told as steps only",
    markdown: story(
      "## Situation",
      "Our staging environment was down about once a week.",
      "## Task",
      "I led the fix.",
      "## Action",
      "I listed every outage from the past quarter with its trigger. I moved staging onto its own database, set up nightly rebuilds from a snapshot and wrote a one-page guide for the teams. I ran a short demo at the engineering sync.",
      "## Result",
      "Staging has been down once in 3 months.",
    ),
    expected: [{ range: "6:1-6:227" }],
  },
  {
    name: "\"to\" after verbs that take a person: \"asked Priya to review\", \"told the team to pause\"",
    markdown: story(
      "## Situation",
      "Our mobile release train kept slipping.",
      "## Task",
      "Get the 6.0 release out.",
      "## Action",
      "I asked Priya to review the release notes and told the whole team to pause the feature merges. I used to review every build myself, and I helped to onboard the two new testers. I cut the release branch on Monday.",
      "## Result",
      "6.0 shipped on 14 June.",
    ),
    expected: [{ range: "6:1-6:213" }],
  },
];

const valid: Array<{ name: string; markdown: string }> = [
  {
    name: "British \"as\" for \"because\" after a comma (good-stories 127)",
    markdown: story(
      "**Situation:** The school boiler failed overnight in January.",
      "**Task:** Keep the school open safely.",
      "**Action:** I moved the youngest classes into the warm rooms first, as small children get cold fastest. I hired eight heaters from a local firm, as they could deliver within the hour. I checked the temperature in every room by 7:15, as the readings varied across the old building and the new wing.",
      "**Result:** 371 of 420 pupils came in.",
    ),
  },
  {
    name: "\"because\"",
    markdown: story(
      "## Situation",
      "Search results went stale for hours after a catalogue update.",
      "## Task",
      "I owned the indexing pipeline.",
      "## Action",
      "I traced one stale product through the pipeline and found the indexer skipping partial updates. I rewrote the change listener first, because every other fix depended on getting the events right. Then I added a replay command and a dashboard for index lag.",
      "## Result",
      "Index lag fell from 4 hours to 3 minutes.",
    ),
  },
  {
    name: "\"since\" as a reason",
    markdown: story(
      "S: The read replica lagged during peaks.",
      "T: Keep the reports correct.",
      "A: Since the replica could lag by minutes, I pointed the end-of-day reports at the primary and moved the dashboards to a cached snapshot. I added a lag alert, documented the change for the analysts and reviewed it with the DBA.",
      "R: No wrong report in 6 months.",
    ),
  },
  {
    name: "\"so the team could\" and \"so that\"",
    markdown: story(
      "S: Releases were manual.",
      "T: Automate them.",
      "A: I wrote a pipeline that tagged, built, tested and published each release, and posted the changelog in the team channel so the support team could answer questions the same day. I kept the old checklist for a month as a fallback and collected every step the pipeline missed.",
      "R: Releases take 25 minutes instead of 6 hours.",
    ),
  },
  {
    name: "\"in order to\"",
    markdown: story(
      "S: Our on-call rotation burned people out.",
      "T: Fix the rotation.",
      "A: I interviewed all eight engineers on the rotation, listed every page from the last quarter and deleted the alerts that nobody acted on. In order to spread the load, I split the rotation into a primary and a secondary and wrote a handover template.",
      "R: Pages per shift fell from 9 to 2.",
    ),
  },
  {
    name: "a purpose infinitive after an object: \"to cut\", \"to avoid\"",
    markdown: story(
      "## Situation",
      "Checkout read the product catalogue on every request.",
      "## Task",
      "Halve the database load before the sale.",
      "## Action",
      "I profiled a day of traffic and found the catalogue reads at the top. I added a read-through cache with a five-minute TTL to cut the reads, and a version key per product to avoid serving stale prices. I load-tested it with a replay of last year's sale.",
      "## Result",
      "Database CPU fell from 80% to 35%.",
    ),
  },
  {
    name: "a purpose infinitive with any verb: \"to handle the\", \"to spread the\"",
    markdown: story(
      "S: Our payment webhooks failed for 3% of events.",
      "T: Make them reliable.",
      "A: I added a retry queue to handle the flaky partner network and wrote a replay tool for the support team. I paired with Sam on the consumer to spread the knowledge beyond me, and documented the failure modes in the runbook.",
      "R: Failed webhooks fell from 3% to 0.05%.",
    ),
  },
  {
    name: "a purpose clause after a comma",
    markdown: story(
      "S: The mobile build took 40 minutes.",
      "T: Get it under 10.",
      "A: I profiled the build graph and found two modules rebuilt on every change. I split them into their own targets and turned on the remote cache for the whole team, to keep the release on schedule. Then I wrote a short guide and walked the team through it.",
      "R: Builds take 8 minutes.",
    ),
  },
  {
    name: "a sentence that opens with a purpose",
    markdown: story(
      "S: We had to move 2 TB of orders to a new database.",
      "T: I owned the cutover.",
      "A: To de-risk the cutover, I ran the copy three times against a snapshot and timed each run. I wrote a checklist for the night, set up dual writes a week early and rehearsed the rollback with the on-call engineer twice before the real date.",
      "R: The cutover took 22 minutes with no lost orders.",
    ),
  },
  {
    name: "a trade-off weighed",
    markdown: story(
      "S: Our reports service was slow.",
      "T: Make the daily report fast.",
      "A: I precomputed the daily aggregates overnight at the expense of same-day freshness, which the finance team agreed to. I moved the job to a dedicated worker, added an alert when it ran past 6 a.m. and shared a short note with the analysts explaining the new schedule.",
      "R: The report opens in 2 seconds instead of 40.",
    ),
  },
  {
    name: "a rejected alternative: \"instead of\", \"ruled out\", \"chose … over\"",
    markdown: story(
      "## Situation",
      "Order events were lost when the consumer crashed.",
      "## Task",
      "Make delivery reliable.",
      "## Action",
      "I chose Kafka over the existing SQS queue for the replay support, and ruled out writing our own outbox library. I migrated the two producers first, kept the old queue running in parallel for a week and compared the counts every morning with the data team.",
      "## Result",
      "Zero lost events in 4 months.",
    ),
  },
  {
    name: "\"which meant\" and \"given that\"",
    markdown: story(
      "S: A partner API changed its auth scheme with a week's notice.",
      "T: Keep the integration running.",
      "A: Given that the partner would not extend the date, I built the new token flow behind a flag and tested it against their sandbox for two days. Their sandbox rejected refresh tokens, which meant I had to add a fallback to full logins as well.",
      "R: The switch happened on the day with no failed syncs.",
    ),
  },
  {
    name: "an Action full of reasons written without \"because\"",
    markdown: story(
      "## Situation",
      "Our nightly billing export kept timing out.",
      "## Task",
      "I owned the export.",
      "## Action",
      "I profiled the job and found the slow query. I added an index on the invoice date to cut the scan, and split the job by region so a single slow region could not block the rest. A rewrite in Spark was on the table, but it would have taken a quarter, so I kept the SQL.",
      "## Result",
      "The export finishes in 12 minutes instead of 3 hours.",
    ),
  },
  {
    name: "options considered",
    markdown: story(
      "S: Support tickets about login doubled.",
      "T: Find out why.",
      "A: I read the hundred most recent tickets, tagged them by symptom and weighed three options with the product manager: a new reset flow, better error messages, or both. I shipped the error messages first and measured the ticket rate for two weeks with the support lead.",
      "R: Login tickets fell by 60%.",
    ),
  },
  {
    name: "a short Action does not owe a reason",
    markdown: story("S: Checkout was slow.", "T: Fix it.", "A: I profiled the service, batched the inventory query and added a cache.", "R: p99 fell to 60 ms."),
  },
  {
    name: "no structure",
    markdown:
      "I listed every alert from the last 90 days, deleted the dead ones, rewrote the remaining ones with runbooks, set up a rotation of four volunteers, wrote a proposal for the director and reviewed the pages every Monday with the team for two months.\n",
  },
  {
    name: "no Action",
    markdown: story("## Situation", "Checkout was slow.", "## Task", "Fix it.", "## Result", "p99 fell to 60 ms."),
  },
];

describe(RULE, () => {
  it.each(invalid.map((testCase) => [testCase.name, testCase] as const))("flags: %s", (_name, testCase) => {
    expect(flagged(testCase.markdown, RULE)).toEqual(testCase.expected);
  });
  it.each(valid.map((testCase) => [testCase.name, testCase] as const))("does not flag: %s", (_name, testCase) => {
    expect(flagged(testCase.markdown, RULE)).toEqual([]);
  });

  it("covers the Action's text exactly, as info, without actual", () => {
    const [message] = lintStory(invalid[0].markdown).filter((item) => item.ruleId === RULE);
    expect(message.severity).toBe("info");
    expect(message.section).toBe("action");
    expect(message.actual).toBeUndefined();
    expect(invalid[0].markdown.slice(message.offset, message.endOffset)).toMatch(/^I traced one stale product.*an alert at ten minutes\.$/);
  });

  it(`starts at ${ACTION_NO_REASON_MIN_WORDS} words of Action`, () => {
    const steps = (count: number) => Array.from({ length: count }, (_, index) => `step${index}`).join(" ");
    const at = (words: number) => story("S: x", "T: y", `A: I did ${steps(words - 2)}.`, "R: p99 fell to 60 ms.");
    expect(flagged(at(ACTION_NO_REASON_MIN_WORDS - 1), RULE)).toEqual([]);
    expect(flagged(at(ACTION_NO_REASON_MIN_WORDS), RULE)).toHaveLength(1);
  });
});
