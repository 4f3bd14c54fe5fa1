import type { PrincipleId } from "../../../lib/principles";
import { describePackRule, story, tagged } from "../helpers";
const RULE = "lp-earn-trust";
const R =
  "Your Earn Trust story owns no mistake and takes no feedback: say what you got wrong or were told, and what you changed.";


type Expected = { range: string; section: string; reason: string };

const invalid: Array<{ name: string; markdown: string; principles?: PrincipleId[]; expected: Expected[] }> = [
  {
    name: "headings story of pure delivery",
    markdown: tagged(
      "earn-trust",
      "## Situation",
      "Billing jobs ran on an old cron host.",
      "## Task",
      "I had to move them before the host was retired.",
      "## Action",
      "I ported each job and ran both schedulers side by side for a week.",
      "## Result",
      "All 40 jobs moved with no missed run.",
    ),
    expected: [{ range: "10:1-10:67", section: "action", reason: R }],
  },
  {
    name: "bold labels, tagged through the lint option",
    markdown: story(
      "**Situation:** Our dashboards loaded slowly on Monday mornings.",
      "**Task:** I owned the reporting service.",
      "**Action:** I precomputed the weekly aggregates and cached them.",
      "**Result:** Dashboards load in 2 seconds.",
    ),
    principles: ["earn-trust"],
    expected: [{ range: "3:13-3:65", section: "action", reason: R }],
  },
  {
    name: "inline labels",
    markdown: tagged(
      "earn-trust",
      "Situation: A partner needed a new webhook. Task: I built it. Action: I designed the payload, wrote the handler and added retries. Result: It has delivered 2 million events.",
    ),
    expected: [{ range: "5:70-5:130", section: "action", reason: R }],
  },
  {
    name: "list layout, tagged with two principles",
    markdown: tagged(
      "earn-trust, ownership",
      "- **Situation:** The team's test data was copied by hand.",
      "- **Task:** I took it on.",
      "- **Action:**",
      "  - I wrote a script that builds fresh test data every night.",
      "- **Result:** Setup time fell from a day to 10 minutes.",
    ),
    expected: [{ range: "8:3-8:62", section: "action", reason: R }],
  },
];

const valid: Array<{ name: string; markdown: string; principles?: PrincipleId[] }> = [
  {
    name: "my mistake, told first",
    markdown: tagged(
      "earn-trust",
      "## Situation",
      "My migration script skipped 300 invoices.",
      "## Task",
      "I had to fix it and tell finance.",
      "## Action",
      "I told the finance lead it was my mistake before she found it.",
      "## Result",
      "All 300 invoices went out the same day.",
    ),
  },
  {
    name: "I was wrong and apologised, British spelling",
    markdown: tagged(
      "earn-trust",
      "**Situation:** I had promised the mobile team a stable API by March.",
      "**Task:** The date slipped because I underestimated the auth work.",
      "**Action:** I apologised to their lead, said I was wrong about the estimate and gave her a weekly update.",
      "**Result:** The API shipped 3 weeks late, and she asked for me on the next project.",
    ),
  },
  {
    name: "apologized and owned up, American spelling",
    markdown: tagged(
      "earn-trust",
      "Situation: A config change of mine broke search for an hour. Task: Recover. Action: I owned up in the incident channel and apologized to the support team. Result: Search was back in 12 minutes.",
    ),
  },
  {
    name: "hard feedback taken",
    markdown: tagged(
      "earn-trust",
      "## Situation",
      "In my review, two peers said I dominated design meetings.",
      "## Task",
      "I wanted to change that.",
      "## Action",
      "I took the feedback, asked each of them what they had seen and started speaking last.",
      "## Result",
      "Three quieter engineers presented designs that quarter.",
    ),
  },
  {
    name: "shared the bad news early, in list form",
    markdown: tagged(
      "earn-trust",
      "- **Situation:** Our vendor could not deliver the data feed on time.",
      "- **Task:** I owned the integration.",
      "- **Action:**",
      "  - I shared the bad news with the client the day I learned it and offered two options.",
      "- **Result:** They chose the smaller launch and renewed for 2 years.",
    ),
  },
  {
    name: "transparent about the truth, rebuilt trust",
    markdown: tagged(
      "earn-trust",
      "## Situation",
      "A customer had lost data in an outage.",
      "## Task",
      "I led the response.",
      "## Action",
      "I was transparent about what had failed and told them the truth about what we could recover.",
      "## Result",
      "They stayed, and the relationship recovered within 6 months.",
    ),
  },
  {
    name: "a distrustful team won back by sitting with them",
    markdown: tagged(
      "earn-trust",
      "## Situation",
      "A new team distrusted our platform after two outages.",
      "## Task",
      "Win them back.",
      "## Action",
      "I sat with their on-call for a week and fixed the top five things they hated.",
      "## Result",
      "They moved 3 more services onto it.",
    ),
  },
  {
    name: "rejected pull requests taken as feedback, without the word",
    markdown: tagged(
      "earn-trust",
      "## Situation",
      "Reviewers kept rejecting my pull requests.",
      "## Task",
      "Understand why.",
      "## Action",
      "I asked the two strictest reviewers to pair with me on one review each.",
      "## Result",
      "My next 10 PRs merged on the first pass.",
    ),
  },
  {
    name: "the weak story untagged",
    markdown: story(
      "## Situation",
      "Billing jobs ran on an old cron host.",
      "## Task",
      "I had to move them before the host was retired.",
      "## Action",
      "I ported each job and ran both schedulers side by side for a week.",
      "## Result",
      "All 40 jobs moved with no missed run.",
    ),
  },
  {
    name: "the weak story tagged with another principle",
    markdown: story(
      "**Situation:** Our dashboards loaded slowly on Monday mornings.",
      "**Task:** I owned the reporting service.",
      "**Action:** I precomputed the weekly aggregates and cached them.",
      "**Result:** Dashboards load in 2 seconds.",
    ),
    principles: ["deliver-results"],
  },
  {
    name: "no STAR structure",
    markdown: tagged("earn-trust", "I ported each job and ran both schedulers side by side for a week."),
  },
];

describePackRule(RULE, invalid, valid);
