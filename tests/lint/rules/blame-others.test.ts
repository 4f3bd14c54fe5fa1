import { describe, expect, it } from "vitest";
import { lintStory } from "../../../lib/lint";
import { flagged, story } from "../helpers";

const RULE = "blame-others";

const invalid: Array<{ name: string; markdown: string; expected: Array<{ range: string; actual: string }> }> = [
  {
    name: "\"they failed to\" (the issue's own example) in the Situation",
    markdown: story(
      "## Situation",
      "The platform team owned the shared CI runners, and they failed to upgrade them before the Node 20 deadline.",
      "## Task",
      "I had to get our builds green again.",
      "## Action",
      "I pinned our pipeline to a self-hosted runner and wrote the upgrade steps for everyone else.",
      "## Result",
      "Our builds were green within 2 days.",
    ),
    expected: [{ range: "2:52-2:66", actual: "they failed to" }],
  },
  {
    name: "whose fault: his, Dave's, the other team's",
    markdown: story(
      "S: The release slipped by a week. Honestly it was his fault, or rather Dave's fault, since he owned the schema.",
      "T: Ship the release.",
      "A: I told my manager it was the other team's fault and rebuilt the migration myself.",
      "R: Shipped 5 days late.",
    ),
    expected: [
      { range: "1:51-1:60", actual: "his fault" },
      { range: "1:72-1:84", actual: "Dave's fault" },
      { range: "3:29-3:51", actual: "the other team's fault" },
    ],
  },
  {
    name: "\"not my fault\" shifts the blame",
    markdown: story(
      "## Situation",
      "The outage was not my fault: I was on holiday when the config changed.",
      "## Task",
      "Restore the service.",
      "## Action",
      "I rolled back the config.",
      "## Result",
      "It wasn't my fault either that the alert was muted, but I unmuted it. Service was back in 20 minutes.",
    ),
    expected: [
      { range: "2:16-2:28", actual: "not my fault" },
      { range: "8:4-8:19", actual: "wasn't my fault" },
    ],
  },
  {
    name: "\"to blame\" and \"at fault\" with someone else as the subject",
    markdown: story(
      "**Situation:** Our mobile app lost push notifications for a day.",
      "**Task:** Find the cause.",
      "**Action:** I traced the drop to the vendor's certificate rotation; the vendor was to blame, and their support engineers were clearly at fault too.",
      "**Result:** Pushes were restored in 6 hours.",
    ),
    expected: [
      { range: "3:80-3:92", actual: "was to blame" },
      { range: "3:122-3:143", actual: "were clearly at fault" },
    ],
  },
  {
    name: "\"I blamed …\"",
    markdown: story(
      "S: Our nightly ETL kept missing its window.",
      "T: Get the data to finance by 7 a.m.",
      "A: In the weekly review I blamed the data team and I then blamed it on QA for missing the regression.",
      "R: The job now finishes at 5 a.m.",
    ),
    expected: [
      { range: "3:27-3:47", actual: "blamed the data team" },
      { range: "3:59-3:74", actual: "blamed it on QA" },
    ],
  },
  {
    name: "someone else \"dropped the ball\" or \"threw me under the bus\"",
    markdown: story(
      "## Situation",
      "The vendor dropped the ball on the SDK release, and in the incident review their lead threw me under the bus.",
      "## Task",
      "Ship our app update anyway.",
      "## Action",
      "I wrapped the old SDK behind an interface.",
      "## Result",
      "We shipped on 3 March.",
    ),
    expected: [
      { range: "2:12-2:28", actual: "dropped the ball" },
      { range: "2:87-2:109", actual: "threw me under the bus" },
    ],
  },
  {
    name: "contempt for people",
    markdown: story(
      "S: We inherited the billing service from an incompetent contractor, and the previous PM was clueless about invoicing.",
      "T: Stabilise billing.",
      "A: He was careless with migrations, so I added a review step. The lazy ops team never read the runbook.",
      "R: Billing errors fell by 90%.",
    ),
    expected: [
      { range: "1:45-1:67", actual: "incompetent contractor" },
      { range: "1:73-1:101", actual: "the previous PM was clueless" },
      { range: "3:4-3:19", actual: "He was careless" },
      { range: "3:67-3:80", actual: "lazy ops team" },
    ],
  },
  {
    name: "refused to, never bothered to, couldn't be bothered to",
    markdown: story(
      "## Situation",
      "Our analytics events were inconsistent across apps.",
      "## Task",
      "Agree one schema.",
      "## Action",
      "The iOS lead said no, and she refused to join the review. He never bothered to read the proposal, and they couldn't be bothered to test it.",
      "## Result",
      "Two of three apps adopted the schema.",
    ),
    expected: [
      { range: "6:27-6:41", actual: "she refused to" },
      { range: "6:59-6:79", actual: "He never bothered to" },
      { range: "6:103-6:131", actual: "they couldn't be bothered to" },
    ],
  },
  {
    name: "\"through no fault of my own\" in a story without structure",
    markdown: "Through no fault of my own, the launch slipped a week when the design team missed its handoff. I rebuilt the plan and we launched on 12 May.\n",
    expected: [{ range: "1:1-1:27", actual: "Through no fault of my own" }],
  },
  {
    name: "contempt with a possessive or group subject: \"our contractor was incompetent\", \"ops were lazy\"",
    markdown: story(
      "S: Patching was months behind. Our contractor was incompetent, ops were lazy about patching, and the DBA was sloppy with backups.",
      "T: Get every host patched.",
      "A: I wrote a patch schedule and ran the first three windows myself.",
      "R: 96% of hosts were patched within a month.",
    ),
    expected: [
      { range: "1:32-1:62", actual: "Our contractor was incompetent" },
      { range: "1:64-1:77", actual: "ops were lazy" },
      { range: "1:98-1:116", actual: "the DBA was sloppy" },
    ],
  },
];

const valid: Array<{ name: string; markdown: string }> = [
  {
    name: "owning it: \"I failed to\", \"my fault\", \"it was my mistake\", \"I dropped the ball\"",
    markdown: story(
      "## Situation",
      "I failed to check the migration against production data, and it was my fault the orders table locked.",
      "## Task",
      "Restore checkout.",
      "## Action",
      "It was my mistake, so I said so in the incident channel. I dropped the ball on the review, and I was to blame for the 20 minutes of downtime.",
      "## Result",
      "Checkout was back in 35 minutes; since then I rehearse every migration on a snapshot.",
    ),
  },
  {
    name: "\"we failed to\": the candidate's own team",
    markdown: story("S: We failed to notice the disk filling up.", "T: Stop it happening again.", "A: I added a disk alert at 80%.", "R: No disk outage in 9 months."),
  },
  {
    name: "systems failing: \"the job failed to start\", \"the deploy failed to\", \"they failed to start\"",
    markdown: story(
      "## Situation",
      "The nightly job failed to start twice, the deploy failed to roll out to two regions, and when I restarted the workers they failed to connect to the queue.",
      "## Task",
      "Find the cause.",
      "## Action",
      "I traced it to an expired certificate.",
      "## Result",
      "Zero failed starts since the fix, 4 months ago.",
    ),
  },
  {
    name: "no blame: \"no one was to blame\", \"blameless postmortem\", \"without blaming anyone\", \"instead of blaming\"",
    markdown: story(
      "S: A bad config took down login for an hour.",
      "T: Run the review.",
      "A: I ran a blameless postmortem, and instead of blaming the on-call engineer I asked what the tooling had let through. I wrote it up without blaming anyone.",
      "R: No one was to blame, and nobody was at fault; we added a config linter that has caught 6 bad changes.",
    ),
  },
  {
    name: "defending others: \"it wasn't their fault\", \"nobody's fault\"",
    markdown: story(
      "S: The new hires broke staging twice in their first week.",
      "T: Make onboarding safer.",
      "A: It wasn't their fault and it was nobody's fault really: the docs were wrong. I rewrote the setup guide.",
      "R: No staging breaks from new hires in 3 months.",
    ),
  },
  {
    name: "technical words: lazy loading, lazy evaluation, lazily, fault tolerance, fault-tolerant, fault injection",
    markdown: story(
      "## Situation",
      "Our image grid was slow and the queue had no fault tolerance.",
      "## Task",
      "Fix both before the launch.",
      "## Action",
      "I added lazy loading to the grid, switched the report builder to lazy evaluation so rows load lazily, made the consumer fault-tolerant and ran fault injection tests against their fault domain.",
      "## Result",
      "Page load fell by 40%, and the consumer survived 12 injected failures.",
    ),
  },
  {
    name: "quotes and code",
    markdown: story(
      'S: The director said "the vendor was at fault" and the ticket read "their fault, not ours".',
      "T: Find the real cause.",
      "A: I searched the logs for `they failed to ack` and `blame` and found our own timeout.",
      "R: I fixed the timeout; errors fell by 95%.",
    ),
  },
  {
    name: "a quoted paragraph",
    markdown: story(
      "## Situation",
      "The customer's email read:",
      "",
      "> Your team dropped the ball and they failed to reply for a week.",
      "",
      "## Task",
      "Win back the account.",
      "## Action",
      "I called the customer the same day and set up a weekly check-in.",
      "## Result",
      "They renewed for 2 years.",
    ),
  },
  {
    name: "conditions: \"if they failed to\", \"unless he refused to\"",
    markdown: story(
      "S: Two teams had to sign off on the cutover.",
      "T: Run the cutover.",
      "A: I agreed a fallback: if they failed to sign off by Friday, we would move the date, and unless he refused to, the DBA would run the dry run.",
      "R: Both signed off and the cutover took 22 minutes.",
    ),
  },
  {
    name: "others blaming: \"the on-call channel had blamed the payment provider\"",
    markdown: story(
      "## Situation",
      "The on-call channel had blamed the payment provider for weeks, so nobody had looked at our own code path.",
      "## Task",
      "Cut checkout p99 under 200 ms.",
      "## Action",
      "I pulled a week of traces and found one query per cart line.",
      "## Result",
      "p99 fell from 800 ms to 60 ms.",
    ),
  },
  {
    name: "blaming retracted: \"I blamed the network at first, but …\"",
    markdown: story(
      "S: Uploads failed for a tenth of users.",
      "T: Fix uploads.",
      "A: I blamed the CDN at first, but the traces showed our own retry bug.",
      "R: Upload failures fell from 10% to 0.2%.",
    ),
  },
  {
    name: "self-criticism: \"I was clueless\", \"a careless mistake I made\", \"my own incompetence\"",
    markdown: story(
      "S: I was clueless about Kubernetes when I joined.",
      "T: Own the cluster upgrade.",
      "A: I made a careless mistake in the first dry run and owned my own incompetence with the tooling by pairing with the SRE lead for a week.",
      "R: The upgrade finished with zero downtime.",
    ),
  },
  {
    name: "people who fail at something without blame: a system subject and \"they\" elsewhere",
    markdown: story(
      "S: The nightly tests ran against a shared database.",
      "T: Make them reliable.",
      "A: I gave each suite its own schema, so they no longer failed when run together; the pipeline failed to pick up the change once and I fixed the cache key.",
      "R: Flaky runs fell from 30 a week to 1.",
    ),
  },
  {
    name: "blame words in the front matter title are not prose",
    markdown: story(
      "---",
      'title: "Not my fault? Owning a vendor outage"',
      "---",
      "S: The vendor's API went down for a day.",
      "T: Keep orders flowing.",
      "A: I switched orders to the backup provider.",
      "R: We lost 0 orders.",
    ),
  },
  {
    name: "causes that are not people: \"a race condition was to blame\", \"DNS's fault\"",
    markdown: story(
      "S: Refunds were issued twice for 1% of orders.",
      "T: Find the cause.",
      "A: A race condition in the cache was to blame, and the load balancer was at fault for the retries. It was DNS's fault for the rest, as usual.",
      "R: Double refunds fell to 0.",
    ),
  },
  {
    name: "blaming oneself or the process: \"I blame myself\", \"I blamed the process, not the people\"",
    markdown: story(
      "S: An alert was missing for a month.",
      "T: Run the review.",
      "A: I blame myself for not adding it sooner, and in the postmortem I blamed the process, not the people.",
      "R: 14 alerts were added in 2 weeks.",
    ),
  },
  {
    name: "setbacks and virtues: \"she failed to get promoted\", \"he refused to cut corners\"",
    markdown: story(
      "S: My mentee failed her first promotion case; she failed to get promoted because her scope was unclear.",
      "T: Help her build a case.",
      "A: I found her a cross-team project, and her tech lead backed her: he refused to cut corners on the design review.",
      "R: She was promoted the next cycle, 6 months later.",
    ),
  },
  {
    name: "someone else's worry: \"he thought he had dropped the ball\"",
    markdown: story(
      "S: A page went unanswered for an hour.",
      "T: Find out why.",
      "A: My teammate thought he had dropped the ball, but I found the alert was routed to an old rotation.",
      "R: I fixed the routing for 31 alerts.",
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

  it("reports the section, a warning, no fix, and a coaching note", () => {
    const messages = lintStory(invalid[1].markdown).filter((message) => message.ruleId === RULE);
    expect(messages.map((message) => message.section)).toEqual(["situation", "situation", "action"]);
    for (const message of messages) {
      expect(message.severity).toBe("warning");
      expect(message.expected).toBeUndefined();
      expect(message.reason).toBe(`"${message.actual}" sounds like blame to an interviewer: say what happened and what you did about it.`);
      expect(message.note).toMatch(/not whose fault it was/);
    }
  });

  it("gives the part it found as the section in a story without labels", () => {
    const [message] = lintStory(invalid.find((testCase) => testCase.name.includes("without structure"))!.markdown).filter((item) => item.ruleId === RULE);
    expect(message.section).toBe("situation");
  });

  it("gives no section where no story can be found", () => {
    const [message] = lintStory("Through no fault of my own, the launch slipped.\n").filter((item) => item.ruleId === RULE);
    expect(message.section).toBeNull();
  });
});
