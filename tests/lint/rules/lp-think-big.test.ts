import type { PrincipleId } from "../../../lib/principles";
import { describePackRule, story, tagged } from "../helpers";
const RULE = "lp-think-big";
const R = "Your Think Big story never looks past the immediate fix: say the bigger direction you set and how you brought people along.";


const invalid: Array<{ name: string; markdown: string; principles?: PrincipleId[]; expected: Array<{ range: string; section: string; reason: string }> }> = [
  {
    name: "headings story about one fix",
    markdown: tagged("think-big", "## Situation", "Image uploads timed out for files over 20 MB.", "## Task", "I had to fix the timeouts.", "## Action", "I switched the uploads to chunked requests and raised the proxy timeout.", "## Result", "Timeouts fell from 4% of uploads to 0.1%."),
    expected: [{ range: "10:1-10:73", section: "action", reason: R }],
  },
  {
    name: "bold labels via the lint option",
    markdown: story("**Situation:** Our login page was slow.", "**Task:** I owned login.", "**Action:** I moved the scripts to the end of the page.", "**Result:** It loads in 1.2 seconds."),
    principles: ["think-big"],
    expected: [{ range: "3:13-3:56", section: "action", reason: R }],
  },
  {
    name: "inline labels",
    markdown: tagged("think-big", "Situation: A report query took a minute. Task: Speed it up. Action: I added an index. Result: It takes 2 seconds."),
    expected: [{ range: "5:69-5:86", section: "action", reason: R }],
  },
  {
    name: "list layout",
    markdown: tagged("think-big", "- **Situation:** The signup form lost data on refresh.", "- **Task:** I took the bug.", "- **Action:**", "  - I saved the draft in local storage.", "- **Result:** Complaints stopped within a week."),
    expected: [{ range: "8:3-8:40", section: "action", reason: R }],
  },
];

const valid: Array<{ name: string; markdown: string; principles?: PrincipleId[] }> = [
  {
    name: "scope in schools and hospitals, not teams and services",
    markdown: tagged("think-big", "## Situation", "Reading ages in Year 7 were low.", "## Task", "I was asked to run a pilot at my school.", "## Action", "I designed the lessons so all eight schools in the trust could run them.", "## Result", "Reading ages rose by 19 months."),
  },
  {
    name: "\"nationwide\" and \"the whole region\"",
    markdown: tagged("think-big", "## Situation", "Discharges were slow.", "## Task", "I had to speed up my ward's discharges.", "## Action", "I wrote the checklist so the whole region could use it, and it went nationwide.", "## Result", "Waits fell from 31 hours to 9."),
  },
  {
    name: "a shared service pitched to other teams",
    markdown: tagged("think-big", "## Situation", "Image uploads timed out for files over 20 MB.", "## Task", "I had to fix the timeouts.", "## Action", "I built chunked uploads as a shared service and pitched it to the other product teams.", "## Result", "9 teams use it today."),
  },
  {
    name: "a platform and roadmap",
    markdown: tagged("think-big", "## Situation", "Each team ran its own deploy scripts.", "## Task", "Fix our team's deploys.", "## Action", "I wrote a two-year roadmap for a deploy platform.", "## Result", "It runs 400 deploys a day."),
  },
  {
    name: "company-wide",
    markdown: tagged("think-big", "**Situation:** Our team tracked cost in a spreadsheet.", "**Task:** Cut our cloud bill.", "**Action:** I turned the spreadsheet into a company-wide cost dashboard.", "**Result:** Cloud spend fell 22%."),
  },
  {
    name: "across teams, British spelling",
    markdown: tagged("think-big", "Situation: Every service formatted logs differently. Task: Fix our logs. Action: I proposed one log format across the organisation. Result: 40 services adopted it."),
  },
  {
    name: "10x and long-term vision",
    markdown: tagged("think-big", "- **Situation:** Our queue handled 1,000 jobs a second.", "- **Task:** Keep up with growth.", "- **Action:**", "  - I set a long-term vision of a queue that scales 10x.", "- **Result:** It handles 12,000 a second."),
  },
  {
    name: "beyond the original ask",
    markdown: tagged("think-big", "## Situation", "A customer asked for one CSV export.", "## Task", "Build it.", "## Action", "Instead of just building one export, I designed an export API for every report.", "## Result", "2,000 customers use it."),
  },
  {
    name: "what if every seller, told in the Task",
    markdown: tagged("think-big", "## Situation", "Sellers priced items by hand.", "## Task", "I asked: what if every seller could get a suggested price?", "## Action", "I built a pricing model and a one-click accept button.", "## Result", "Sellers accept 60% of suggestions."),
  },
  {
    name: "funding an abstraction for each new method",
    markdown: tagged("think-big", "**Situation:** Our checkout only took cards.", "**Task:** Add PayPal.", "**Action:** I argued for a payment-method abstraction so each new method would take days, and got funding for it.", "**Result:** We added 6 payment methods that year."),
  },
  {
    name: "the weak story untagged",
    markdown: story("## Situation", "Image uploads timed out for files over 20 MB.", "## Task", "I had to fix the timeouts.", "## Action", "I switched the uploads to chunked requests and raised the proxy timeout.", "## Result", "Timeouts fell from 4% of uploads to 0.1%."),
  },
  {
    name: "the weak story tagged with another principle",
    markdown: tagged("dive-deep", "## Situation", "Image uploads timed out for files over 20 MB.", "## Task", "I had to fix the timeouts.", "## Action", "I switched the uploads to chunked requests and raised the proxy timeout.", "## Result", "Timeouts fell from 4% of uploads to 0.1%."),
  },
  {
    name: "no STAR structure",
    markdown: tagged("think-big", "I switched uploads to chunked requests."),
  },
];

describePackRule(RULE, invalid, valid);
