import type { PrincipleId } from "../../../lib/principles";
import { describePackRule, story, tagged } from "../helpers";
const RULE = "lp-strive-to-be-earths-best-employer";
const R =
  "Your Strive to be Earth's Best Employer story makes no one's work better: say whose work got safer, fairer or more rewarding.";


type Expected = { range: string; section: string; reason: string };

const invalid: Array<{ name: string; markdown: string; principles?: PrincipleId[]; expected: Expected[] }> = [
  {
    name: "headings story about a system",
    markdown: tagged(
      "strive-to-be-earths-best-employer",
      "## Situation",
      "Releases followed a 34-step checklist.",
      "## Task",
      "I wanted one command.",
      "## Action",
      "I wrote a release pipeline that tags, builds and runs the smoke tests.",
      "## Result",
      "A release takes 25 minutes instead of 6 hours.",
    ),
    expected: [{ range: "10:1-10:71", section: "action", reason: R }],
  },
  {
    name: "bold labels through the lint option",
    markdown: story(
      "**Situation:** Our API returned errors as plain text.",
      "**Task:** I owned the API gateway.",
      "**Action:** I changed every error into a JSON body with a code and a docs link.",
      "**Result:** Client libraries parse all 40 error types.",
    ),
    principles: ["strive-to-be-earths-best-employer"],
    expected: [{ range: "3:13-3:80", section: "action", reason: R }],
  },
  {
    name: "inline labels",
    markdown: tagged(
      "strive-to-be-earths-best-employer",
      "Situation: Our database backups were untested. Task: I owned them. Action: I scripted a monthly restore into a scratch cluster. Result: The last 12 restores all passed.",
    ),
    expected: [{ range: "5:76-5:128", section: "action", reason: R }],
  },
  {
    name: "list layout, tagged with two principles",
    markdown: tagged(
      "strive-to-be-earths-best-employer, invent-and-simplify",
      "- **Situation:** Our config lived in four formats.",
      "- **Task:** I wanted one.",
      "- **Action:**",
      "  - I wrote a converter and moved every service to YAML.",
      "- **Result:** All 60 services share one schema.",
    ),
    expected: [{ range: "8:3-8:57", section: "action", reason: R }],
  },
];

const valid: Array<{ name: string; markdown: string; principles?: PrincipleId[] }> = [
  {
    name: "burnout and on-call load",
    markdown: tagged(
      "strive-to-be-earths-best-employer",
      "## Situation",
      "Two engineers on my team were close to burnout from the on-call load.",
      "## Task",
      "I wanted a rotation people could sustain.",
      "## Action",
      "I deleted 41 noisy alerts and spread the rotation across two teams.",
      "## Result",
      "Night alerts fell from 12 a week to 2.",
    ),
  },
  {
    name: "well-being and workload, bold labels",
    markdown: tagged(
      "strive-to-be-earths-best-employer",
      "**Situation:** Our support engineers worked most weekends during the launch.",
      "**Task:** I managed the support tooling.",
      "**Action:** I automated the two most common fixes so the workload fell during the week.",
      "**Result:** Weekend shifts went from 4 a month to 1.",
    ),
  },
  {
    name: "psychological safety and an inclusive review",
    markdown: tagged(
      "strive-to-be-earths-best-employer",
      "Situation: New hires never spoke in design reviews. Task: I ran the reviews. Action: I made the reviews inclusive with written comments first, which gave people the psychological safety to disagree. Result: 5 new hires led a review that quarter.",
    ),
  },
  {
    name: "recognised, in British spelling, and a career step",
    markdown: tagged(
      "strive-to-be-earths-best-employer",
      "## Situation",
      "The engineer who kept our build system alive was never credited.",
      "## Task",
      "I led the team.",
      "## Action",
      "I made sure her work was recognised in the quarterly review and wrote her promotion case.",
      "## Result",
      "She was promoted within 6 months.",
    ),
  },
  {
    name: "attrition and morale, in list form",
    markdown: tagged(
      "strive-to-be-earths-best-employer",
      "- **Situation:** Three engineers quit in one quarter, and morale was low.",
      "- **Task:** I was the new manager.",
      "- **Action:**",
      "  - I held one-on-ones with everyone and fixed the two complaints that came up most.",
      "- **Result:** Attrition fell to 0 over the next year.",
    ),
  },
  {
    name: "overtime and work-life balance",
    markdown: tagged(
      "strive-to-be-earths-best-employer",
      "## Situation",
      "Release weeks meant overtime for the whole team.",
      "## Task",
      "I wanted a better work-life balance for us.",
      "## Action",
      "I moved releases to a weekly train.",
      "## Result",
      "Nobody has worked past 7 p.m. on a release since.",
    ),
  },
  {
    name: "knowledge spread so one person could take a holiday",
    markdown: tagged(
      "strive-to-be-earths-best-employer",
      "## Situation",
      "One engineer handled every database question.",
      "## Task",
      "I wanted to spread the knowledge.",
      "## Action",
      "I ran a six-week study group so four others could answer them.",
      "## Result",
      "She took her first full holiday in two years.",
    ),
  },
  {
    name: "a fairer interview loop",
    markdown: tagged(
      "strive-to-be-earths-best-employer",
      "## Situation",
      "Our interview loop gave some candidates harder questions than others.",
      "## Task",
      "I ran hiring for the team.",
      "## Action",
      "I wrote a shared question bank and calibrated scoring with every interviewer.",
      "## Result",
      "Offer decisions became consistent across 40 loops.",
    ),
  },
  {
    name: "the weak story untagged",
    markdown: story(
      "## Situation",
      "Releases followed a 34-step checklist.",
      "## Task",
      "I wanted one command.",
      "## Action",
      "I wrote a release pipeline that tags, builds and runs the smoke tests.",
      "## Result",
      "A release takes 25 minutes instead of 6 hours.",
    ),
  },
  {
    name: "the weak story tagged with another principle",
    markdown: story(
      "**Situation:** Our API returned errors as plain text.",
      "**Task:** I owned the API gateway.",
      "**Action:** I changed every error into a JSON body with a code and a docs link.",
      "**Result:** Client libraries parse all 40 error types.",
    ),
    principles: ["insist-on-the-highest-standards"],
  },
  {
    name: "no STAR structure",
    markdown: tagged("strive-to-be-earths-best-employer", "I wrote a release pipeline that tags, builds and runs the smoke tests."),
  },
];

describePackRule(RULE, invalid, valid);
