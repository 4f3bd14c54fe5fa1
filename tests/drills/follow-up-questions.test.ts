import { describe, expect, it } from "vitest";
import { followUpQuestions, MAX_FOLLOW_UP_QUESTIONS, type DrillStory } from "@/lib/drills/follow-up-questions";

const star = (parts: { situation?: string; task?: string; action?: string; result?: string }) =>
  (["situation", "task", "action", "result"] as const)
    .filter((name) => parts[name] !== undefined)
    .map((name) => `## ${name[0].toUpperCase()}${name.slice(1)}\n${parts[name]}\n`)
    .join("");

const questionsOf = (story: DrillStory) => followUpQuestions(story).map((item) => item.question);

interface Case {
  name: string;
  story: DrillStory;
  expected: string[];
}

const cases: Case[] = [
  {
    name: "'we' in the Action, vague words and no figure in the Result, no trade-off, two principles",
    story: {
      title: "Checkout latency",
      principles: ["dive-deep", "deliver-results"],
      body: star({
        situation: "Our checkout page was slow: p99 was 800 ms and carts were abandoned.",
        task: "I owned the checkout service and had to get p99 under 100 ms before Black Friday.",
        action: "We rewrote the query, and I added a read-through cache in front of the pricing service.",
        result: "Latency improved and the launch was a big success.",
      }),
    },
    expected: [
      'You wrote "We rewrote the query" — what did you do yourself?',
      "Improved by how much, and how did you measure it?",
      'You wrote "a big success" — how did you know it worked, and what number shows it?',
      "What number shows the result?",
      "What alternatives did you reject, and why?",
      "What would you do differently?",
      "Tell me about a problem you solved by digging into the data.",
      "Tell me about a time you delivered under a tight deadline.",
      "Describe a time a metric and an anecdote disagreed.",
      "Describe a goal you missed and what you did about it.",
    ],
  },
  {
    name: "a strong story: reasons in the Action, figures in the Result, one principle",
    story: {
      title: "Cut checkout p99 from 800 ms to 60 ms",
      principles: ["dive-deep"],
      body: star({
        situation: "Checkout p99 was 800 ms during the holiday sale.",
        task: "I owned the checkout service.",
        action: "I profiled the slowest query and cached prices rather than adding replicas, because reads were 95% of the load.",
        result: "p99 fell from 800 ms to 60 ms and conversion rose 3%.",
      }),
    },
    expected: [
      "What would you do differently?",
      "Tell me about a problem you solved by digging into the data.",
      "Describe a time a metric and an anecdote disagreed.",
    ],
  },
  {
    name: "'we' in the Situation is context, not a claim; 'we' mid-sentence is quoted as written",
    story: {
      title: "Pager fatigue",
      principles: [],
      body: star({
        situation: "We had two services paging every night.",
        task: "I had to stop the noise.",
        action: "I grouped the alerts by cause, then we deleted the noisy alerts; I chose grouping over muting since muting hides outages.",
        result: "Pages fell from 30 a week to 2.",
      }),
    },
    expected: ['You wrote "we deleted the noisy alerts" — what did you do yourself?', "What would you do differently?"],
  },
  {
    name: "missing Task and Result: the interviewer asks for them",
    story: {
      title: "Vendor",
      principles: ["frugality"],
      body: star({ situation: "Our CDN bill doubled.", action: "I renegotiated the contract instead of switching vendors." }),
    },
    expected: [
      "What were you responsible for, and what did success mean?",
      "How did it end, and what changed because of what you did?",
      "What would you do differently?",
      "Tell me about a time you delivered with fewer resources than you wanted.",
      "Describe a cost you cut without hurting the result.",
    ],
  },
  {
    name: "no STAR structure at all",
    story: { title: "Draft", principles: [], body: "I stayed late to fix the release and it was great." },
    expected: ["Walk me through it: the situation, your task, what you did, and the result?", "What would you do differently?"],
  },
  {
    name: "comparative and feedback phrases are quoted",
    story: {
      title: "Search",
      principles: [],
      body: star({
        situation: "Search was slow.",
        task: "Fix it.",
        action: "I added an index because scans dominated.",
        result: "Search became much faster and support got positive feedback.",
      }),
    },
    expected: [
      'You wrote "much faster" — how much faster, and how did you measure it?',
      'You wrote "positive feedback" — from whom, and what exactly did they say or measure?',
      "What number shows the result?",
      "What would you do differently?",
    ],
  },
  {
    name: "part-2 findings: a passive, a hedge, blame, and a failure story with no lesson",
    story: {
      title: "Failure: the migration I rushed",
      principles: [],
      body: star({
        situation: "I made a mistake on the billing migration: I skipped the dry run to hit the date.",
        task: "I owned the cut-over.",
        action: "The old tables were dropped before the backfill finished. I think the alerts fired late. It was the DBA's fault that the backup was a week old.",
        result: "Billing was down for 4 hours and 312 invoices had to be reissued.",
      }),
    },
    expected: [
      'You wrote "were dropped" — who did that, and what was your part?',
      'You said "I think" — did you check? What did it show?',
      'You wrote "the DBA\'s fault" — what was your part in it, and what would you do differently?',
      "What did you learn from it, and what do you do differently now?",
      "What alternatives did you reject, and why?",
      "What would you do differently?",
    ],
  },
  {
    name: "'tried to' is asked whether it worked",
    story: {
      title: "Flaky tests",
      principles: [],
      body: star({
        situation: "The checkout suite failed one run in five.",
        task: "I owned the suite that quarter.",
        action: "I tried to quarantine the flaky tests, because they blocked every merge.",
        result: "Red runs fell from 20% to 3%.",
      }),
    },
    expected: ['You wrote "tried to" — did it work, and what did you do next?', "What would you do differently?"],
  },
];

describe("followUpQuestions", () => {
  it.each(cases)("$name", ({ story, expected }) => {
    expect(questionsOf(story)).toEqual(expected);
  });

  it("names where each question came from", () => {
    expect(followUpQuestions(cases[0].story).map((item) => item.source)).toEqual([
      { ruleId: "we-instead-of-i", section: "action" },
      { ruleId: "vague-outcome", section: "result" },
      { ruleId: "vague-outcome", section: "result" },
      { ruleId: "result-missing-metric", section: "result" },
      { section: "action" },
      {},
      { principleId: "dive-deep" },
      { principleId: "deliver-results" },
      { principleId: "dive-deep" },
      { principleId: "deliver-results" },
    ]);
  });

  it("asks at most two questions per rule, keeps the retrospective and every principle's first question under the cap", () => {
    const story: DrillStory = {
      title: "Everything at once",
      principles: ["ownership", "dive-deep", "frugality", "earn-trust", "think-big", "bias-for-action"],
      body: star({
        situation: "Billing was flaky.",
        task: "Fix it.",
        action: "We rewrote the parser. We added retries. We deployed it. We monitored it.",
        result: "Things improved, it was a huge success and got positive feedback.",
      }),
    };
    const questions = followUpQuestions(story);
    expect(questions).toHaveLength(MAX_FOLLOW_UP_QUESTIONS);
    expect(questions.filter((item) => item.source.ruleId === "we-instead-of-i")).toHaveLength(2);
    expect(questions.map((item) => item.question)).toContain("What would you do differently?");
    expect(new Set(questions.filter((item) => item.source.principleId).map((item) => item.source.principleId)).size).toBe(6);
    expect(new Set(questions.map((item) => item.question)).size).toBe(questions.length);
  });

  it("is stable and ignores unknown or repeated principle ids", () => {
    const story = { ...cases[1].story, principles: ["dive-deep", "dive-deep", "not-a-principle"] };
    expect(questionsOf(story)).toEqual(cases[1].expected);
    expect(questionsOf(story)).toEqual(questionsOf(story));
  });
});
