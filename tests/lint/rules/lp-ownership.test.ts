import type { PrincipleId } from "../../../lib/principles";
import { describePackRule, story, tagged } from "../helpers";
const RULE = "lp-ownership";
const R = "Your Ownership story stays inside your assigned job: say what you took on that was not yours, or the lasting fix you chose.";


const invalid: Array<{ name: string; markdown: string; principles?: PrincipleId[]; expected: Array<{ range: string; section: string; reason: string }> }> = [
  {
    name: "headings story about the assigned job",
    markdown: tagged("ownership", "## Situation", "The payments SDK was two major versions behind.", "## Task", "My manager asked me to upgrade it this sprint.", "## Action", "I upgraded the SDK and fixed the broken calls.", "## Result", "The upgrade shipped in 4 days."),
    expected: [{ range: "10:1-10:47", section: "action", reason: R }],
  },
  {
    name: "bold labels via the lint option",
    markdown: story("**Situation:** Our sprint had a ticket to add CSV export.", "**Task:** The ticket was assigned to me.", "**Action:** I added the export endpoint and a download button.", "**Result:** It shipped in 6 days."),
    principles: ["ownership"],
    expected: [{ range: "3:13-3:63", section: "action", reason: R }],
  },
  {
    name: "inline labels",
    markdown: tagged("ownership", "Situation: The login page failed accessibility checks. Task: My lead gave me the fixes. Action: I added labels and fixed the tab order. Result: All 14 checks pass."),
    expected: [{ range: "5:97-5:136", section: "action", reason: R }],
  },
  {
    name: "list layout",
    markdown: tagged("ownership", "- **Situation:** A library we used had a security advisory.", "- **Task:** I was on duty that week.", "- **Action:**", "  - I bumped the version and ran the test suite.", "- **Result:** The patched build went out in 2 hours."),
    expected: [{ range: "8:3-8:49", section: "action", reason: R }],
  },
];

const valid: Array<{ name: string; markdown: string; principles?: PrincipleId[] }> = [
  {
    name: "the owner away on leave: the candidate covered their work",
    markdown: tagged("ownership", "## Situation", "The weekly cash report had a wrong total.", "## Task", "The treasury analyst had just gone on three weeks' paternity leave, and the CFO needed the figures by the 28th.", "## Action", "I traced the wrong total and rewrote the lookup.", "## Result", "The report was €472,000 lower and correct."),
  },
  {
    name: "the owner away on leave, the candidate the only other person who knew it (good-stories 109)",
    markdown: tagged("ownership", "**Situation:** The CFO received a weekly cash report built by the treasury analyst.", "**Task:** The treasury analyst had just gone on three weeks' paternity leave, and I was the only other person who knew how the report was built.", "**Action:** I traced the wrong total and rewrote the lookup.", "**Result:** The report was €472,000 lower and correct."),
  },
  {
    name: "not my team's system",
    markdown: tagged("ownership", "## Situation", "The nightly deploy job failed twice a week.", "## Task", "It was not my team's job, but our releases depended on it.", "## Action", "I rewrote the job and set up alerts.", "## Result", "Failures fell from 8 a month to 0."),
  },
  {
    name: "nobody owned it, curly apostrophe",
    markdown: tagged("ownership", "## Situation", "After the reorg no one owned the billing alerts.", "## Task", "The alerts weren’t mine to fix.", "## Action", "I stepped in and rewrote them.", "## Result", "Pages fell from 30 a month to 4."),
  },
  {
    name: "volunteered, bold labels",
    markdown: tagged("ownership", "**Situation:** The on-call handbook was two years out of date.", "**Task:** Nobody had time for it.", "**Action:** I volunteered to rewrite it over two sprints.", "**Result:** New on-calls ramp up in 1 week instead of 3."),
  },
  {
    name: "long-term fix over a patch",
    markdown: tagged("ownership", "## Situation", "A cron job filled the disk every month.", "## Task", "I could have added a cleanup script.", "## Action", "I chose a long-term fix: log rotation in the service itself.", "## Result", "No disk alerts in 9 months."),
  },
  {
    name: "without being asked, inline labels",
    markdown: tagged("ownership", "Situation: Our API docs drifted from the code. Task: Docs were the developer-relations team's area. Action: Without being asked, I wrote a generator from the OpenAPI spec. Result: Docs have matched the code for 6 releases."),
  },
  {
    name: "took ownership across a line break and bold markup",
    markdown: tagged("ownership", "## Situation", "An outage hit checkout.", "## Task", "I was not on call.", "## Action", "I took\n**ownership** of the incident review.", "## Result", "4 action items closed in 2 weeks."),
  },
  {
    name: "although I was in another role, could have closed the ticket",
    markdown: tagged("ownership", "**Situation:** Checkout emails were failing.", "**Task:** Although I was a frontend engineer, I could have closed the ticket as a backend issue.", "**Action:** I traced the failure to the mail queue and fixed its retry setting.", "**Result:** Failed emails fell from 3% to 0."),
  },
  {
    name: "owning the fallout of my own launch",
    markdown: tagged("ownership", "## Situation", "A feature I launched raised support tickets by 20%.", "## Task", "It was my launch, so it was my problem.", "## Action", "I read every ticket, found the confusing copy and fixed it within a day.", "## Result", "Tickets fell back to baseline within a week."),
  },
  {
    name: "a partner's outage at night",
    markdown: tagged("ownership", "Situation: A partner's webhook started failing at 3 a.m. Task: I was the only engineer awake in our time zone. Action: I called their on-call and stayed on until their fix was deployed. Result: No orders were lost."),
  },
  {
    name: "the weak story untagged",
    markdown: story("## Situation", "The payments SDK was two major versions behind.", "## Task", "My manager asked me to upgrade it this sprint.", "## Action", "I upgraded the SDK and fixed the broken calls.", "## Result", "The upgrade shipped in 4 days."),
  },
  {
    name: "the weak story tagged with another principle",
    markdown: story("## Situation", "The payments SDK was two major versions behind.", "## Task", "My manager asked me to upgrade it this sprint.", "## Action", "I upgraded the SDK and fixed the broken calls.", "## Result", "The upgrade shipped in 4 days."),
    principles: ["deliver-results"],
  },
  {
    // tests/lint/good-stories/57-failure-took-from.md: owning a commitment that slipped.
    name: "the estimate was mine, and I told them rather than hoping to catch up",
    markdown: tagged("ownership", "## Situation", "I had committed to a warehouse migration by the end of Q2.", "## Task", "The plan and the estimate were mine.", "## Action", "Six weeks out I told finance we would miss it, rather than hoping to catch up, and gave a two-phase plan.", "## Result", "It finished on 24 September."),
  },
  {
    name: "no STAR structure",
    markdown: tagged("ownership", "I upgraded the payments SDK in four days."),
  },
];

describePackRule(RULE, invalid, valid);
