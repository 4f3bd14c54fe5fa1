import type { PrincipleId } from "../../../lib/principles";
import { describePackRule, story, tagged } from "../helpers";
const RULE = "lp-invent-and-simplify";
const R = "Your Invent and Simplify story shows nothing you built or simplified: say what, with the before and after (from 12 steps to 3).";


const invalid: Array<{ name: string; markdown: string; principles?: PrincipleId[]; expected: Array<{ range: string; section: string; reason: string }> }> = [
  {
    name: "headings story that only works harder",
    markdown: tagged("invent-and-simplify", "## Situation", "Onboarding a vendor took three weeks.", "## Task", "I had to onboard twelve vendors before the holidays.", "## Action", "I worked through the vendor queue every morning and chased missing forms by email.", "## Result", "All 12 vendors were live by 20 December."),
    expected: [{ range: "10:1-10:83", section: "action", reason: R }],
  },
  {
    name: "bold labels via the lint option",
    markdown: story("**Situation:** Quarterly planning slipped every quarter.", "**Task:** I ran planning for my group.", "**Action:** I sent reminders and chased each team lead in person.", "**Result:** Plans were in on time for Q3."),
    principles: ["invent-and-simplify"],
    expected: [{ range: "3:13-3:66", section: "action", reason: R }],
  },
  {
    name: "inline labels",
    markdown: tagged("invent-and-simplify", "Situation: Support answered billing questions by hand. Task: I joined support rotation for a month. Action: I answered tickets and tagged each by topic. Result: I answered 410 tickets."),
    expected: [{ range: "5:109-5:153", section: "action", reason: R }],
  },
  {
    name: "list layout, invention only in the Situation does not count",
    markdown: tagged("invent-and-simplify", "- **Situation:** Someone had built a release tool years ago that nobody used.", "- **Task:** I had to release faster.", "- **Action:**", "  - I ran the release steps myself every Tuesday.", "- **Result:** Releases went out weekly."),
    expected: [{ range: "8:3-8:50", section: "action", reason: R }],
  },
];

const valid: Array<{ name: string; markdown: string; principles?: PrincipleId[] }> = [
  {
    name: "merged forms",
    markdown: tagged("invent-and-simplify", "## Situation", "Onboarding took three weeks.", "## Task", "Onboard twelve vendors.", "## Action", "I merged the four forms into one and let vendors upload their own documents.", "## Result", "Onboarding takes 1 day."),
  },
  {
    name: "automated, British spelling elsewhere",
    markdown: tagged("invent-and-simplify", "## Situation", "Finance reconciled payouts by hand.", "## Task", "I was asked to help.", "## Action", "I automated the reconciliation with a nightly job.", "## Result", "It saves 6 hours a week."),
  },
  {
    name: "from N steps to M",
    markdown: tagged("invent-and-simplify", "**Situation:** Releases had a wiki checklist.", "**Task:** Make releases safer.", "**Action:** I turned the checklist into a pipeline.", "**Result:** A release went from 34 steps to 3."),
  },
  {
    name: "designed a new approach",
    markdown: tagged("invent-and-simplify", "Situation: Feature flags lived in config files. Task: I owned flags. Action: I designed a flag service with a web UI. Result: Flag changes take 1 minute."),
  },
  {
    name: "removed and consolidated",
    markdown: tagged("invent-and-simplify", "- **Situation:** We ran three queue systems.", "- **Task:** Cut our operating load.", "- **Action:**", "  - I consolidated them onto one and removed the other two.", "- **Result:** On-call pages fell 40%."),
  },
  {
    name: "prototyped",
    markdown: tagged("invent-and-simplify", "## Situation", "Sales asked for quotes in minutes.", "## Task", "I was the engineer on the team.", "## Action", "I prototyped a quote calculator in a week.", "## Result", "Quotes take 2 minutes."),
  },
  {
    name: "got rid of a step",
    markdown: tagged("invent-and-simplify", "Situation: Refunds needed a manager to sign off. Task: Speed refunds up. Action: I got rid of the sign-off for refunds under $50. Result: Refunds take 1 hour, not 2 days."),
  },
  {
    name: "wrote a chat command",
    markdown: tagged("invent-and-simplify", "## Situation", "Engineers filed access requests through a ticket and waited two days.", "## Task", "Make access faster.", "## Action", "I wrote a Slack command that grants time-limited access after a manager approves.", "## Result", "Access now takes 5 minutes."),
  },
  {
    name: "the weak story untagged",
    markdown: story("## Situation", "Onboarding a vendor took three weeks.", "## Task", "I had to onboard twelve vendors before the holidays.", "## Action", "I worked through the vendor queue every morning and chased missing forms by email.", "## Result", "All 12 vendors were live by 20 December."),
  },
  {
    name: "the weak story tagged with another principle",
    markdown: tagged("deliver-results", "## Situation", "Onboarding a vendor took three weeks.", "## Task", "I had to onboard twelve vendors before the holidays.", "## Action", "I worked through the vendor queue every morning and chased missing forms by email.", "## Result", "All 12 vendors were live by 20 December."),
  },
  {
    name: "no STAR structure",
    markdown: tagged("invent-and-simplify", "I chased vendors every morning and all twelve went live."),
  },
];

describePackRule(RULE, invalid, valid);
