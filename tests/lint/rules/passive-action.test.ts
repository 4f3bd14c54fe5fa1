import { describe, expect, it } from "vitest";
import { lintStory } from "../../../lib/lint";
import { flagged, story } from "../helpers";

const RULE = "passive-action";

const invalid: Array<{ name: string; markdown: string; expected: Array<{ range: string; actual: string }> }> = [
  {
    name: "headed story: regular and irregular participles",
    markdown: story(
      "## Situation",
      "Our Postgres primary ran out of disk twice in one month.",
      "## Task",
      "I had to stop the outages before the audit.",
      "## Action",
      "The database was migrated to Aurora over two weekends, and a decision was made to freeze schema changes.",
      "## Result",
      "No disk alerts in the 6 months since.",
    ),
    expected: [
      { range: "6:14-6:26", actual: "was migrated" },
      { range: "6:71-6:79", actual: "was made" },
    ],
  },
  {
    name: "one adverb in between, a particle, and a prefixed irregular",
    markdown: story(
      "**Situation:** A bad config took checkout down.",
      "**Task:** Restore it.",
      "**Action:** The release was quickly rolled back and the config loader was rewritten.",
      "**Result:** Checkout was back in 9 minutes.",
    ),
    expected: [
      { range: "3:25-3:48", actual: "was quickly rolled back" },
      { range: "3:71-3:84", actual: "was rewritten" },
    ],
  },
  {
    name: "perfect and progressive passives",
    markdown: story(
      "S: Clients still called the v1 API.",
      "T: Retire it.",
      "A: The v1 endpoint has been deprecated, and the change was being rolled out region by region.",
      "R: v1 traffic is 0.",
    ),
    expected: [
      { range: "3:20-3:39", actual: "has been deprecated" },
      { range: "3:56-3:76", actual: "was being rolled out" },
    ],
  },
  {
    name: '"by me" with a sentence-initial subject becomes the fix',
    markdown: story("S: Flaky payments.", "T: Fix retries.", "A: The retry logic was rewritten by me.", "R: Failures fell 80%."),
    expected: [{ range: "3:4-3:39", actual: "The retry logic was rewritten by me" }],
  },
  {
    name: '"by me" after a complement keeps the complement in the fix',
    markdown: story("S: Slow reads.", "T: Fix them.", "A: The old cache was replaced with Redis by me.", "R: p99 fell to 60 ms."),
    expected: [{ range: "3:4-3:47", actual: "The old cache was replaced with Redis by me" }],
  },
  {
    name: '"by me" after an opening clause: flagged, no fix',
    markdown: story("S: Outage.", "T: Prevent a repeat.", "A: After the outage, the runbook was updated by me.", "R: MTTR fell from 2 h to 20 min."),
    expected: [{ range: "3:34-3:45", actual: "was updated" }],
  },
  {
    name: '"by" an amount, a means or a time is not an agent',
    markdown: story(
      "S: Slow search.",
      "T: Speed it up.",
      "A: Latency was reduced by 40% and the slow query was fixed by adding an index. The hotfix was shipped by Friday.",
      "R: p99 is 90 ms.",
    ),
    expected: [
      { range: "3:12-3:23", actual: "was reduced" },
      { range: "3:50-3:59", actual: "was fixed" },
      { range: "3:91-3:102", actual: "was shipped" },
    ],
  },
  {
    name: '"it" is a thing, not a person: the actor is still hidden',
    markdown: story("S: A memory leak.", "T: Stop the crashes.", "A: I found the leak. It was re-deployed behind a flag.", "R: Zero crashes in 30 days."),
    expected: [{ range: "3:25-3:40", actual: "was re-deployed" }],
  },
  {
    name: "bullets under a heading",
    markdown: story(
      "## Situation",
      "Pager fatigue on the payments team.",
      "## Task",
      "Cut the noise.",
      "## Action",
      "- The alerts were tuned against 90 days of history.",
      "- Flaky checks were deleted.",
      "## Result",
      "Pages fell from 40 a week to 6.",
    ),
    expected: [
      { range: "6:14-6:24", actual: "were tuned" },
      { range: "7:16-7:28", actual: "were deleted" },
    ],
  },
  {
    name: "only a team split in opinion is a state: a split monolith and a negation elsewhere still hide the actor",
    markdown: story(
      "S: x",
      "T: y",
      "A: The monolith was split into four services, and the old queue was not needed, so it was deleted.",
      "R: 4 services.",
    ),
    expected: [
      { range: "3:17-3:26", actual: "was split" },
      { range: "3:87-3:98", actual: "was deleted" },
    ],
  },
  {
    name: "\"before I\" after the passive is only a time, and still hides who acted",
    markdown: story("S: x", "T: y", "A: The cache was rewritten before I left on Friday.", "R: p99 fell to 60 ms."),
    expected: [{ range: "3:14-3:27", actual: "was rewritten" }],
  },
  {
    name: "a decision outside a time clause, and a verdict on something that is not a proposal, still hide who acted",
    markdown: story("S: x", "T: y", "A: I pushed back, and a decision was made to ship on Friday. 12 of the requests were rejected.", "R: Shipped Friday."),
    expected: [
      { range: "3:34-3:42", actual: "was made" },
      { range: "3:81-3:94", actual: "were rejected" },
    ],
  },
  {
    name: "\"that\" after a verb that is not a finding still hides who acted",
    markdown: story("S: x", "T: y", "A: I made sure that the tables were migrated before Friday.", "R: Done by Friday."),
    expected: [{ range: "3:32-3:45", actual: "were migrated" }],
  },
  {
    name: "\"that's why\" states a consequence and still hides who acted",
    markdown: story("S: x", "T: y", "A: Reads were slow. That's why the cache was rewritten in Go.", "R: p99 fell to 60 ms."),
    expected: [{ range: "3:42-3:55", actual: "was rewritten" }],
  },
];

const valid: Array<{ name: string; markdown: string }> = [
  {
    name: "a person subject: someone else acted on the candidate",
    markdown: story("S: x", "T: I was asked to lead the migration.", "A: I was asked to lead it, we were told to keep the old API, and she was promoted to tech lead.", "R: 3 services moved."),
  },
  {
    name: "feelings and states",
    markdown: story("S: x", "T: y", "A: I was worried about the freeze and the team was excited; the service was based in Dublin and involved 3 teams.", "R: 3 services moved."),
  },
  {
    name: "supposed to, used to, done with",
    markdown: story("S: x", "T: y", "A: The job was supposed to run nightly, the flag was used to gate it, and the team was done with phase one, so I wrote the backfill.", "R: 0 missed runs."),
  },
  {
    name: "a named agent",
    markdown: story("S: x", "T: y", "A: I wrote the design, which was reviewed by the principal engineer and approved by Priya.", "R: Shipped in 4 weeks."),
  },
  {
    name: "passives in quotes",
    markdown: story("S: x", "T: y", 'A: My lead wrote "the index was dropped" in the channel, so I restored it from the snapshot.', "R: 0 data lost."),
  },
  {
    name: "passives in code and in a blockquote",
    markdown: story(
      "## Situation",
      "x",
      "## Task",
      "y",
      "## Action",
      "I grepped the logs for `job was retried` and found 40 hits.",
      "",
      "> The service was restarted twice overnight.",
      "",
      "I added a health check.",
      "## Result",
      "0 restarts since.",
    ),
  },
  {
    name: "passives outside the Action",
    markdown: story("S: The service was rewritten in 2019.", "T: The cache was rebuilt every night.", "A: I split the cache by tenant.", "R: It was adopted by 4 teams and was cited in my review."),
  },
  {
    name: "adjectives with un- and adjectival participles",
    markdown: story("S: x", "T: y", "A: The code was untested and the API was undocumented, and the team was understaffed, so I wrote tests first.", "R: 80% coverage."),
  },
  {
    name: "handed to me",
    markdown: story("S: x", "T: y", "A: The project was handed to me in March, and I replanned it.", "R: Shipped in May."),
  },
  {
    name: "negated: nothing was done, nobody to name",
    markdown: story("S: x", "T: y", "A: I kept the old path; it was not removed until I had 2 weeks of metrics.", "R: 0 incidents."),
  },
  {
    name: "the present tense describes how the system works",
    markdown: story("S: x", "T: y", "A: Requests are routed through the gateway and the data is stored in S3, so I added a cache in front of it.", "R: p99 fell to 60 ms."),
  },
  {
    name: "relative clauses describe a thing in passing",
    markdown: story("S: x", "T: y", "A: I replaced the billing script, which was written in Perl, and fixed the bug that was introduced in v2.", "R: 0 billing errors."),
  },
  {
    name: "the old way the candidate then changed: \"until I\" (good-stories 126)",
    markdown: story("S: x", "T: y", "A: Each customs form was filled in by hand until I built a template in the label software.", "R: 1,100 parcels released."),
  },
  {
    name: "a decision taken by others in a time clause, and a verdict on a proposal (good-stories 125)",
    markdown: story("S: x", "T: y", "A: The proposal was rejected in the review. Once the decision was made, I committed to it, and after the final vote had been taken I built the device lab.", "R: 99.7% crash-free."),
  },
  {
    name: "the candidate found a fact: \"I found the model was trained on 2019 data\" (good-stories 124)",
    markdown: story("S: x", "T: y", "A: I checked the training data and found the model was trained on 2019 data, so I rebuilt the training set.", "R: Chargebacks fell to 0.06%."),
  },
  {
    name: "\"kept being\": something that recurred (good-stories 109)",
    markdown: story("S: x", "T: y", "A: I traced the total. The account's last balance kept being carried into the report, so I rewrote the lookup.", "R: The total was €472,000 lower and correct."),
  },
  {
    name: "a finding reported in a \"that\" clause (good-stories 98)",
    markdown: story("S: x", "T: y", "A: When I called procurement, I heard that two of the tenders had been delayed to the next financial year by budget reviews.", "R: Forecast within 3%."),
  },
  {
    name: "an indirect question about someone else's act (good-stories 88)",
    markdown: story("S: x", "T: y", "A: I don't know why it was made, so I revert that one config change.", "R: Errors fell to 0.4%."),
  },
  {
    name: "a free relative about what was observed (good-stories 65)",
    markdown: story("S: x", "T: y", "A: I sat in on twelve handovers and wrote down what was said and what was missed.", "R: 0 missed doses."),
  },
  {
    name: "the candidate's own work as the subject",
    markdown: story("S: x", "T: y", "A: I wrote a one-page proposal. My design was approved in one review and my PR was merged the same day.", "R: Shipped in 4 weeks."),
  },
  {
    name: "no STAR structure",
    markdown: "The cache was rewritten and the release was rolled back.\n",
  },
  {
    name: "a be-verb and a participle in separate list items",
    markdown: story("S: x", "T: y", "A:", "- The status page was", "- updated by a cron job I wrote", "R: 0 stale pages."),
  },
  {
    // tests/lint/good-stories/01-sre-dns-outage.md: a finding reported, not a step hidden.
    name: "a passive the candidate observed after showed / revealed / confirmed",
    markdown: story(
      "S: x",
      "T: y",
      "A: The dashboards showed the errors were confined to one region, so I drained it. The trace revealed the worker was killed by the OOM reaper, and the logs confirmed no payments were dropped.",
      "R: Errors fell to 0.1%.",
    ),
  },
  {
    // tests/lint/good-stories/16, 19, 17, 20: nothing was done, people as the subject, a divided team.
    name: "a negated or counterfactual passive, 'most of them', and a team split in opinion",
    markdown: story(
      "S: x",
      "T: y",
      "A: He said the ledger logic had never been explained to him. I routed bookings into route planning rather than being retyped, and instead of being copied by hand. Most of them were paid hourly. The team was split: half wanted NoSQL.",
      "R: 0 retyping errors.",
    ),
  },
  {
    // tests/lint/good-stories/45-inherited-mess.md
    name: "a relative clause with whose, about someone in passing",
    markdown: story("S: x", "T: y", "A: I did not criticise the contractor, whose team had been given changing requirements, and I sorted the tickets.", "R: 140 tickets shipped."),
  },
  {
    // tests/lint/good-stories/55 and 56: what would have happened, and the customer's own act.
    name: "would / should have been, and an order the customer placed",
    markdown: story("S: x", "T: y", "A: 61,000 customers would have been charged twice, which should have been caught earlier, so I offered an account after the order was placed.", "R: 0 overcharges."),
  },
];

describe(RULE, () => {
  it.each(invalid.map((testCase) => [testCase.name, testCase] as const))("flags: %s", (_name, testCase) => {
    expect(flagged(testCase.markdown, RULE)).toEqual(testCase.expected);
  });
  it.each(valid.map((testCase) => [testCase.name, testCase] as const))("does not flag: %s", (_name, testCase) => {
    expect(flagged(testCase.markdown, RULE)).toEqual([]);
  });

  it('offers "I" with the past tense when the agent is "by me"', () => {
    const fixes = (markdown: string) => lintStory(markdown).filter((message) => message.ruleId === RULE).map((message) => message.expected);
    expect(fixes(invalid[3].markdown)).toEqual([["I rewrote the retry logic"]]);
    expect(fixes(invalid[4].markdown)).toEqual([["I replaced the old cache with Redis"]]);
    expect(fixes(story("S: x", "T: y", "A: The v1 endpoint has been deprecated by me.", "R: 0 calls."))).toEqual([["I have deprecated the v1 endpoint"]]);
    expect(fixes(story("S: x", "T: y", "A: Kafka was quickly tuned by me.", "R: 0 lag."))).toEqual([["I quickly tuned Kafka"]]);
    // No fix without a movable subject, and none for agents other than me.
    expect(fixes(invalid[5].markdown)).toEqual([undefined]);
    expect(fixes(invalid[0].markdown)).toEqual([undefined, undefined]);
  });

  it("says who is missing in the reason", () => {
    const [generic] = lintStory(invalid[7].markdown).filter((message) => message.ruleId === RULE);
    expect(generic.reason).toBe('"was re-deployed" in your Action hides who did it: if it was you, say "I".');
    const [byMe] = lintStory(invalid[5].markdown).filter((message) => message.ruleId === RULE);
    expect(byMe.reason).toBe('"was updated" in your Action puts you last: start the sentence with "I".');
    expect(byMe.severity).toBe("warning");
    expect(byMe.section).toBe("action");
  });
});
