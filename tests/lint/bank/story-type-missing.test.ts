import { describe, expect, it } from "vitest";
import { lintBank } from "../../../lib/lint/bank";
import { STORY_TYPES, storyTypesOf, type StoryType } from "../../../lib/lint/bank/story-types";
import type { PrincipleId } from "../../../lib/principles";

interface Case {
  name: string;
  title: string;
  principles?: PrincipleId[];
  body?: string;
  /** Exactly the types this story counts as. */
  types: StoryType[];
}

const star = (situation: string, action: string, result: string) =>
  `## Situation\n${situation}\n## Task\nI owned it.\n## Action\n${action}\n## Result\n${result}\n`;

// Real-looking stories from the kinds of candidate who use the app; each says what it is and is not.
const cases: Case[] = [
  // Failure: the candidate's own mistake, told in the first person or in the title.
  {
    name: "\"I underestimated\" and \"missed the cutover\" in the Action",
    title: "The Q3 billing migration",
    body: star("I owned the billing migration for 40 accounts.", "I underestimated the data cleanup and missed the cutover, so I told my manager.", "All 40 moved, 9 days late."),
    types: ["failure"],
  },
  { name: "a failure title, no body", title: "My biggest mistake: the unreviewed schema change", types: ["failure"] },
  { name: "a title that opens with the miss", title: "Missed the Q3 launch by two weeks", types: ["failure"] },
  { name: "a title that opens with the breakage", title: "Broke production with a config push", types: ["failure"] },
  {
    name: "\"it was my fault\" told by a nurse",
    title: "Medication round handover",
    body: star("On a night shift a patient's 2 a.m. dose was given late.", "It was my fault: I had skipped the handover checklist, so I told the charge nurse and the family.", "No harm came to the patient."),
    types: ["failure"],
  },
  {
    name: "a failure heading inside the body",
    title: "Year-end reconciliation",
    body: "## What I got wrong\nI trusted the old export.\n## Result\nWe restated one line.\n",
    types: ["failure"],
  },
  // Not failure: systems' and other people's failures, fears, quotes, and a "Lessons learned" heading.
  {
    name: "\"failed deploys\" in a story about fixing deploys",
    title: "Made deploys boring",
    body: star("Our deploys failed twice a week and the failed deploys paged someone every time.", "I added a canary stage and automatic rollback.", "Failed deploys fell from 8 a month to 1."),
    types: [],
  },
  { name: "a title where the participle is an adjective", title: "Failed deploys cut by 90%", types: [] },
  { name: "missed as an adjective in a title", title: "Missed deliveries down 30% after the routing rewrite", types: [] },
  {
    name: "the vendor failed, the build failed, I failed over",
    title: "Shipped the app despite the SDK",
    body: star("The vendor failed to deliver the SDK and the nightly build failed.", "I failed over to the old SDK behind an interface.", "We launched on 3 March."),
    types: [],
  },
  {
    name: "a fear of being wrong is not a failure",
    title: "Chose the queue",
    body: star("The team had to pick a queue.", "In case I was wrong, I ran both for a week.", "Kafka won on cost by 30%."),
    types: [],
  },
  {
    name: "someone else's words in quotes",
    title: "Coached a new lead",
    body: star("A new lead told me \"I made a mistake with the rota\".", "I sat with her and rebuilt it.", "Overtime fell 20%."),
    types: [],
  },
  {
    name: "a \"Lessons learned\" heading closing a success story",
    title: "Cut the AWS bill",
    body: "## Action\nI moved logs to cold storage.\n## Result\nThe bill fell 40%.\n## Lessons learned\nMeasure before you cut.\n",
    types: [],
  },
  { name: "catching someone else's mistake is a standards story", title: "Caught a pricing mistake before launch", types: [] },

  // Conflict: a disagreement the candidate was in, or the Disagree and Commit tag.
  {
    name: "\"we disagreed\"",
    title: "Launch date with the payments team",
    body: star("The payments lead and I disagreed on the launch date.", "I showed her the load-test numbers.", "We moved it by a week."),
    types: ["conflict"],
  },
  { name: "\"pushed back\" in a title", title: "Pushed back on my director's rewrite plan", types: ["conflict"] },
  { name: "tagged Disagree and Commit", title: "The roadmap call", principles: ["have-backbone-disagree-and-commit"], types: ["conflict"] },
  {
    name: "a conflict with the vendor",
    title: "Renegotiated the courier contract",
    body: star("We had a conflict with our courier over missed pickups.", "I brought six weeks of scan data to the meeting.", "Pickups on time rose to 97%."),
    types: ["conflict"],
  },
  {
    name: "a teacher who did not agree with the head of department",
    title: "Reading groups",
    body: star("My head of department didn't agree with mixed-ability reading groups.", "I ran a one-term trial in my class.", "Reading ages rose 8 months on average."),
    types: ["conflict"],
  },
  // Not conflict: merge and version conflicts, nobody disagreeing.
  {
    name: "merge conflicts in a tooling story",
    title: "Monorepo migration",
    body: star("Every release had merge conflicts and version conflicts in the lock file.", "I wrote a script that rebased the release branches nightly.", "Release prep fell from 2 days to 20 minutes."),
    types: [],
  },
  {
    name: "no one disagreed",
    title: "Picked the new CI",
    body: star("We needed faster CI.", "I benchmarked three systems and no one disagreed with the pick.", "Builds fell from 30 to 9 minutes."),
    types: [],
  },

  // Deadline: a date that could not move, or a short span to meet it in.
  {
    name: "\"by Friday\"",
    title: "Audit evidence",
    body: star("The auditors asked for 40 controls' evidence by Friday.", "I split the list with two colleagues.", "All 40 were in on Thursday."),
    types: ["deadline"],
  },
  {
    name: "\"in two days\"",
    title: "Conference demo",
    body: star("Sales needed a working demo for the conference.", "I built it in two days by reusing the staging data.", "We signed 3 pilots at the booth."),
    types: ["deadline"],
  },
  { name: "\"deadline\" in a title", title: "A regulatory deadline for the GDPR export", types: ["deadline"] },
  {
    name: "\"within 48 hours\"",
    title: "Recall notices",
    body: star("A supplier recalled a batch of syringes.", "I had to contact 120 clinics within 48 hours, so I split the list by region.", "All 120 confirmed by the second morning."),
    types: ["deadline"],
  },
  {
    name: "\"by 1 October\"",
    title: "Payroll cutover",
    body: star("Payroll had to move to the new provider by 1 October.", "I ran two parallel payrolls.", "Nobody was paid late."),
    types: ["deadline"],
  },
  // Not deadline: times measured after the fact, long projects, no deadline, percentages after "by".
  {
    name: "a resolution time measured on average",
    title: "Support queue",
    body: star("Tickets waited a week for an answer.", "I set up a triage rota.", "Tickets are now resolved in two days on average."),
    types: [],
  },
  {
    name: "a project months long, cut by a percentage",
    title: "Warehouse slotting",
    body: star("Pickers walked too far.", "I re-slotted the top 200 items in six months.", "Walking time fell by 25% by the end of the pilot."),
    types: [],
  },
  {
    name: "there was no deadline",
    title: "Internal wiki clean-up",
    body: star("There was no deadline for the clean-up.", "I archived 300 stale pages.", "Search success rose 15%."),
    types: [],
  },
];

describe("storyTypesOf", () => {
  it.each(cases)("$name", ({ title, principles = [], body, types }) => {
    expect([...storyTypesOf({ title, principles, body })].sort()).toEqual([...types].sort());
  });
});

describe("story-type-missing", () => {
  const reasons = (stories: Parameters<typeof lintBank>[0]) =>
    lintBank(stories)
      .messages.filter((message) => message.ruleId === "story-type-missing")
      .map((message) => message.reason);

  it("names each missing type once, in a fixed order, with its question, as info", () => {
    const { messages } = lintBank([{ id: "a", title: "Cut checkout p99", principles: ["dive-deep"] }]);
    expect(messages.filter((message) => message.ruleId === "story-type-missing")).toEqual([
      {
        ruleId: "story-type-missing",
        severity: "info",
        section: null,
        reason: "You have no story about a failure yet: most loops ask “Tell me about a time you failed”.",
        note: expect.stringMatching(/\S/),
        url: "/rules/story-type-missing",
      },
      expect.objectContaining({ reason: "You have no story about a disagreement yet: most loops ask “Tell me about a time you disagreed with a colleague”." }),
      expect.objectContaining({ reason: "You have no story about a tight deadline yet: most loops ask “Tell me about a time you had to meet a tight deadline”." }),
    ]);
  });

  it("counts a type once any story in the bank has it, wherever it is", () => {
    const bank = [
      { id: "a", title: "Cut checkout p99", principles: [] as PrincipleId[] },
      { id: "b", title: "Reading groups", principles: [] as PrincipleId[], body: "My head of department didn't agree with the plan." },
      { id: "c", title: "Audit evidence by Friday", principles: [] as PrincipleId[] },
    ];
    expect(reasons(bank)).toEqual(["You have no story about a failure yet: most loops ask “Tell me about a time you failed”."]);
  });

  it("says nothing on an empty bank, and nothing when turned off", () => {
    expect(reasons([])).toEqual([]);
    const off = lintBank([{ id: "a", title: "Cut checkout p99", principles: [] }], { rules: { "story-type-missing": "off" } });
    expect(off.messages.some((message) => message.ruleId === "story-type-missing")).toBe(false);
  });

  it("has the three types in its fixed order", () => {
    expect(STORY_TYPES).toEqual(["failure", "conflict", "deadline"]);
  });
});
