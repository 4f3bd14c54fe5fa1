import type { PrincipleId } from "../../../lib/principles";
import { describePackRule, story, tagged } from "../helpers";
const RULE = "lp-are-right-a-lot";
const R = "Your Are Right, A Lot story never shows the options you weighed: say what else you considered and what proved your call right.";


const invalid: Array<{ name: string; markdown: string; principles?: PrincipleId[]; expected: Array<{ range: string; section: string; reason: string }> }> = [
  {
    name: "headings story with a decision but no choice",
    markdown: tagged("are-right-a-lot", "## Situation", "Monthly reports timed out for large accounts.", "## Task", "I led the fix.", "## Action", "I moved report generation to a background queue and emailed the reports.", "## Result", "Timeouts fell to 0 in the next month."),
    expected: [{ range: "10:1-10:73", section: "action", reason: R }],
  },
  {
    name: "bold labels via the lint option",
    markdown: story("**Situation:** Our app crashed on older Android phones.", "**Task:** I owned the Android app.", "**Action:** I raised the minimum version to Android 9.", "**Result:** Crashes fell 60%."),
    principles: ["are-right-a-lot"],
    expected: [{ range: "3:13-3:55", section: "action", reason: R }],
  },
  {
    name: "inline labels",
    markdown: tagged("are-right-a-lot", "Situation: The team needed a logging library. Task: I owned the migration. Action: I rolled out the library to all services. Result: All 12 services log the same way now."),
    expected: [{ range: "5:84-5:125", section: "action", reason: R }],
  },
  {
    name: "list layout",
    markdown: tagged("are-right-a-lot", "- **Situation:** Our nightly tests took 3 hours.", "- **Task:** Speed them up.", "- **Action:**", "  - I moved the tests to bigger machines.", "- **Result:** They take 70 minutes."),
    expected: [{ range: "8:3-8:42", section: "action", reason: R }],
  },
];

const valid: Array<{ name: string; markdown: string; principles?: PrincipleId[] }> = [
  {
    name: "weighed two options",
    markdown: tagged("are-right-a-lot", "## Situation", "Monthly reports timed out for large accounts.", "## Task", "I led the fix.", "## Action", "I weighed a bigger database against a background queue and picked the queue.", "## Result", "Timeouts fell to 0 in the next month."),
  },
  {
    name: "trade-off and rather than",
    markdown: tagged("are-right-a-lot", "## Situation", "Search was slow.", "## Task", "I owned search.", "## Action", "The trade-off was freshness: I cached results for 5 minutes rather than adding replicas.", "## Result", "p99 fell to 90 ms."),
  },
  {
    name: "alternatives ruled out",
    markdown: tagged("are-right-a-lot", "**Situation:** Image uploads failed for large files.", "**Task:** Fix uploads.", "**Action:** I ruled out a bigger proxy limit and chose chunked uploads.", "**Result:** Failures fell to 0.1%."),
  },
  {
    name: "hypothesis tested",
    markdown: tagged("are-right-a-lot", "Situation: Sign-ups dropped 8% in June. Task: Find out why. Action: My hypothesis was the new captcha, so I tested it with an A/B split. Result: Removing it recovered 7 points."),
  },
  {
    name: "changed my mind after another view",
    markdown: tagged("are-right-a-lot", "- **Situation:** I wanted to shard the database.", "- **Task:** Pick the scaling plan.", "- **Action:**", "  - A staff engineer challenged the plan, and I changed my mind after seeing her load test.", "- **Result:** We scaled vertically and saved 2 months."),
  },
  {
    name: "data showed the call, curly apostrophe",
    markdown: tagged("are-right-a-lot", "## Situation", "I believed the slowness came from batching.", "## Task", "Make the case before the rewrite.", "## Action", "I profiled a reindex; the data showed 80% of the time in small batches.", "## Result", "Reindexing went from 9 hours to 35 minutes."),
  },
  {
    name: "asked people to poke holes in it",
    markdown: tagged("are-right-a-lot", "**Situation:** I had to pick a caching layer.", "**Task:** Decide by Friday.", "**Action:** I asked two senior engineers to poke holes in my plan.", "**Result:** The cache has run 9 months with no incident."),
  },
  {
    name: "modelled four markets and recommended another",
    markdown: tagged("are-right-a-lot", "## Situation", "Leadership wanted to launch in Germany first.", "## Task", "Recommend a launch market.", "## Action", "I modelled revenue for four markets and recommended the Netherlands instead.", "## Result", "The launch beat its target by 30%."),
  },
  {
    name: "the weak story untagged",
    markdown: story("## Situation", "Monthly reports timed out for large accounts.", "## Task", "I led the fix.", "## Action", "I moved report generation to a background queue and emailed the reports.", "## Result", "Timeouts fell to 0 in the next month."),
  },
  {
    name: "the weak story tagged with another principle",
    markdown: tagged("ownership", "## Situation", "Monthly reports timed out for large accounts.", "## Task", "I led the fix.", "## Action", "I moved report generation to a background queue and emailed the reports.", "## Result", "Timeouts fell to 0 in the next month."),
  },
  {
    name: "no STAR structure",
    markdown: tagged("are-right-a-lot", "I moved report generation to a queue and timeouts stopped."),
  },
];

describePackRule(RULE, invalid, valid);
