import type { PrincipleId } from "../../../lib/principles";
import { describePackRule, story, tagged } from "../helpers";
const RULE = "lp-insist-on-the-highest-standards";
const R = "Your Insist on the Highest Standards story shows no bar you held: say the standard you refused to lower and why it mattered.";


const invalid: Array<{ name: string; markdown: string; principles?: PrincipleId[]; expected: Array<{ range: string; section: string; reason: string }> }> = [
  {
    name: "headings story about shipping on time",
    markdown: tagged("insist-on-the-highest-standards", "## Situation", "Finance wanted a new invoice page before year end.", "## Task", "I built the page.", "## Action", "I wrote the page in two sprints and demoed it to finance every Friday.", "## Result", "It went live 3 days early."),
    expected: [{ range: "10:1-10:71", section: "action", reason: R }],
  },
  {
    name: "bold labels via the lint option",
    markdown: story("**Situation:** Marketing needed a landing page for the launch.", "**Task:** I owned the page.", "**Action:** I built it in a week from the mock-ups.", "**Result:** It went live on launch day."),
    principles: ["insist-on-the-highest-standards"],
    expected: [{ range: "3:13-3:52", section: "action", reason: R }],
  },
  {
    name: "inline labels",
    markdown: tagged("insist-on-the-highest-standards", "Situation: The team moved to a new office. Task: I set up the build machines. Action: I installed the machines and moved the jobs over. Result: Builds ran on day 1."),
    expected: [{ range: "5:87-5:136", section: "action", reason: R }],
  },
  {
    name: "list layout",
    markdown: tagged("insist-on-the-highest-standards", "- **Situation:** Our app needed a dark theme.", "- **Task:** I took the ticket.", "- **Action:**", "  - I added the dark palette to every screen.", "- **Result:** It shipped in 2 weeks."),
    expected: [{ range: "8:3-8:46", section: "action", reason: R }],
  },
];

const valid: Array<{ name: string; markdown: string; principles?: PrincipleId[] }> = [
  {
    name: "refused to ship",
    markdown: tagged("insist-on-the-highest-standards", "## Situation", "Finance wanted a new invoice page before year end.", "## Task", "I built the page.", "## Action", "I refused to ship until every total matched the ledger to the cent.", "## Result", "It went live 3 days early."),
  },
  {
    name: "tests and code review",
    markdown: tagged("insist-on-the-highest-standards", "## Situation", "Our checkout had no tests.", "## Task", "Add a payment method.", "## Action", "I wrote tests for every path and asked for two code reviews.", "## Result", "It shipped with 0 incidents."),
  },
  {
    name: "not good enough, curly apostrophe",
    markdown: tagged("insist-on-the-highest-standards", "**Situation:** A vendor's SDK passed our checks.", "**Task:** Integrate it.", "**Action:** Its error handling wasn’t good enough, so I sent it back twice.", "**Result:** Integration went live 1 week late and clean."),
  },
  {
    name: "root cause and postmortem",
    markdown: tagged("insist-on-the-highest-standards", "Situation: A cache outage took us down. Task: Lead the review. Action: I found the root cause and wrote the postmortem. Result: 3 fixes shipped."),
  },
  {
    name: "raised the bar with a checklist",
    markdown: tagged("insist-on-the-highest-standards", "- **Situation:** Launches often missed alarms.", "- **Task:** Fix launch readiness.", "- **Action:**", "  - I wrote a launch checklist every team now uses.", "- **Result:** Missed alarms fell to 0."),
  },
  {
    name: "an SLO held, British spelling",
    markdown: tagged("insist-on-the-highest-standards", "## Situation", "Our API had no agreed latency target.", "## Task", "Set one.", "## Action", "I agreed an SLO of 200 ms p99 and blocked the release that broke it.", "## Result", "We have met it for 6 months."),
  },
  {
    name: "insisted on a redesign",
    markdown: tagged("insist-on-the-highest-standards", "## Situation", "A partner API design leaked internal ids.", "## Task", "Approve it for launch.", "## Action", "I insisted on a redesign before approving it.", "## Result", "It launched 2 weeks later with opaque ids."),
  },
  {
    name: "the weak story untagged",
    markdown: story("## Situation", "Finance wanted a new invoice page before year end.", "## Task", "I built the page.", "## Action", "I wrote the page in two sprints and demoed it to finance every Friday.", "## Result", "It went live 3 days early."),
  },
  {
    name: "the weak story tagged with another principle",
    markdown: tagged("bias-for-action", "## Situation", "Finance wanted a new invoice page before year end.", "## Task", "I built the page.", "## Action", "I wrote the page in two sprints and demoed it to finance every Friday.", "## Result", "It went live 3 days early."),
  },
  {
    name: "no STAR structure",
    markdown: tagged("insist-on-the-highest-standards", "I built the invoice page in two sprints."),
  },
];

describePackRule(RULE, invalid, valid);
