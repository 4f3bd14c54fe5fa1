import type { PrincipleId } from "../../../lib/principles";
import { describePackRule, story, tagged } from "../helpers";
const RULE = "lp-success-and-scale-bring-broad-responsibility";
const R =
  "Your Success and Scale Bring Broad Responsibility story weighs no wider effect: say who else was affected and what you did.";


type Expected = { range: string; section: string; reason: string };

const invalid: Array<{ name: string; markdown: string; principles?: PrincipleId[]; expected: Expected[] }> = [
  {
    name: "headings story about speed alone",
    markdown: tagged(
      "success-and-scale-bring-broad-responsibility",
      "## Situation",
      "Image uploads took eight seconds.",
      "## Task",
      "I owned the upload service.",
      "## Action",
      "I moved resizing to the client and uploaded in parallel.",
      "## Result",
      "Uploads take 1.5 seconds.",
    ),
    expected: [{ range: "10:1-10:57", section: "action", reason: R }],
  },
  {
    name: "bold labels through the lint option",
    markdown: story(
      "**Situation:** Our recommendation emails had a low click rate.",
      "**Task:** I owned the email ranking.",
      "**Action:** I trained a new ranking model on last year's clicks.",
      "**Result:** Clicks rose by 18%.",
    ),
    principles: ["success-and-scale-bring-broad-responsibility"],
    expected: [{ range: "3:13-3:65", section: "action", reason: R }],
  },
  {
    name: "inline labels",
    markdown: tagged(
      "success-and-scale-bring-broad-responsibility",
      "Situation: Our video player buffered on slow networks. Task: Fix it. Action: I added adaptive bitrate switching. Result: Buffering fell by 60%.",
    ),
    expected: [{ range: "5:78-5:113", section: "action", reason: R }],
  },
  {
    name: "list layout, tagged with two principles",
    markdown: tagged(
      "success-and-scale-bring-broad-responsibility, think-big",
      "- **Situation:** Our ride app matched drivers one city at a time.",
      "- **Task:** I wanted one matching service for every city.",
      "- **Action:**",
      "  - I wrote the shared matcher and moved the first five cities onto it.",
      "- **Result:** Matching takes 2 seconds in all 30 cities.",
    ),
    expected: [{ range: "8:3-8:72", section: "action", reason: R }],
  },
];

const valid: Array<{ name: string; markdown: string; principles?: PrincipleId[] }> = [
  {
    name: "users' privacy",
    markdown: tagged(
      "success-and-scale-bring-broad-responsibility",
      "## Situation",
      "Our photo uploads kept the GPS location of every picture.",
      "## Task",
      "I owned the upload service.",
      "## Action",
      "I stripped location data before storage to protect our users' privacy.",
      "## Result",
      "40 million photos a month are stored without it.",
    ),
  },
  {
    name: "accessibility and a screen reader, bold labels",
    markdown: tagged(
      "success-and-scale-bring-broad-responsibility",
      "**Situation:** Our checkout could not be used with a screen reader.",
      "**Task:** I led the front-end team.",
      "**Action:** I made a11y checks part of every pull request.",
      "**Result:** Checkout passes all 50 WCAG AA checks.",
    ),
  },
  {
    name: "carbon and energy",
    markdown: tagged(
      "success-and-scale-bring-broad-responsibility",
      "Situation: Our batch jobs ran on always-on servers. Task: I owned the batch platform. Action: I moved the jobs to hours when the grid's carbon intensity was lowest and shut idle servers down. Result: Energy use fell by 35%.",
    ),
  },
  {
    name: "second-order effects on a community",
    markdown: tagged(
      "success-and-scale-bring-broad-responsibility",
      "## Situation",
      "Our routing change sent delivery vans through a school street.",
      "## Task",
      "I owned the routing engine.",
      "## Action",
      "I weighed the second-order effects on the neighbourhood and added school-hours penalties.",
      "## Result",
      "Van trips past the school fell from 300 a day to 20.",
    ),
  },
  {
    name: "regulation and compliance, in list form",
    markdown: tagged(
      "success-and-scale-bring-broad-responsibility",
      "- **Situation:** Our sign-up flow collected birth dates we never used.",
      "- **Task:** I owned sign-up.",
      "- **Action:**",
      "  - I checked the field against the new regulation with our compliance team and removed it.",
      "- **Result:** We stopped storing 2 million birth dates.",
    ),
  },
  {
    name: "bias and fairness in a model",
    markdown: tagged(
      "success-and-scale-bring-broad-responsibility",
      "## Situation",
      "Our credit model approved fewer applicants from some postcodes.",
      "## Task",
      "I owned the model.",
      "## Action",
      "I measured the bias by postcode and retrained with fairness constraints.",
      "## Result",
      "The approval gap fell from 14 points to 2.",
    ),
  },
  {
    name: "quiet hours in each user's local time",
    markdown: tagged(
      "success-and-scale-bring-broad-responsibility",
      "## Situation",
      "Our app sent push notifications at 3 a.m. in some time zones.",
      "## Task",
      "I owned notifications.",
      "## Action",
      "I added quiet hours based on each user's local time.",
      "## Result",
      "Uninstalls after a notification fell 20%.",
    ),
  },
  {
    name: "a crawler that respects small sites",
    markdown: tagged(
      "success-and-scale-bring-broad-responsibility",
      "## Situation",
      "Our scraper hit small websites hard.",
      "## Task",
      "I owned the crawler.",
      "## Action",
      "I added per-site rate limits and honoured robots.txt so small sites were not overloaded.",
      "## Result",
      "Complaints from site owners stopped.",
    ),
  },
  {
    name: "the weak story untagged",
    markdown: story(
      "## Situation",
      "Image uploads took eight seconds.",
      "## Task",
      "I owned the upload service.",
      "## Action",
      "I moved resizing to the client and uploaded in parallel.",
      "## Result",
      "Uploads take 1.5 seconds.",
    ),
  },
  {
    name: "the weak story tagged with another principle",
    markdown: story(
      "**Situation:** Our recommendation emails had a low click rate.",
      "**Task:** I owned the email ranking.",
      "**Action:** I trained a new ranking model on last year's clicks.",
      "**Result:** Clicks rose by 18%.",
    ),
    principles: ["learn-and-be-curious"],
  },
  {
    name: "no STAR structure",
    markdown: tagged("success-and-scale-bring-broad-responsibility", "I moved resizing to the client and uploaded in parallel."),
  },
];

describePackRule(RULE, invalid, valid);
