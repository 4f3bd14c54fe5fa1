import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { BANK_RULES, lintBank } from "../../lib/lint/bank";
import { PRINCIPLE_IDS, type PrincipleId } from "../../lib/principles";
import { lintConfigSchema, type BankStory, type CoverageStatus, type LintConfig } from "../../lib/lint/types";

/** Five stories spread the way a prepared candidate spreads them: every most-asked principle twice. */
const wellSpread: BankStory[] = [
  { id: "checkout-p99", title: "Cut checkout p99 from 800 ms to 60 ms", principles: ["dive-deep", "deliver-results"] },
  { id: "pager-rotation", title: "Took over the orphaned pager rotation", principles: ["ownership", "customer-obsession"] },
  { id: "rollback-call", title: "Rolled back a launch at 2 a.m. without waiting for sign-off", principles: ["bias-for-action", "ownership"] },
  { id: "refund-bug", title: "Traced double refunds to a retry storm", principles: ["dive-deep", "customer-obsession"] },
  { id: "migration-deadline", title: "Shipped the Postgres migration a week early", principles: ["deliver-results", "bias-for-action", "frugality"] },
];

const everything: PrincipleId[] = [
  "customer-obsession",
  "ownership",
  "invent-and-simplify",
  "think-big",
  "dive-deep",
  "deliver-results",
];

/** Statuses of all 16 principles: the listed ones as given, every other one as `rest`. */
function statuses(rest: CoverageStatus, listed: Partial<Record<PrincipleId, CoverageStatus>> = {}) {
  return Object.fromEntries(PRINCIPLE_IDS.map((id) => [id, listed[id] ?? rest]));
}

interface Case {
  name: string;
  stories: BankStory[];
  config?: LintConfig;
  /** Every message as `ruleId severity subject`, in order. */
  expected: string[];
  coverage: Record<string, CoverageStatus>;
}

const notCoveredByWellSpread = PRINCIPLE_IDS.filter(
  (id) => !["dive-deep", "deliver-results", "ownership", "customer-obsession", "bias-for-action", "frugality"].includes(id),
);

const cases: Case[] = [
  {
    name: "an empty bank: too small, and every principle uncovered, in the fixed principle order",
    stories: [],
    expected: ["bank-too-small warning -", ...PRINCIPLE_IDS.map((id) => `principle-uncovered warning ${id}`)],
    coverage: statuses("missing"),
  },
  {
    name: "five well-spread stories: big enough, most-asked covered twice, only the rarer principles uncovered",
    stories: wellSpread,
    expected: notCoveredByWellSpread.map((id) => `principle-uncovered warning ${id}`),
    coverage: statuses("missing", {
      "dive-deep": "covered",
      "deliver-results": "covered",
      ownership: "covered",
      "customer-obsession": "covered",
      "bias-for-action": "covered",
      frugality: "covered",
    }),
  },
  {
    name: "one story tagged with six principles: overstretched, and every most-asked principle it claims is thin",
    stories: [{ id: "the-big-one", title: "Rebuilt the order pipeline", principles: everything }],
    expected: [
      "bank-too-small warning -",
      ...PRINCIPLE_IDS.filter((id) => !everything.includes(id)).map((id) => `principle-uncovered warning ${id}`),
      "principle-thin info customer-obsession",
      "principle-thin info ownership",
      "principle-thin info dive-deep",
      "principle-thin info deliver-results",
      "story-overstretched warning the-big-one",
    ],
    coverage: statuses("missing", {
      "customer-obsession": "thin",
      ownership: "thin",
      "invent-and-simplify": "covered",
      "think-big": "covered",
      "dive-deep": "thin",
      "deliver-results": "thin",
    }),
  },
  {
    name: "exactly three principles is not overstretched; four is, at the default limit",
    stories: [
      ...wellSpread,
      { id: "three", title: "Three tags", principles: ["earn-trust", "think-big", "frugality"] },
      { id: "four", title: "Four tags", principles: ["earn-trust", "think-big", "frugality", "are-right-a-lot"] },
    ],
    config: { rules: { "principle-uncovered": "off" } },
    expected: ["story-overstretched warning four"],
    coverage: statuses("missing", {
      "dive-deep": "covered",
      "deliver-results": "covered",
      ownership: "covered",
      "customer-obsession": "covered",
      "bias-for-action": "covered",
      frugality: "covered",
      "earn-trust": "covered",
      "think-big": "covered",
      "are-right-a-lot": "covered",
    }),
  },
  {
    name: "custom targets: 0 means not needed (covered, silent), 3 makes a two-story principle thin",
    stories: wellSpread,
    config: {
      targets: Object.fromEntries(notCoveredByWellSpread.map((id) => [id, 0])) as LintConfig["targets"],
      minStories: 5,
    },
    expected: [],
    coverage: statuses("covered"),
  },
  {
    name: "a raised target makes a covered principle thin",
    stories: wellSpread,
    config: {
      targets: { ...Object.fromEntries(notCoveredByWellSpread.map((id) => [id, 0])), "dive-deep": 3 },
    },
    expected: ["principle-thin info dive-deep"],
    coverage: statuses("covered", { "dive-deep": "thin" }),
  },
  {
    name: "rules turned off or re-graded: coverage is unchanged, messages follow the config",
    stories: [{ id: "the-big-one", title: "Rebuilt the order pipeline", principles: everything }],
    config: {
      rules: {
        "bank-too-small": "off",
        "principle-uncovered": "off",
        "principle-thin": "warning",
        "story-overstretched": "error",
      },
    },
    expected: [
      "principle-thin warning customer-obsession",
      "principle-thin warning ownership",
      "principle-thin warning dive-deep",
      "principle-thin warning deliver-results",
      "story-overstretched error the-big-one",
    ],
    coverage: statuses("missing", {
      "customer-obsession": "thin",
      ownership: "thin",
      "invent-and-simplify": "covered",
      "think-big": "covered",
      "dive-deep": "thin",
      "deliver-results": "thin",
    }),
  },
  {
    name: "minStories and maxPrinciplesPerStory from config",
    stories: wellSpread,
    config: {
      minStories: 8,
      maxPrinciplesPerStory: 2,
      targets: Object.fromEntries(notCoveredByWellSpread.map((id) => [id, 0])) as LintConfig["targets"],
    },
    expected: ["bank-too-small warning -", "story-overstretched warning migration-deadline"],
    coverage: statuses("covered"),
  },
  {
    name: "a tag repeated on one story counts once",
    stories: [{ id: "dup", title: "Paged twice", principles: ["ownership", "ownership", "ownership", "ownership"] }],
    config: { rules: { "principle-uncovered": "off", "bank-too-small": "off" } },
    expected: ["principle-thin info ownership"],
    coverage: statuses("missing", { ownership: "thin" }),
  },
];

describe("lintBank", () => {
  it.each(cases)("$name", ({ stories, config, expected, coverage }) => {
    if (config) expect(lintConfigSchema.safeParse(config).success).toBe(true);
    const report = lintBank(stories, config);
    // story-type-missing reads titles and text, not tags and counts: its own table is in bank/story-type-missing.test.ts.
    const messages = report.messages.filter((m) => m.ruleId !== "story-type-missing");
    expect(messages.map((m) => `${m.ruleId} ${m.severity} ${m.principleId ?? m.storyId ?? "-"}`)).toEqual(expected);
    expect(Object.fromEntries(report.principles.map((row) => [row.id, row.status]))).toEqual(coverage);
  });

  it("writes one-sentence reasons, coaching notes and rule urls", () => {
    const { messages } = lintBank([{ id: "the-big-one", title: "Rebuilt the order pipeline", principles: everything }]);
    const byRule = (id: string, subject?: string) =>
      messages.find((m) => m.ruleId === id && (subject === undefined || m.principleId === subject || m.storyId === subject));

    expect(byRule("bank-too-small")).toMatchObject({
      section: null,
      url: "/rules/bank-too-small",
      reason: "Your bank has 1 story: write at least 5, so no two interviewers in a loop hear the same one.",
    });
    expect(byRule("principle-uncovered", "earn-trust")).toMatchObject({
      section: null,
      url: "/rules/principle-uncovered",
      principleId: "earn-trust",
      reason: "You have no Earn Trust story: a question on it would leave you improvising.",
    });
    expect(byRule("principle-thin", "ownership")).toMatchObject({
      url: "/rules/principle-thin",
      principleId: "ownership",
      reason: "You have 1 story for Ownership: aim for at least 2, so a second interviewer who asks hears a new one.",
    });
    expect(byRule("story-overstretched")).toMatchObject({
      url: "/rules/story-overstretched",
      storyId: "the-big-one",
      reason: "You tagged “Rebuilt the order pipeline” with 6 principles: keep the 3 it shows best, so it stays convincing.",
    });
    for (const message of messages) {
      expect(message.note, message.ruleId).toMatch(/\S/);
      // One plain sentence to the candidate (STYLE.md; every rule's wording: tests/lint/message-style.test.ts).
      // story-type-missing was written in the plain style from the start (tests/lint/message-style.test.ts).
      if (message.ruleId === "story-type-missing") continue;
      expect(message.reason, message.ruleId).toMatch(/^(?:You|Your) [^!?]+[.!?]$/);
    }
  });

  it("names an untitled story by its id", () => {
    const { messages } = lintBank([{ id: "st_42", title: "  ", principles: everything }], {
      rules: { "bank-too-small": "off", "principle-uncovered": "off", "principle-thin": "off", "story-type-missing": "off" },
    });
    expect(messages.map((m) => m.reason)).toEqual([
      "You tagged “st_42” with 6 principles: keep the 3 it shows best, so it stays convincing.",
    ]);
  });

  it("rejects a config naming a rule that does not exist, like every other entry point", () => {
    expect(() => lintBank(wellSpread, { rules: { "principle-uncoverd": "off" } })).toThrow(/principle-uncoverd/);
  });

  it("lists story ids per principle in the order the stories were given", () => {
    const report = lintBank(wellSpread);
    expect(report.principles.find((row) => row.id === "dive-deep")).toEqual({
      id: "dive-deep",
      name: "Dive Deep",
      storyIds: ["checkout-p99", "refund-bug"],
      target: 2,
      status: "covered",
    });
    expect(report.principles.map((row) => row.id)).toEqual([...PRINCIPLE_IDS]);
  });

  it("is deterministic and never mutates its input", () => {
    const storyArb = fc.record({
      id: fc.string({ minLength: 1, maxLength: 8 }),
      title: fc.string({ maxLength: 30 }),
      principles: fc.array(fc.constantFrom(...PRINCIPLE_IDS), { maxLength: 8 }),
    });
    fc.assert(
      fc.property(fc.array(storyArb, { maxLength: 20 }), (stories) => {
        const before = structuredClone(stories);
        const first = lintBank(stories);
        expect(stories).toEqual(before);
        expect(lintBank(structuredClone(stories))).toEqual(first);
        // Coverage agrees with the messages: every uncovered principle is "missing", every thin one "thin".
        for (const message of first.messages) {
          const row = first.principles.find((r) => r.id === message.principleId);
          if (message.ruleId === "principle-uncovered") expect(row?.status).toBe("missing");
          if (message.ruleId === "principle-thin") expect(row?.status).toBe("thin");
        }
      }),
    );
  });
});

describe("BANK_RULES", () => {
  it("lists the bank rules with their default severities and doc urls", () => {
    expect(BANK_RULES.map((rule) => [rule.id, rule.severity, rule.scope, rule.url])).toEqual([
      ["bank-too-small", "warning", "bank", "/rules/bank-too-small"],
      ["principle-uncovered", "warning", "bank", "/rules/principle-uncovered"],
      ["principle-thin", "info", "bank", "/rules/principle-thin"],
      ["story-overstretched", "warning", "bank", "/rules/story-overstretched"],
      ["figure-inconsistent", "warning", "bank", "/rules/figure-inconsistent"],
      ["story-type-missing", "info", "bank", "/rules/story-type-missing"],
    ]);
  });
});
