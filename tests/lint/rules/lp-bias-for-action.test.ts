import type { PrincipleId } from "../../../lib/principles";
import { describePackRule, story, tagged } from "../helpers";
const RULE = "lp-bias-for-action";
const R =
  "Your Bias for Action story shows no speed or calculated risk: say how fast you acted and why the risk was acceptable.";


type Expected = { range: string; section: string; reason: string };

const invalid: Array<{ name: string; markdown: string; principles?: PrincipleId[]; expected: Expected[] }> = [
  {
    name: "headings story told at a planning pace",
    markdown: tagged(
      "bias-for-action",
      "## Situation",
      "Our deploy scripts were written in Bash and nobody liked changing them.",
      "## Task",
      "I wanted to move them to a typed language.",
      "## Action",
      "I wrote a proposal, collected comments from every team and ported the scripts over the quarter.",
      "## Result",
      "All 23 scripts now run in CI with tests.",
    ),
    expected: [{ range: "10:1-10:96", section: "action", reason: R }],
  },
  {
    name: "bold labels, tagged through the lint option",
    markdown: story(
      "**Situation:** The team wiki had 400 stale pages.",
      "**Task:** I owned the cleanup.",
      "**Action:** I reviewed each page with its author and archived the stale ones.",
      "**Result:** The wiki shrank to 120 pages.",
    ),
    principles: ["bias-for-action"],
    expected: [{ range: "3:13-3:78", section: "action", reason: R }],
  },
  {
    name: "inline labels",
    markdown: tagged(
      "bias-for-action",
      "Situation: Our onboarding guide was out of date. Task: Update it. Action: I interviewed new hires and rewrote the guide. Result: New hires rated it 4.5 out of 5.",
    ),
    expected: [{ range: "5:75-5:121", section: "action", reason: R }],
  },
  {
    name: "list layout, tagged with two principles",
    markdown: tagged(
      "bias-for-action, invent-and-simplify",
      "- **Situation:** Our API docs were written by hand.",
      "- **Task:** I was asked to generate them.",
      "- **Action:**",
      "  - I compared three generators and picked the one with the best OpenAPI support.",
      "- **Result:** Docs now rebuild on every merge.",
    ),
    expected: [{ range: "8:3-8:82", section: "action", reason: R }],
  },
];

const valid: Array<{ name: string; markdown: string; principles?: PrincipleId[] }> = [
  {
    name: "rolled back that night without waiting for sign-off",
    markdown: tagged(
      "bias-for-action",
      "## Situation",
      "A new widget tripled home-page errors after launch, and its owner was on a flight.",
      "## Task",
      "Only she could approve a rollback.",
      "## Action",
      "I turned the widget off without waiting for her sign-off and posted why in the launch channel.",
      "## Result",
      "Errors went back to baseline and she agreed with the call the next morning.",
    ),
  },
  {
    name: "didn't wait, with a curly apostrophe",
    markdown: tagged(
      "bias-for-action",
      "**Situation:** A partner's certificate expired on a Saturday.",
      "**Task:** Their integration was down for every shared customer.",
      "**Action:** I didn’t wait for Monday's change board; I installed a temporary certificate and logged the change.",
      "**Result:** The integration was back before any customer noticed.",
    ),
  },
  {
    name: "a quick prototype rather than waiting for planning",
    markdown: tagged(
      "bias-for-action",
      "## Situation",
      "Sales kept asking for bulk editing, but it was not on the roadmap.",
      "## Task",
      "I thought a small version could answer whether customers would use it.",
      "## Action",
      "Rather than wait for the next planning cycle, I built a quick prototype behind a flag.",
      "## Result",
      "It was used by 40 accounts in its first week, and it went on the roadmap.",
    ),
  },
  {
    name: "a two-way door and a calculated risk",
    markdown: tagged(
      "bias-for-action",
      "Situation: Our cache vendor announced a price rise. Task: I had to choose a replacement. Action: I treated it as a two-way door and took a calculated risk on the open-source option. Result: Costs fell by a third.",
    ),
  },
  {
    name: "a short time figure",
    markdown: tagged(
      "bias-for-action",
      "## Situation",
      "A bad config push broke sign-ups in one region.",
      "## Task",
      "I was on call.",
      "## Action",
      "I reverted the push within 20 minutes and wrote up what happened.",
      "## Result",
      "Sign-ups recovered fully.",
    ),
  },
  {
    name: "the same day and immediately, in list form",
    markdown: tagged(
      "bias-for-action",
      "- **Situation:** A customer reported that exports were missing rows.",
      "- **Task:** I owned the export service.",
      "- **Action:**",
      "  - I paused the nightly export immediately and shipped a fix the same day.",
      "- **Result:** No further bad files went out.",
    ),
  },
  {
    name: "a judgement call, phrased without a time",
    markdown: tagged(
      "bias-for-action",
      "## Situation",
      "Our biggest customer's sync job started failing.",
      "## Task",
      "I was the only engineer online.",
      "## Action",
      "I made a judgement call and pointed their traffic at the backup region.",
      "## Result",
      "Their sync resumed, and I wrote up the decision for the team.",
    ),
  },
  {
    name: "on the spot, and fixed by lunch",
    markdown: tagged(
      "bias-for-action",
      "## Situation",
      "A supplier's price file arrived with broken currency codes.",
      "## Task",
      "Orders were being priced wrong.",
      "## Action",
      "I paused pricing updates on the spot and fixed the parser by lunch.",
      "## Result",
      "No order went out at a wrong price.",
    ),
  },
  {
    name: "the weak story untagged",
    markdown: story(
      "## Situation",
      "Our deploy scripts were written in Bash and nobody liked changing them.",
      "## Task",
      "I wanted to move them to a typed language.",
      "## Action",
      "I wrote a proposal, collected comments from every team and ported the scripts over the quarter.",
      "## Result",
      "All 23 scripts now run in CI with tests.",
    ),
  },
  {
    name: "the weak story tagged with another principle",
    markdown: story(
      "**Situation:** The team wiki had 400 stale pages.",
      "**Task:** I owned the cleanup.",
      "**Action:** I reviewed each page with its author and archived the stale ones.",
      "**Result:** The wiki shrank to 120 pages.",
    ),
    principles: ["ownership"],
  },
  {
    name: "no STAR structure",
    markdown: tagged("bias-for-action", "I wrote a proposal, collected comments from every team and ported the scripts over the quarter."),
  },
];

describePackRule(RULE, invalid, valid);
