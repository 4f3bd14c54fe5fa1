import type { PrincipleId } from "../../../lib/principles";
import { describePackRule, story, tagged } from "../helpers";
const RULE = "lp-deliver-results";
const NO_TARGET =
  "Your Deliver Results story sets no deadline or target: say the date or number you committed to and who was counting on it.";
const NO_OUTCOME =
  "Your Deliver Results story never says if you hit the target: give your result against the date or number you set.";


type Expected = { range: string; section: string; reason: string };

const invalid: Array<{ name: string; markdown: string; principles?: PrincipleId[]; expected: Expected[] }> = [
  {
    name: "headings story with no deadline or target, reported on the Task",
    markdown: tagged(
      "deliver-results",
      "## Situation",
      "Finance asked for invoice exports.",
      "## Task",
      "I owned the export feature.",
      "## Action",
      "I built the export job and wrote its tests.",
      "## Result",
      "Finance now exports invoices themselves.",
    ),
    expected: [{ range: "8:1-8:28", section: "task", reason: NO_TARGET }],
  },
  {
    name: "a deadline in the Task, a Result that never answers it",
    markdown: tagged(
      "deliver-results",
      "## Situation",
      "Marketing wanted a referral programme.",
      "## Task",
      "I had to launch it by the end of Q3.",
      "## Action",
      "I built the invite flow and the reward ledger.",
      "## Result",
      "Referrals became our second-largest sign-up channel.",
    ),
    expected: [{ range: "12:1-12:53", section: "result", reason: NO_OUTCOME }],
  },
  {
    name: "bold labels through the lint option, no target",
    markdown: story(
      "**Situation:** Our support tool could not search old tickets.",
      "**Task:** I took on the search feature.",
      "**Action:** I indexed the ticket archive and added a search box.",
      "**Result:** Agents use search in most conversations.",
    ),
    principles: ["deliver-results"],
    expected: [{ range: "2:11-2:40", section: "task", reason: NO_TARGET }],
  },
  {
    name: "an SLA in the Situation, a vague Result, inline labels",
    markdown: tagged(
      "deliver-results",
      "Situation: Our enterprise SLA promised a reply to every outage ticket. Task: I owned the alerting. Action: I routed outage tickets straight to the on-call phone. Result: The on-call engineer now sees them first.",
    ),
    expected: [{ range: "5:171-5:212", section: "result", reason: NO_OUTCOME }],
  },
  {
    name: "list layout, tagged with two principles",
    markdown: tagged(
      "deliver-results, ownership",
      "- **Situation:** A partner needed a sandbox account system.",
      "- **Task:** I owned the sandbox.",
      "- **Action:**",
      "  - I built account creation and a reset button.",
      "- **Result:** Partners create their own sandboxes.",
    ),
    expected: [{ range: "6:13-6:33", section: "task", reason: NO_TARGET }],
  },
];

const valid: Array<{ name: string; markdown: string; principles?: PrincipleId[] }> = [
  {
    name: "a deadline met on time",
    markdown: tagged(
      "deliver-results",
      "## Situation",
      "Our payment provider was shutting down its old API.",
      "## Task",
      "I had to move us to the new API before the cut-off.",
      "## Action",
      "I migrated one payment method a week behind a flag.",
      "## Result",
      "We finished on time, with no failed payments.",
    ),
  },
  {
    name: "a launch date beaten, two weeks ahead of schedule",
    markdown: tagged(
      "deliver-results",
      "**Situation:** The new pricing page had a fixed launch date.",
      "**Task:** I led the front-end work.",
      "**Action:** I cut the animations and built the page from existing components.",
      "**Result:** It went live two weeks ahead of schedule.",
    ),
  },
  {
    name: "a goal missed, and by how much",
    markdown: tagged(
      "deliver-results",
      "Situation: We promised a customer bulk import by Friday. Task: I owned the importer. Action: I built it and tested it on their largest file. Result: I missed the date by two days and told them a week in advance.",
    ),
  },
  {
    name: "a metric target and the figure against it",
    markdown: tagged(
      "deliver-results",
      "## Situation",
      "Checkout p99 was 800 ms at peak.",
      "## Task",
      "I had to get p99 under 200 ms.",
      "## Action",
      "I batched the inventory lookups.",
      "## Result",
      "p99 dropped from 800 ms to 60 ms.",
    ),
  },
  {
    name: "an SLA hit, in list form",
    markdown: tagged(
      "deliver-results",
      "- **Situation:** Our support SLA was a first reply within 4 hours.",
      "- **Task:** I owned the routing rules.",
      "- **Action:**",
      "  - I routed tickets by product area and added a backup queue.",
      "- **Result:** We hit the SLA on 98% of tickets that quarter.",
    ),
  },
  {
    name: "the target exceeded, as promised",
    markdown: tagged(
      "deliver-results",
      "## Situation",
      "Sign-ups had been flat for a year.",
      "## Task",
      "My goal for the half was 10,000 new sign-ups.",
      "## Action",
      "I rebuilt the onboarding emails and tested each one.",
      "## Result",
      "We exceeded the goal, as promised to the board.",
    ),
  },
  {
    name: "no Task section: nothing to point the first check at",
    markdown: tagged(
      "deliver-results",
      "## Situation",
      "Finance asked for invoice exports.",
      "## Action",
      "I built the export job and wrote its tests.",
      "## Result",
      "Finance now exports invoices themselves.",
    ),
  },
  {
    name: "a count against a commitment, with no outcome word",
    markdown: tagged(
      "deliver-results",
      "## Situation",
      "Sales committed to 50 enterprise onboardings this quarter.",
      "## Task",
      "I owned onboarding tooling.",
      "## Action",
      "I automated account setup.",
      "## Result",
      "We onboarded 63 accounts.",
    ),
  },
  {
    name: "a regulator's date and the day it passed",
    markdown: tagged(
      "deliver-results",
      "## Situation",
      "A regulator required audit logs by 1 July.",
      "## Task",
      "I owned the compliance work.",
      "## Action",
      "I built the audit pipeline and ran a dry run with legal.",
      "## Result",
      "We passed the regulator's check on 28 June.",
    ),
  },
  {
    name: "the weak story untagged",
    markdown: story(
      "## Situation",
      "Finance asked for invoice exports.",
      "## Task",
      "I owned the export feature.",
      "## Action",
      "I built the export job and wrote its tests.",
      "## Result",
      "Finance now exports invoices themselves.",
    ),
  },
  {
    name: "the weak story tagged with another principle",
    markdown: story(
      "**Situation:** Our support tool could not search old tickets.",
      "**Task:** I took on the search feature.",
      "**Action:** I indexed the ticket archive and added a search box.",
      "**Result:** Agents use search in most conversations.",
    ),
    principles: ["customer-obsession"],
  },
  {
    name: "no STAR structure",
    markdown: tagged("deliver-results", "I built the export job and wrote its tests, and finance uses it."),
  },
];

describePackRule(RULE, invalid, valid);
