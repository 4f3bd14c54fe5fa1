import type { PrincipleId } from "../../../lib/principles";
import { describePackRule, story, tagged } from "../helpers";
const RULE = "lp-frugality";
const R =
  "Your Frugality story names no constraint: say the budget, people or tools you did without, and what it saved.";


type Expected = { range: string; section: string; reason: string };

const invalid: Array<{ name: string; markdown: string; principles?: PrincipleId[]; expected: Expected[] }> = [
  {
    name: "headings story with nothing it did without",
    markdown: tagged(
      "frugality",
      "## Situation",
      "Search results were slow for large catalogues.",
      "## Task",
      "I had to make search fast for our biggest sellers.",
      "## Action",
      "I added an index on the product table and rewrote the ranking query.",
      "## Result",
      "Search p95 fell from 2 s to 300 ms.",
    ),
    expected: [{ range: "10:1-10:69", section: "action", reason: R }],
  },
  {
    name: "bold labels, tagged through the lint option",
    markdown: story(
      "**Situation:** Our mobile app crashed on some Android phones.",
      "**Task:** I owned the crash backlog that month.",
      "**Action:** I reproduced each crash on an emulator and fixed the top five.",
      "**Result:** The crash rate fell from 2.1% to 0.4%.",
    ),
    principles: ["frugality"],
    expected: [{ range: "3:13-3:75", section: "action", reason: R }],
  },
  {
    name: "inline labels",
    markdown: tagged(
      "frugality",
      "Situation: Our signup form lost a third of visitors. Task: Fix the drop-off. Action: I cut the form from nine fields to four and added inline validation. Result: Completion rose to 71%.",
    ),
    expected: [{ range: "5:86-5:154", section: "action", reason: R }],
  },
  {
    name: "list layout, tagged with two principles",
    markdown: tagged(
      "frugality, deliver-results",
      "- **Situation:** Nightly builds took three hours.",
      "- **Task:** I wanted them under an hour.",
      "- **Action:**",
      "  - I split the test suite into shards and ran them in parallel.",
      "- **Result:** Builds now take 40 minutes.",
    ),
    expected: [{ range: "8:3-8:65", section: "action", reason: R }],
  },
];

const valid: Array<{ name: string; markdown: string; principles?: PrincipleId[] }> = [
  {
    name: "borrowed and second-hand kit instead of new",
    markdown: tagged("frugality", "## Situation", "A new clinic had to open in September.", "## Task", "I had to equip it.", "## Action", "I borrowed two vaccine fridges from a neighbouring practice and bought a second-hand couch.", "## Result", "The clinic opened on time."),
  },
  {
    name: "a money figure",
    markdown: tagged(
      "frugality",
      "## Situation",
      "Our log storage grew every month.",
      "## Task",
      "I owned the logging platform.",
      "## Action",
      "I moved logs older than 30 days to cold storage.",
      "## Result",
      "The bill fell from $9,000 to $2,500 a month.",
    ),
  },
  {
    name: "no extra headcount, with only two engineers",
    markdown: tagged(
      "frugality",
      "**Situation:** Leadership wanted a partner API this year.",
      "**Task:** There was no extra headcount for it.",
      "**Action:** I scoped it so that two engineers could build it alongside their sprint work.",
      "**Result:** It launched with 3 partners.",
    ),
  },
  {
    name: "reused existing hardware instead of buying",
    markdown: tagged(
      "frugality",
      "## Situation",
      "The data team asked for a GPU cluster.",
      "## Task",
      "I had to find a way to train their models.",
      "## Action",
      "I reused the idle render servers overnight instead of buying new machines.",
      "## Result",
      "Training jobs ran in 6 hours.",
    ),
  },
  {
    name: "an open-source tool on the free tier, British spelling",
    markdown: tagged(
      "frugality",
      "Situation: Our status page vendor raised its licence fee. Task: Keep a public status page. Action: I set up an open-source status page on a free tier host. Result: It has run for 14 months.",
    ),
  },
  {
    name: "cheaper, in list form",
    markdown: tagged(
      "frugality",
      "- **Situation:** Our CI runners sat idle at night.",
      "- **Task:** I owned the build infrastructure.",
      "- **Action:**",
      "  - I moved the runners to spot instances, which were much cheaper.",
      "- **Result:** Builds kept the same speed.",
    ),
  },
  {
    name: "a hiring freeze and a limited team",
    markdown: tagged(
      "frugality",
      "## Situation",
      "We had a hiring freeze, and the support queue kept growing.",
      "## Task",
      "I had to cut the queue with the limited team we had.",
      "## Action",
      "I wrote macros for the ten most common tickets.",
      "## Result",
      "The queue fell from 900 to 200.",
    ),
  },
  {
    name: "could not afford a tool, used the production replica",
    markdown: tagged(
      "frugality",
      "## Situation",
      "Our startup could not afford a data warehouse.",
      "## Task",
      "Give sales weekly reports.",
      "## Action",
      "I built the reports on our production replica with a nightly SQL job.",
      "## Result",
      "Sales got reports every Monday.",
    ),
  },
  {
    name: "hallway tests instead of a lab",
    markdown: tagged(
      "frugality",
      "## Situation",
      "The design team wanted a usability lab.",
      "## Task",
      "Test the new onboarding.",
      "## Action",
      "I ran hallway tests with five colleagues and a laptop.",
      "## Result",
      "We found 7 issues before launch.",
    ),
  },
  {
    name: "the weak story untagged",
    markdown: story(
      "## Situation",
      "Search results were slow for large catalogues.",
      "## Task",
      "I had to make search fast for our biggest sellers.",
      "## Action",
      "I added an index on the product table and rewrote the ranking query.",
      "## Result",
      "Search p95 fell from 2 s to 300 ms.",
    ),
  },
  {
    name: "the weak story tagged with another principle",
    markdown: tagged(
      "dive-deep",
      "**Situation:** Our mobile app crashed on some Android phones.",
      "**Task:** I owned the crash backlog that month.",
      "**Action:** I reproduced each crash on an emulator and fixed the top five.",
      "**Result:** The crash rate fell from 2.1% to 0.4%.",
    ),
  },
  {
    name: "no STAR structure",
    markdown: tagged("frugality", "I added an index on the product table and rewrote the ranking query."),
  },
];

describePackRule(RULE, invalid, valid);
