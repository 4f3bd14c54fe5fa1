import type { PrincipleId } from "../../../lib/principles";
import { describePackRule, story, tagged } from "../helpers";
const RULE = "lp-have-backbone-disagree-and-commit";
const NONE =
  "Your Have Backbone; Disagree and Commit story voices no disagreement: say whom you disagreed with, about what, and why.";
const NO_COMMIT =
  "Your Have Backbone; Disagree and Commit story stops before the decision: say what was decided and how you backed it.";


type Expected = { range: string; section: string; reason: string };

const invalid: Array<{ name: string; markdown: string; principles?: PrincipleId[]; expected: Expected[] }> = [
  {
    name: "headings story with nobody to disagree with",
    markdown: tagged(
      "have-backbone-disagree-and-commit",
      "## Situation",
      "Indexing took nine hours.",
      "## Task",
      "I owned the indexer.",
      "## Action",
      "I profiled it and batched the writes.",
      "## Result",
      "Indexing takes 35 minutes.",
    ),
    expected: [{ range: "10:1-10:38", section: "action", reason: NONE }],
  },
  {
    name: "a disagreement that trails off",
    markdown: tagged(
      "have-backbone-disagree-and-commit",
      "## Situation",
      "My lead wanted to replace our queue with a new streaming platform.",
      "## Task",
      "I owned the consumers.",
      "## Action",
      "I pushed back in the design review and wrote up the risks of the new platform.",
      "## Result",
      "The team discussed my points for an hour.",
    ),
    expected: [{ range: "10:1-10:79", section: "action", reason: NO_COMMIT }],
  },
  {
    name: "bold labels through the lint option, no disagreement",
    markdown: story(
      "**Situation:** Our release notes were written by hand.",
      "**Task:** I wanted them generated.",
      "**Action:** I wrote a script that builds notes from merged pull requests.",
      "**Result:** Notes take 5 minutes instead of 2 hours.",
    ),
    principles: ["have-backbone-disagree-and-commit"],
    expected: [{ range: "3:13-3:74", section: "action", reason: NONE }],
  },
  {
    name: "an objection in the Task, nothing after it, inline labels",
    markdown: tagged(
      "have-backbone-disagree-and-commit",
      "Situation: Product wanted to drop offline mode. Task: I objected, since field staff relied on it. Action: I gathered usage figures from 12 regions. Result: Offline mode is used by 30% of staff.",
    ),
    expected: [{ range: "5:107-5:148", section: "action", reason: NO_COMMIT }],
  },
  {
    name: "list layout, tagged with two principles",
    markdown: tagged(
      "have-backbone-disagree-and-commit, dive-deep",
      "- **Situation:** Our nightly backups ran for six hours.",
      "- **Task:** I looked after the database.",
      "- **Action:**",
      "  - I switched the backups to incremental snapshots.",
      "- **Result:** Backups take 20 minutes.",
    ),
    expected: [{ range: "8:3-8:53", section: "action", reason: NONE }],
  },
];

const valid: Array<{ name: string; markdown: string; principles?: PrincipleId[] }> = [
  {
    name: "pushed back, then she still chose the rewrite and I built it",
    markdown: tagged(
      "have-backbone-disagree-and-commit",
      "## Situation",
      "My manager wanted to rewrite the indexer in Rust.",
      "## Task",
      "I had to make my case before we spent two quarters on it.",
      "## Action",
      "I pushed back with a profile of a full reindex; she still chose the rewrite, and I built its write pipeline.",
      "## Result",
      "The rewrite shipped in 5 months.",
    ),
  },
  {
    name: "disagree and commit, named as such",
    markdown: tagged(
      "have-backbone-disagree-and-commit",
      "**Situation:** Leadership picked a vendor for feature flags.",
      "**Task:** I thought an in-house tool would be cheaper.",
      "**Action:** I raised concerns with a cost sheet, then chose to disagree and commit once the decision was made.",
      "**Result:** I migrated all 40 services to the vendor in 6 weeks.",
    ),
  },
  {
    name: "I didn’t agree, curly apostrophe, and went with it",
    markdown: tagged(
      "have-backbone-disagree-and-commit",
      "Situation: Our director set a freeze on schema changes. Task: I didn’t agree, because two fixes needed them. Action: I made the case in writing, and when she kept the freeze I went with her plan and shipped the fixes without schema changes. Result: Both fixes shipped in the sprint.",
    ),
  },
  {
    name: "challenged, and they changed course",
    markdown: tagged(
      "have-backbone-disagree-and-commit",
      "## Situation",
      "The team planned to launch without load tests.",
      "## Task",
      "I was the on-call lead for the launch.",
      "## Action",
      "I challenged the plan with last year's outage data, and the product lead changed course.",
      "## Result",
      "The load tests found 2 bottlenecks before launch.",
    ),
  },
  {
    name: "objected, and they agreed to a pilot, in list form",
    markdown: tagged(
      "have-backbone-disagree-and-commit",
      "- **Situation:** Sales wanted every customer moved to the new plan at once.",
      "- **Task:** I owned the billing migration.",
      "- **Action:**",
      "  - I objected in the pricing review and proposed a pilot with 50 accounts; they agreed to it.",
      "- **Result:** The pilot caught a proration bug affecting 1 in 20 accounts.",
    ),
  },
  {
    name: "spoke up, and delivered it anyway",
    markdown: tagged(
      "have-backbone-disagree-and-commit",
      "## Situation",
      "My manager wanted the report in a spreadsheet, not a dashboard.",
      "## Task",
      "I thought a dashboard would age better.",
      "## Action",
      "I spoke up in our one-on-one, lost the argument, and delivered the spreadsheet anyway.",
      "## Result",
      "Finance used it every week for a year.",
    ),
  },
  {
    name: "argued it, the group stayed with the other choice",
    markdown: tagged(
      "have-backbone-disagree-and-commit",
      "## Situation",
      "The architect picked GraphQL for our public API.",
      "## Task",
      "I believed REST would suit our partners better.",
      "## Action",
      "I wrote a comparison and argued it in the review; the group stayed with GraphQL and I wrote the first three resolvers.",
      "## Result",
      "The API went live in 8 weeks.",
    ),
  },
  {
    name: "escalated, and the director moved the launch",
    markdown: tagged(
      "have-backbone-disagree-and-commit",
      "## Situation",
      "The team wanted to skip the security review to make the launch.",
      "## Task",
      "I was the tech lead.",
      "## Action",
      "I pushed back and escalated to our director, who moved the launch by a week.",
      "## Result",
      "The review found two critical bugs.",
    ),
  },
  {
    name: "the weak story untagged",
    markdown: story(
      "## Situation",
      "My lead wanted to replace our queue with a new streaming platform.",
      "## Task",
      "I owned the consumers.",
      "## Action",
      "I pushed back in the design review and wrote up the risks of the new platform.",
      "## Result",
      "The team discussed my points for an hour.",
    ),
  },
  {
    name: "the weak story tagged with another principle",
    markdown: story(
      "**Situation:** Our release notes were written by hand.",
      "**Task:** I wanted them generated.",
      "**Action:** I wrote a script that builds notes from merged pull requests.",
      "**Result:** Notes take 5 minutes instead of 2 hours.",
    ),
    principles: ["invent-and-simplify"],
  },
  {
    name: "no STAR structure",
    markdown: tagged("have-backbone-disagree-and-commit", "I profiled the indexer and batched the writes."),
  },
];

describePackRule(RULE, invalid, valid);
