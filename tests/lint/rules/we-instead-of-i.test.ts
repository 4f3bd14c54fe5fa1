import { describe, expect, it } from "vitest";
import { lintStory } from "../../../lib/lint";
import { flagged, story } from "../helpers";

const RULE = "we-instead-of-i";

const invalid: Array<{ name: string; markdown: string; expected: Array<{ range: string; actual: string }> }> = [
  {
    name: "reviews, meetings, attempts and do-support: went through, met with, tried, did put",
    markdown: story(
      "S: x",
      "T: y",
      "A: We went through all the open purchase orders. Then we met with the vendor. We tried three models, and we did put both interview rounds on one day.",
      "R: Costs fell 12%.",
    ),
    expected: [
      { range: "3:4-3:6", actual: "We" },
      { range: "3:55-3:57", actual: "we" },
      { range: "3:79-3:81", actual: "We" },
      { range: "3:106-3:108", actual: "we" },
    ],
  },
  {
    name: "an answer without labels: the we in the steps it found",
    markdown: story(
      "Last spring our checkout page kept timing out during the big sales and support got hundreds of complaints a day.",
      "",
      "I was asked to get p99 under 200 ms before Black Friday. I profiled the service and found one cart query that scanned the whole table. We rewrote it with an index and I added a load test.",
      "",
      "As a result p99 fell from 800 ms to 120 ms and the complaints stopped.",
    ),
    expected: [{ range: "3:136-3:138", actual: "We" }],
  },
  {
    name: "headed story: we in Action and Result",
    markdown: story(
      "## Situation",
      "Our payments API timed out under Black Friday load.",
      "## Task",
      "I was asked to make it survive 5x traffic.",
      "## Action",
      "First I load-tested it. We then migrated the sessions to Redis and we added a circuit breaker.",
      "## Result",
      "We shipped two weeks early and errors fell 90%.",
    ),
    expected: [
      { range: "6:25-6:27", actual: "We" },
      { range: "6:68-6:70", actual: "we" },
      { range: "8:1-8:3", actual: "We" },
    ],
  },
  {
    name: "bold labels: decisions and irregular verbs",
    markdown: story(
      "**Situation:** The nightly batch kept failing.",
      "**Task:** Make it reliable.",
      "**Action:** We decided to split the job, and we wrote idempotent retries.",
      "**Result:** Failures dropped from 12 a month to 1.",
    ),
    expected: [
      { range: "3:13-3:15", actual: "We" },
      { range: "3:46-3:48", actual: "we" },
    ],
  },
  {
    name: "inline labels in one paragraph",
    markdown: "Situation: our search was slow. Task: fix it. Action: we rebuilt the index. Result: 3x faster.",
    expected: [{ range: "1:55-1:57", actual: "we" }],
  },
  {
    name: "the team and our team as subjects",
    markdown: story(
      "S: Deploys took a day.",
      "T: Cut that to an hour.",
      "A: Our team automated the pipeline; then the team removed manual approvals.",
      "R: Deploys take 40 minutes.",
    ),
    expected: [
      { range: "3:4-3:12", actual: "Our team" },
      { range: "3:42-3:50", actual: "the team" },
    ],
  },
  {
    name: "emoji labels with a we've",
    markdown: story(
      "✅ S – Situation: Onboarding took two weeks.",
      "✅ T – Task: Halve it.",
      "✅ A – Action: We've rewritten the setup scripts.",
      "✅ R – Result: New hires ship on day 3.",
    ),
    expected: [{ range: "3:15-3:17", actual: "We" }],
  },
  {
    name: "bullets under an Action heading",
    markdown: story(
      "## Situation",
      "Alerts were noisy.",
      "## Task",
      "Fix the paging.",
      "## Action",
      "- I audited 300 alerts.",
      "- We deleted the ones nobody acted on.",
      "## Result",
      "Pages fell from 40 to 6 a week.",
    ),
    expected: [{ range: "7:3-7:5", actual: "We" }],
  },
  {
    name: "second we in the same sentence and section",
    markdown: story(
      "## Situation",
      "Our release train was stuck for a week.",
      "## Task",
      "I had to unblock it.",
      "## Action",
      "We split the work by service and we wrote contract tests for each one.",
      "",
      "Later we drew up a rollback plan.",
      "## Result",
      "The train left on day 9.",
    ),
    expected: [
      { range: "6:1-6:3", actual: "We" },
      { range: "6:34-6:36", actual: "we" },
      { range: "8:7-8:9", actual: "we" },
    ],
  },
  {
    name: "irregular pasts: used, kept, built, took, brought, found, gave, held, sent, spent, broke",
    markdown: story(
      "**Situation:** Our ETL jobs failed every Monday.",
      "**Task:** Make them reliable.",
      "**Action:** We used Airflow sensors instead of cron. We kept the old DAGs as a fallback. We built a replay tool, took the noisy jobs offline, and we brought in the data owners. We found two race conditions, gave each job a lock, held a review, sent a summary, spent a week on backfills and broke the monolith DAG apart.",
      "**Result:** Zero Monday failures in 8 weeks.",
    ),
    expected: [
      { range: "3:13-3:15", actual: "We" },
      { range: "3:54-3:56", actual: "We" },
      { range: "3:90-3:92", actual: "We" },
      { range: "3:147-3:149", actual: "we" },
      { range: "3:178-3:180", actual: "We" },
    ],
  },
  {
    name: "got, led, chose and ran",
    markdown: story(
      "S: Our on-call rotation burned people out.",
      "T: Halve the pages.",
      "A: We got every alert an owner. We led a cleanup week, we chose 20 alerts to delete and we ran a game day.",
      "R: Pages fell from 60 to 25 a week.",
    ),
    expected: [
      { range: "3:4-3:6", actual: "We" },
      { range: "3:33-3:35", actual: "We" },
      { range: "3:56-3:58", actual: "we" },
      { range: "3:89-3:91", actual: "we" },
    ],
  },
  {
    name: "the team and our team with adverbs",
    markdown: story(
      "## Situation",
      "A bad config took down login.",
      "## Task",
      "Restore login.",
      "## Action",
      "The team quickly rolled back the config. Our team also started an incident review, and then the whole team carefully re-ran the canaries.",
      "## Result",
      "Login was back in 14 minutes.",
    ),
    expected: [
      { range: "6:1-6:9", actual: "The team" },
      { range: "6:42-6:50", actual: "Our team" },
      { range: "6:93-6:107", actual: "the whole team" },
    ],
  },
  {
    name: "perfects and pluperfects",
    markdown: story(
      "S: Data quality was poor.",
      "T: Find the cause.",
      "A: We have analysed three months of logs. By Friday we'd migrated the jobs and we had rewritten the validators; the team has shipped them since.",
      "R: Bad rows fell by 95%.",
    ),
    expected: [
      { range: "3:4-3:6", actual: "We" },
      { range: "3:53-3:55", actual: "we" },
      { range: "3:80-3:82", actual: "we" },
      { range: "3:113-3:121", actual: "the team" },
    ],
  },
  {
    name: "achievements: were able to, managed to",
    markdown: story(
      "S: The vendor API kept timing out.",
      "T: Keep checkout up.",
      "A: We were able to cache the quotes, and we managed to ship a fallback before the sale.",
      "R: Checkout stayed up at 3x peak traffic.",
    ),
    expected: [
      { range: "3:4-3:6", actual: "We" },
      { range: "3:42-3:44", actual: "we" },
    ],
  },
  {
    name: "decisions and phrasal actions",
    markdown: story(
      "S: Two designs competed.",
      "T: Pick one.",
      "A: We went with the event-sourced design, we came up with a migration plan and we stood up a shadow cluster.",
      "R: Cut-over took 2 hours.",
    ),
    expected: [
      { range: "3:4-3:6", actual: "We" },
      { range: "3:43-3:45", actual: "we" },
      { range: "3:80-3:82", actual: "we" },
    ],
  },
  {
    name: "present-tense narration in an Action told in the present",
    markdown: story(
      "## Situation",
      "The search index is three days stale.",
      "## Task",
      "Make it fresh.",
      "## Action",
      "First we profile the indexer. Then we move the writes to a queue and we add a backfill job.",
      "## Result",
      "The index is now 5 minutes behind.",
    ),
    expected: [
      { range: "6:7-6:9", actual: "we" },
      { range: "6:36-6:38", actual: "we" },
      { range: "6:70-6:72", actual: "we" },
    ],
  },
];

const valid: Array<{ name: string; markdown: string }> = [
  {
    name: "meetings and attempts that are not steps: met weekly, met our target, tried but, went live",
    markdown: story("S: x", "T: y", "A: I set up the review. We met weekly after that, we tried, but the vendor refused.", "R: We met our target and we went live in May."),
  },
  {
    name: "a lesson after the Result may say we",
    markdown: story("S: x", "T: y", "A: I rewrote the report.", "R: It now runs in 2 minutes.", "", "Learning: since then we always agree the numbers with the managers first."),
  },
  {
    name: "we in the Situation",
    markdown: story("## Situation", "We launched a new checkout and we saw errors.", "## Task", "Fix it.", "## Action", "I profiled it.", "## Result", "Errors fell 80%."),
  },
  {
    name: "state verbs and needs",
    markdown: story(
      "S: x",
      "T: We needed to cut costs; we had a month and we were four people.",
      "A: I compared vendors. We are a team of four, so we have little slack.",
      "R: We now deploy daily and we have 30% lower costs.",
    ),
  },
  {
    name: "modals, plans and negations",
    markdown: story("S: x", "T: We would need to migrate.", "A: I argued we should wait; we didn't rush. We'll revisit it.", "R: We could ship in 2 days."),
  },
  {
    name: "quoted speech in straight, curly and single quotes",
    markdown: story(
      "S: x",
      "T: y",
      'A: My lead said "we rewrote this last year." I replied, “We migrated it twice.” He wrote \'we tried that\' in the doc.',
      "R: 20% faster.",
    ),
  },
  {
    name: "we inside other words and in code",
    markdown: story("S: x", "T: y", "A: I set weekly syncs and paid what we owe; I ran `we deployed` in the shell.", "R: Weekend pages fell 50%."),
  },
  {
    name: "the team as an object",
    markdown: story("S: x", "T: y", "A: I told the team my plan and I asked the team reviewed nothing.", "R: 2 days saved."),
  },
  {
    name: "collective acts",
    markdown: story("S: x", "T: y", "A: I proposed two options and we agreed on the second; we discussed the risks.", "R: 2 days saved."),
  },
  {
    name: "block quotes and headings",
    markdown: story("## Situation", "x", "## Task", "y", "## Action", "> We migrated everything, my manager wrote.", "", "### What we learned", "I cached.", "## Result", "2x."),
  },
  {
    name: "no structure: nothing to attribute",
    markdown: "We migrated the service and we rewrote the cache.\n",
  },
  {
    name: "combined Situation & Task label counts as Situation",
    markdown: story("**Situation & Task:** We inherited a slow API and we migrated nothing yet.", "**Action:** I cached.", "**Result:** 2x faster."),
  },
  {
    name: "passives and being told",
    markdown: story(
      "S: x",
      "T: We were asked to cut costs and we were told the deadline was fixed.",
      "A: I compared three vendors; we were given a week, and we got paged twice during the trial.",
      "R: Costs fell 20%.",
    ),
  },
  {
    name: "feedback and reviews received, whatever the adjective",
    markdown: story(
      "S: x",
      "T: I owned the launch.",
      "A: I rewrote the onboarding flow.",
      "R: Sign-ups rose 12% and we got very positive feedback from support; we also got great reviews.",
    ),
  },
  {
    name: "habits used to, kept getting, started seeing",
    markdown: story(
      "S: x",
      "T: y",
      "A: We used to deploy by hand and we kept getting paged, so I wrote a pipeline. Soon we started seeing fewer rollbacks.",
      "R: 3 deploys a day.",
    ),
  },
  {
    name: "adjectives after had and have",
    markdown: story(
      "S: x",
      "T: We had limited budget and we have automated tests for only half the code.",
      "A: I prioritised the flaky suites. We had dedicated QA for a month.",
      "R: Flakes fell 70%.",
    ),
  },
  {
    name: "states in the present, and perception or knowledge in the past",
    markdown: story(
      "S: x",
      "T: y",
      "A: I set up the dashboards. We knew the risks and we saw the spike early; we need a plan and we want speed, we are on call and we have two services.",
      "R: 40% fewer pages.",
    ),
  },
  {
    name: "present descriptions next to past narration",
    markdown: story(
      "## Situation",
      "x",
      "## Task",
      "y",
      "## Action",
      "We deploy to three regions, so I scheduled the cutover region by region. When we deploy, the pipeline runs the suite, and we run the full suite nightly.",
      "## Result",
      "Zero downtime across 3 regions.",
    ),
  },
  {
    name: "present tense outside the Action",
    markdown: story(
      "S: x",
      "T: We migrate 40 services this quarter.",
      "A: I wrote the playbook.",
      "R: We deploy to production in 20 minutes.",
    ),
  },
  {
    name: "conditions, questions, negations and pro-forms",
    markdown: story(
      "S: x",
      "T: y",
      "A: I asked what would happen if we migrated early. Why do we deploy on Fridays? We did not rush, we never rewrote the core, and I reused the runbook as we did before.",
      "R: 2 days saved.",
    ),
  },
  {
    name: "would-have contractions and went live",
    markdown: story(
      "S: x",
      "T: y",
      "A: I argued we'd run out of disk by May and that we'd set the limits too low. We went live on Monday.",
      "R: 99.9% uptime.",
    ),
  },
  {
    name: "the team as an object or a possessive",
    markdown: story(
      "S: x",
      "T: y",
      "A: I coached the team through the rollout and I gave our team a checklist. The team's backlog then shrank.",
      "R: 12 tickets closed.",
    ),
  },
  {
    name: "collective acts",
    markdown: story(
      "S: x",
      "T: y",
      "A: I proposed two designs; we'd agreed on the second and we discussed the rollout.",
      "R: 2 days saved.",
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

  it("offers I as the fix and names the section", () => {
    const [message] = lintStory(invalid[0].markdown).filter((m) => m.ruleId === RULE);
    expect(message).toMatchObject({ severity: "warning", section: "action", expected: ["I"], url: "/rules/we-instead-of-i" });
    expect(message.note).toMatch(/I/);
  });
});
