import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { checkLoop, parseStoredLoop, type LoopProblem } from "@/lib/loop/check-loop";
import { DEFAULT_LOOP, createDefaultLoop } from "@/lib/loop/default-loop";
import { loopSchema } from "@/lib/loop/schema";
import type { Loop } from "@/lib/loop/types";
import { PRINCIPLE_IDS, type PrincipleId } from "@/lib/principles";

const one = (principles: PrincipleId[], name = "Bar raiser"): Loop => ({ interviewers: [{ name, principles }] });

describe("the default loop", () => {
  it("has five interviewers asking two or three principles each, none twice", () => {
    expect(loopSchema.parse(DEFAULT_LOOP)).toEqual(DEFAULT_LOOP);
    expect(DEFAULT_LOOP.interviewers).toHaveLength(5);
    for (const { principles } of DEFAULT_LOOP.interviewers) expect([2, 3]).toContain(principles.length);
    const all = DEFAULT_LOOP.interviewers.flatMap((interviewer) => interviewer.principles);
    expect(new Set(all).size).toBe(all.length);
    expect(all).toEqual(expect.arrayContaining(["ownership", "dive-deep", "deliver-results", "bias-for-action", "customer-obsession"]));
  });

  it("hands out copies, so editing one leaves the default alone", () => {
    const copy = createDefaultLoop();
    copy.interviewers[0].principles.push("frugality");
    expect(DEFAULT_LOOP.interviewers[0].principles).not.toContain("frugality");
  });
});

describe("checkLoop", () => {
  const cases: { name: string; loop: Loop; expected: LoopProblem[] }[] = [
    { name: "a valid loop", loop: one(["ownership", "frugality"]), expected: [] },
    { name: "four principles is the most", loop: one(["ownership", "frugality", "dive-deep", "think-big"]), expected: [] },
    {
      name: "no interviewers",
      loop: { interviewers: [] },
      expected: [{ interviewer: null, field: "interviewers", message: "Add at least one interviewer." }],
    },
    {
      name: "nine interviewers",
      loop: { interviewers: Array.from({ length: 9 }, (_, i) => ({ name: `I${i}`, principles: ["ownership" as const] })) },
      expected: [{ interviewer: null, field: "interviewers", message: "A loop has at most 8 interviewers." }],
    },
    {
      name: "a blank name",
      loop: one(["ownership"], "   "),
      expected: [{ interviewer: 0, field: "name", message: "Give the interviewer a name." }],
    },
    {
      name: "a name of 61 characters",
      loop: one(["ownership"], "x".repeat(61)),
      expected: [{ interviewer: 0, field: "name", message: "Keep the name to 60 characters." }],
    },
    {
      name: "no principles",
      loop: one([]),
      expected: [{ interviewer: 0, field: "principles", message: "Pick at least one principle for the interviewer." }],
    },
    {
      name: "five principles",
      loop: one(["ownership", "frugality", "dive-deep", "think-big", "earn-trust"]),
      expected: [{ interviewer: 0, field: "principles", message: "Pick at most 4 principles for one interviewer." }],
    },
    {
      name: "a principle twice",
      loop: one(["ownership", "ownership"]),
      expected: [{ interviewer: 0, field: "principles", message: "Pick each principle once per interviewer." }],
    },
  ];

  it.each(cases)("$name", ({ loop, expected }) => {
    expect(checkLoop(loop)).toEqual(expected);
    const zodMessages = loopSchema.safeParse(loop).error?.issues.map((issue) => issue.message) ?? [];
    expect(zodMessages).toEqual(expected.map((problem) => problem.message));
  });
});

describe("parseStoredLoop", () => {
  it.each([
    { name: "null", stored: null },
    { name: "an array", stored: [] },
    { name: "a loop without interviewers", stored: {} },
    { name: "an unknown principle", stored: { interviewers: [{ name: "A", principles: ["be-nice"] }] } },
    { name: "a name that is not text", stored: { interviewers: [{ name: 7, principles: ["ownership"] }] } },
  ])("rejects $name", ({ stored }) => {
    expect(parseStoredLoop(stored)).toBeNull();
  });

  it("trims names and drops unknown keys", () => {
    expect(parseStoredLoop({ version: 2, interviewers: [{ name: " Bar raiser ", principles: ["ownership"], extra: true }] })).toEqual(
      one(["ownership"]),
    );
  });

  it("agrees with loopSchema on any input", () => {
    const name = fc.oneof(fc.constantFrom("", "  ", "A", " Bar raiser ", "x".repeat(60), ` ${"x".repeat(60)} `, "x".repeat(61)), fc.string(), fc.integer());
    const principle = fc.oneof(fc.constantFrom(...PRINCIPLE_IDS.slice(0, 6)), fc.constantFrom("be-nice", "", "__proto__"), fc.integer());
    const interviewer = fc.oneof(
      fc.record({ name, principles: fc.array(principle, { maxLength: 5 }) }),
      fc.record({ name, principles: fc.array(principle, { maxLength: 5 }), extra: fc.anything() }),
      fc.anything(),
    );
    const stored = fc.oneof(fc.record({ interviewers: fc.array(interviewer, { maxLength: 9 }) }), fc.anything());
    fc.assert(
      fc.property(stored, (value) => {
        const zod = loopSchema.safeParse(value);
        expect(parseStoredLoop(value)).toEqual(zod.success ? zod.data : null);
      }),
      { numRuns: 2000 },
    );
  });
});
