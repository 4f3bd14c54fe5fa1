import type { PrincipleId } from "../../../lib/principles";
import { describePackRule, story, tagged } from "../helpers";
const RULE = "lp-learn-and-be-curious";
const R = "Your Learn and Be Curious story never says what you learned: say what you taught yourself, how, and what you did with it.";


const invalid: Array<{ name: string; markdown: string; principles?: PrincipleId[]; expected: Array<{ range: string; section: string; reason: string }> }> = [
  {
    name: "headings story applying what you knew",
    markdown: tagged("learn-and-be-curious", "## Situation", "Our web app took eight minutes to build.", "## Task", "I wanted builds under a minute.", "## Action", "I moved the app to a faster bundler and cached the dependencies.", "## Result", "Builds take 45 seconds."),
    expected: [{ range: "10:1-10:65", section: "action", reason: R }],
  },
  {
    name: "bold labels via the lint option",
    markdown: story("**Situation:** Our service ran out of memory every Friday.", "**Task:** I owned the service.", "**Action:** I doubled the heap and added a restart schedule.", "**Result:** No crashes for 10 weeks."),
    principles: ["learn-and-be-curious"],
    expected: [{ range: "3:13-3:61", section: "action", reason: R }],
  },
  {
    name: "inline labels",
    markdown: tagged("learn-and-be-curious", "Situation: The billing job ran late. Task: I had to make it run on time. Action: I moved it to an earlier slot. Result: It finishes by 6 a.m."),
    expected: [{ range: "5:82-5:112", section: "action", reason: R }],
  },
  {
    name: "list layout",
    markdown: tagged("learn-and-be-curious", "- **Situation:** Support wanted an export button.", "- **Task:** I was assigned the ticket.", "- **Action:**", "  - I added the button and the CSV endpoint.", "- **Result:** It shipped in 3 days."),
    expected: [{ range: "8:3-8:45", section: "action", reason: R }],
  },
];

const valid: Array<{ name: string; markdown: string; principles?: PrincipleId[] }> = [
  {
    name: "taught myself from the docs",
    markdown: tagged("learn-and-be-curious", "## Situation", "Our web app took eight minutes to build.", "## Task", "I wanted builds under a minute.", "## Action", "I taught myself the new bundler from its docs over two evenings, then moved the app to it.", "## Result", "Builds take 45 seconds."),
  },
  {
    name: "learned Rust",
    markdown: tagged("learn-and-be-curious", "## Situation", "A parser was too slow in Python.", "## Task", "Speed it up.", "## Action", "I learned enough Rust in a month to rewrite the hot loop.", "## Result", "Parsing is 12x faster."),
  },
  {
    name: "read the source",
    markdown: tagged("learn-and-be-curious", "**Situation:** Our ORM produced odd queries.", "**Task:** Find out why.", "**Action:** I read the ORM's source and found the eager-loading rule.", "**Result:** Query count fell 70%."),
  },
  {
    name: "new to me, experimented",
    markdown: tagged("learn-and-be-curious", "Situation: Kubernetes was new to me. Task: Move our service onto it. Action: I experimented in a sandbox cluster for a week. Result: The move took 2 days."),
  },
  {
    name: "studied and took a course, British spelling",
    markdown: tagged("learn-and-be-curious", "- **Situation:** We needed to forecast demand.", "- **Task:** I had no statistics background.", "- **Action:**", "  - I studied time-series models through an online course and practised on last year's data.", "- **Result:** Forecast error fell to 8%."),
  },
  {
    name: "curiosity in the Situation",
    markdown: tagged("learn-and-be-curious", "## Situation", "I was curious why our cache hit rate was only 40%.", "## Task", "Raise it.", "## Action", "I sampled keys and changed the TTLs.", "## Result", "Hit rate is 85%."),
  },
  {
    name: "an expert walked me through it",
    markdown: tagged("learn-and-be-curious", "Situation: Our search ranking was a black box. Task: Tune it. Action: I asked the search team to walk me through the scoring code. Result: Click-through rose 9%."),
  },
  {
    name: "the weak story untagged",
    markdown: story("## Situation", "Our web app took eight minutes to build.", "## Task", "I wanted builds under a minute.", "## Action", "I moved the app to a faster bundler and cached the dependencies.", "## Result", "Builds take 45 seconds."),
  },
  {
    name: "the weak story tagged with another principle",
    markdown: tagged("frugality", "## Situation", "Our web app took eight minutes to build.", "## Task", "I wanted builds under a minute.", "## Action", "I moved the app to a faster bundler and cached the dependencies.", "## Result", "Builds take 45 seconds."),
  },
  {
    name: "no STAR structure",
    markdown: tagged("learn-and-be-curious", "I moved the app to a faster bundler."),
  },
];

describePackRule(RULE, invalid, valid);
