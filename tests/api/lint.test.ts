import { describe, expect, it } from "vitest";
import { POST as lintRoute } from "@/app/api/lint/route";
import { GET as rulesRoute } from "@/app/api/rules/route";
import { PRINCIPLE_IDS } from "@/lib/principles";
import { principleRuleId } from "@/lib/lint/principle-pack";
import { jsonRequest } from "../support/http";

/** SPEC §2's fields, in its order; `actual`, `expected` and `note` only when a message has them. */
const SPEC_FIELDS = ["ruleId", "severity", "section", "reason", "line", "column", "endLine", "endColumn", "offset", "endOffset", "actual", "expected", "note", "url"];

/** A draft that part 2 coaches: a passive and a hedge in the Action, blame, no reason, no root cause. */
const DRAFT = `## Situation
Checkout timed out for 3% of shoppers every Friday evening.

## Task
I owned checkout latency for the quarter.

## Action
The slow query was rewritten and an index was added. I think the cache also helped. It was the other team's fault that the query was slow.

## Result
p99 fell from 800 ms to 60 ms.
`;

describe("POST /api/lint with the part-2 rules", () => {
  it("returns their messages in the SPEC §2 shape, principle packs switched on by the principles sent", async () => {
    const response = await lintRoute(jsonRequest("POST", "/api/lint", { markdown: DRAFT, principles: ["dive-deep"] }), undefined);
    expect(response.status).toBe(200);
    const { messages } = (await response.json()) as { messages: Array<Record<string, unknown>> };
    const byRule = (id: string) => messages.filter((message) => message.ruleId === id);
    expect(byRule("passive-action").map((message) => message.actual)).toEqual(["was rewritten", "was added"]);
    expect(byRule("hedge-words").map((message) => message.actual)).toEqual(["I think"]);
    expect(byRule("blame-others").map((message) => message.actual)).toEqual(["the other team's fault"]);
    expect(byRule("spoken-length")).toHaveLength(1);
    expect(byRule("lp-dive-deep").map((message) => message.reason)).toEqual([
      "Your Dive Deep story finds no root cause: say what caused the problem and how you proved it.",
    ]);
    for (const message of messages) {
      expect(Object.keys(message)).toEqual(SPEC_FIELDS.filter((field) => field in message));
      expect(message.url).toBe(`/rules/${message.ruleId}`);
      if (typeof message.actual === "string") expect(DRAFT.slice(message.offset as number, message.endOffset as number)).toBe(message.actual);
    }
  });

  it("runs no principle pack for a story sent without principles", async () => {
    const response = await lintRoute(jsonRequest("POST", "/api/lint", { markdown: DRAFT }), undefined);
    const { messages } = (await response.json()) as { messages: Array<{ ruleId: string }> };
    expect(messages.some((message) => message.ruleId.startsWith("lp-"))).toBe(false);
  });
});

const FRUGAL_CLINIC = [
  "Situation: our clinic had no budget for new software and the printer broke every week.",
  "Task: i had to fix the appointment reminders.",
  "Action: Instead of buying a paid tool I used the free tier of a sms service and reused old laptops.",
  "Result: no-shows went from 18% to 9% and we saved $4,000 a year.",
].join("\n");

describe("POST /api/lint suggestions", () => {
  it("adds the untagged principles the text proves, with evidence and because, beside the existing fields", async () => {
    const response = await lintRoute(jsonRequest("POST", "/api/lint", { markdown: FRUGAL_CLINIC, principles: ["customer-obsession"] }), undefined);
    const body = (await response.json()) as Record<string, unknown> & {
      suggestions: Array<{ principleId: string; because: string; evidence: Array<{ text: string; offset: number; endOffset: number }> }>;
    };
    expect(Object.keys(body)).toEqual(["messages", "suppressed", "meter", "suggestions"]);
    expect(body.suggestions.map(({ principleId, because }) => ({ principleId, because }))).toEqual([
      { principleId: "frugality", because: "no budget and instead of buying" },
    ]);
    expect(body.suggestions[0].evidence[0]).toEqual({ text: "no budget", offset: 26, endOffset: 35 });
  });

  it("never suggests a principle that was sent as tagged", async () => {
    const response = await lintRoute(jsonRequest("POST", "/api/lint", { markdown: FRUGAL_CLINIC, principles: ["frugality"] }), undefined);
    expect(((await response.json()) as { suggestions: unknown[] }).suggestions).toEqual([]);
  });
});

describe("GET /api/rules", () => {
  it("lists every part-2 rule, a pack for each of the 16 principles, as { id, severity, summary, url }", async () => {
    const response = await rulesRoute(jsonRequest("GET", "/api/rules"), undefined);
    const { rules } = (await response.json()) as { rules: Array<Record<string, string>> };
    const ids = rules.map((rule) => rule.id);
    for (const id of [
      "setup-longer-than-action",
      "action-too-short",
      "spoken-length",
      "passive-action",
      "hedge-words",
      "action-no-reason",
      "blame-others",
      "failure-no-lesson",
      "figure-inconsistent",
      ...PRINCIPLE_IDS.map(principleRuleId),
    ]) {
      expect(ids).toContain(id);
    }
    for (const rule of rules) {
      expect(Object.keys(rule)).toEqual(["id", "severity", "summary", "url"]);
      expect(rule.url).toBe(`/rules/${rule.id}`);
    }
  });
});
