import type { PrincipleId } from "../../../lib/principles";
import { describePackRule, story, tagged } from "../helpers";
const RULE = "lp-dive-deep";
const DATA =
  "Your Dive Deep story shows no data you examined: name the logs, metrics or records you went through, with a figure.";
const CAUSE = "Your Dive Deep story finds no root cause: say what caused the problem and how you proved it.";


type Expected = { range: string; section: string; reason: string };

const invalid: Array<{ name: string; markdown: string; principles?: PrincipleId[]; expected: Expected[] }> = [
  {
    name: "headings story with a fix but no digging: both checks",
    markdown: tagged(
      "dive-deep",
      "## Situation",
      "Checkout was slow at the evening peak.",
      "## Task",
      "I owned the checkout service.",
      "## Action",
      "I rewrote the inventory lookup and added a cache.",
      "## Result",
      "Checkout got faster at peak.",
    ),
    expected: [
      { range: "10:1-10:50", section: "action", reason: DATA },
      { range: "10:1-10:50", section: "action", reason: CAUSE },
    ],
  },
  {
    name: "a cause without the data, bold labels through the lint option",
    markdown: story(
      "**Situation:** Our nightly import kept timing out.",
      "**Task:** I was asked to fix it.",
      "**Action:** I moved the import off the shared worker because it was starved by other jobs.",
      "**Result:** The import has not timed out since.",
    ),
    principles: ["dive-deep"],
    expected: [{ range: "3:13-3:91", section: "action", reason: DATA }],
  },
  {
    name: "the data without a cause, inline labels",
    markdown: tagged(
      "dive-deep",
      "Situation: Mobile sign-ins failed for some users. Task: Fix it. Action: I pulled the auth service logs and added a longer token timeout. Result: Sign-in complaints stopped.",
    ),
    expected: [{ range: "5:73-5:137", section: "action", reason: CAUSE }],
  },
  {
    name: "list layout, tagged with two principles",
    markdown: tagged(
      "dive-deep, ownership",
      "- **Situation:** The search page sometimes showed stale prices.",
      "- **Task:** I took it on.",
      "- **Action:**",
      "  - I added a cache purge to the price update job.",
      "- **Result:** Stale prices went away.",
    ),
    expected: [
      { range: "8:3-8:51", section: "action", reason: DATA },
      { range: "8:3-8:51", section: "action", reason: CAUSE },
    ],
  },
];

const valid: Array<{ name: string; markdown: string; principles?: PrincipleId[] }> = [
  {
    name: "traces and a root cause",
    markdown: tagged(
      "dive-deep",
      "## Situation",
      "Checkout was slow at the evening peak.",
      "## Task",
      "I owned the checkout service.",
      "## Action",
      "I sorted a week of traces by span and found the root cause: one query per cart line.",
      "## Result",
      "p99 fell from 800 ms to 60 ms.",
    ),
  },
  {
    name: "a flame graph, and it turned out",
    markdown: tagged(
      "dive-deep",
      "**Situation:** Our image service used twice the CPU after an upgrade.",
      "**Task:** I was on the performance rotation.",
      "**Action:** I profiled it under load; the flame graph turned out to be dominated by a debug logger left on.",
      "**Result:** CPU use fell by half.",
    ),
  },
  {
    name: "SQL, analysed in British spelling, and the culprit",
    markdown: tagged(
      "dive-deep",
      "Situation: Finance saw duplicate refunds. Task: Find out why. Action: I analysed the refund ledger with SQL, and the culprit was a client that retried POSTs. Result: Duplicates stopped.",
    ),
  },
  {
    name: "a figure in the Action counts as data; the cause came down to",
    markdown: tagged(
      "dive-deep",
      "## Situation",
      "Builds on the main branch were flaky.",
      "## Task",
      "I wanted to know why.",
      "## Action",
      "I reran the suite 200 times; the failures came down to a test that shared a temp directory.",
      "## Result",
      "Flaky builds stopped.",
    ),
  },
  {
    name: "the cause stated in the Result, in list form",
    markdown: tagged(
      "dive-deep",
      "- **Situation:** Some invoices showed the wrong tax.",
      "- **Task:** I owned the billing service.",
      "- **Action:**",
      "  - I queried every affected invoice and compared them with the tax tables.",
      "- **Result:** The errors were caused by a stale rate file, which I replaced.",
    ),
  },
  {
    name: "dashboards and traced it to",
    markdown: tagged(
      "dive-deep",
      "## Situation",
      "Error rates on the checkout page doubled overnight.",
      "## Task",
      "I was on call.",
      "## Action",
      "I went through the dashboards region by region and traced it to a bad CDN rule.",
      "## Result",
      "Errors returned to normal.",
    ),
  },
  {
    name: "broke the latency down and saw the slow devices",
    markdown: tagged(
      "dive-deep",
      "## Situation",
      "Customers said the app felt slow, but our p50 looked fine.",
      "## Task",
      "Understand the gap.",
      "## Action",
      "I broke latency down by device and saw old Android phones were 5x slower.",
      "## Result",
      "A lighter bundle for them cut p90 by 60%.",
    ),
  },
  {
    name: "went through the bill line by line; a cluster was responsible",
    markdown: tagged(
      "dive-deep",
      "## Situation",
      "Our cloud bill doubled in a month.",
      "## Task",
      "Explain it.",
      "## Action",
      "I went through the cost explorer line by line; a forgotten test cluster was responsible for most of the increase.",
      "## Result",
      "The bill returned to $12,000.",
    ),
  },
  {
    name: "the weak story untagged",
    markdown: story(
      "## Situation",
      "Checkout was slow at the evening peak.",
      "## Task",
      "I owned the checkout service.",
      "## Action",
      "I rewrote the inventory lookup and added a cache.",
      "## Result",
      "Checkout got faster at peak.",
    ),
  },
  {
    name: "the weak story tagged with another principle",
    markdown: story(
      "**Situation:** The search page sometimes showed stale prices.",
      "**Task:** I took it on.",
      "**Action:** I added a cache purge to the price update job.",
      "**Result:** Stale prices went away.",
    ),
    principles: ["bias-for-action"],
  },
  {
    name: "no STAR structure",
    markdown: tagged("dive-deep", "I rewrote the inventory lookup and added a cache."),
  },
];

describePackRule(RULE, invalid, valid);
