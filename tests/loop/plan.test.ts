import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { createDefaultLoop } from "@/lib/loop/default-loop";
import { interviewerLabel, planLoop } from "@/lib/loop/plan-loop";
import type { Loop, PlanStory } from "@/lib/loop/types";
import type { PrincipleId } from "@/lib/principles";

function story(id: string, title: string, ...principles: PrincipleId[]): PlanStory {
  return { id, title, principles };
}

function loopOf(...interviewers: PrincipleId[][]): Loop {
  return { interviewers: interviewers.map((principles, index) => ({ name: `Interviewer ${index + 1}`, principles })) };
}

/** The plan's story per slot as "interviewer:principle=storyId", easy to read in a failing diff. */
function summary(loop: Loop, stories: readonly PlanStory[]): string[] {
  return planLoop(loop, stories).assignments.map((a) => `${a.interviewer}:${a.principleId}=${a.storyId ?? "-"}`);
}

/** First fit: each slot in order takes the first free tagged story. What the planner must beat. */
function greedyFilled(loop: Loop, stories: readonly PlanStory[]): number {
  const used = new Set<string>();
  let filled = 0;
  for (const { principles } of loop.interviewers) {
    for (const principleId of principles) {
      const free = stories.find((s) => !used.has(s.id) && s.principles.includes(principleId));
      if (free) {
        used.add(free.id);
        filled += 1;
      }
    }
  }
  return filled;
}

describe("planLoop: loops the bank covers", () => {
  const cases: { name: string; loop: Loop; stories: PlanStory[]; expected: string[]; spare: string[] }[] = [
    {
      name: "one story per slot, the versatile story left spare",
      loop: loopOf(["ownership", "dive-deep"], ["deliver-results"]),
      stories: [
        story("s4", "Took the pager", "ownership", "frugality", "think-big"),
        story("s1", "Owned the migration", "ownership"),
        story("s2", "Traced the leak", "dive-deep"),
        story("s3", "Shipped on time", "deliver-results"),
      ],
      expected: ["0:ownership=s1", "0:dive-deep=s2", "1:deliver-results=s3"],
      spare: ["s4"],
    },
    {
      name: "two interviewers asking the same principle get different stories",
      loop: loopOf(["ownership"], ["ownership"]),
      stories: [story("b", "Beta", "ownership"), story("a", "Alpha", "ownership")],
      expected: ["0:ownership=a", "1:ownership=b"],
      spare: [],
    },
    {
      name: "a multi-tag story fills one slot only, even of the same interviewer",
      loop: loopOf(["ownership", "frugality"]),
      stories: [story("x", "Cut AWS bill", "ownership", "frugality"), story("y", "Owned on-call", "ownership")],
      expected: ["0:ownership=y", "0:frugality=x"],
      spare: [],
    },
    {
      name: "least versatile stories first: {B, A} (3 tags in all) rather than {A, C} or {B, C}",
      loop: loopOf(["ownership"], ["dive-deep"]),
      stories: [
        story("a", "A", "ownership", "dive-deep"),
        story("b", "B", "ownership"),
        story("c", "C", "dive-deep", "think-big", "frugality"),
      ],
      expected: ["0:ownership=b", "1:dive-deep=a"],
      spare: ["c"],
    },
  ];

  it.each(cases)("$name", ({ loop, stories, expected, spare }) => {
    const plan = planLoop(loop, stories);
    expect(summary(loop, stories)).toEqual(expected);
    expect(plan).toMatchObject({ filled: expected.length, total: expected.length, unfilled: [], spareStoryIds: spare });
  });
});

describe("planLoop: loops the bank cannot cover", () => {
  it("explains a slot whose only tagged story is used by another interviewer", () => {
    const loop = loopOf(["dive-deep"], ["ownership"], ["frugality", "think-big"]);
    const stories = [story("aws", "Cut AWS bill", "ownership", "frugality"), story("leak", "Trace a memory leak", "dive-deep")];
    const plan = planLoop(loop, stories);
    expect(plan).toMatchObject({ filled: 2, total: 4 });
    expect(summary(loop, stories)).toEqual(["0:dive-deep=leak", "1:ownership=aws", "2:frugality=-", "2:think-big=-"]);
    expect(plan.unfilled).toEqual([
      {
        interviewer: 2,
        principleId: "frugality",
        reason: "tagged-stories-taken",
        candidates: [{ storyId: "aws", usedBy: { interviewer: 1, principleId: "ownership" } }],
        message:
          "No free story is tagged Frugality; “Cut AWS bill” would fill it but is already used by Interviewer 2 for Ownership.",
      },
      {
        interviewer: 2,
        principleId: "think-big",
        reason: "no-story-tagged",
        candidates: [],
        message: "No story is tagged Think Big; write one, or tag a story that shows it.",
      },
    ]);
  });

  it("lists every taken candidate, least versatile first, with who holds it", () => {
    const loop: Loop = {
      interviewers: [
        { name: "Hiring manager", principles: ["ownership"] },
        { name: "Bar raiser", principles: ["ownership"] },
        { name: "  ", principles: ["ownership"] },
      ],
    };
    const stories = [story("b", "Rewrote billing", "ownership", "dive-deep"), story("a", "Owned on-call", "ownership")];
    const plan = planLoop(loop, stories);
    expect(plan.filled).toBe(2);
    expect(plan.unfilled).toEqual([
      {
        interviewer: 2,
        principleId: "ownership",
        reason: "tagged-stories-taken",
        candidates: [
          { storyId: "a", usedBy: { interviewer: 0, principleId: "ownership" } },
          { storyId: "b", usedBy: { interviewer: 1, principleId: "ownership" } },
        ],
        message:
          "No free story is tagged Ownership; the stories that would fill it are already used: “Owned on-call” by Hiring manager for Ownership and “Rewrote billing” by Bar raiser for Ownership.",
      },
    ]);
    expect(interviewerLabel(loop, 2)).toBe("Interviewer 3");
  });

  it("names the same interviewer when the candidate fills another of their slots", () => {
    const plan = planLoop(loopOf(["ownership", "frugality"]), [story("x", "Cut AWS bill", "ownership", "frugality")]);
    expect(plan.unfilled.map((slot) => slot.message)).toEqual([
      "No free story is tagged Frugality; “Cut AWS bill” would fill it but is already used by Interviewer 1 for Ownership.",
    ]);
  });

  it("leaves every slot unfilled for an empty bank", () => {
    const plan = planLoop(createDefaultLoop(), []);
    expect(plan).toMatchObject({ filled: 0, total: 11, spareStoryIds: [] });
    expect(plan.unfilled.every((slot) => slot.reason === "no-story-tagged")).toBe(true);
  });
});

describe("planLoop: coverage that needs reassignment", () => {
  const cases: { name: string; loop: Loop; stories: PlanStory[]; expected: string[] }[] = [
    {
      name: "the first slot must give up the only Frugality story",
      loop: loopOf(["ownership"], ["frugality"]),
      stories: [story("x", "A: Cut AWS bill", "ownership", "frugality"), story("y", "B: Owned on-call", "ownership", "dive-deep")],
      expected: ["0:ownership=y", "1:frugality=x"],
    },
    {
      name: "the last slot's only story sets off a chain of three moves",
      loop: loopOf(["ownership", "dive-deep"], ["deliver-results", "frugality"]),
      stories: [
        story("p", "P", "ownership", "frugality"),
        story("q", "Q", "dive-deep", "ownership"),
        story("r", "R", "deliver-results", "dive-deep"),
        story("s", "S", "deliver-results", "think-big"),
      ],
      expected: ["0:ownership=q", "0:dive-deep=r", "1:deliver-results=s", "1:frugality=p"],
    },
    {
      name: "a chain where first fit takes each slot's first story and strands the last slot",
      loop: loopOf(["dive-deep"], ["ownership"], ["frugality"]),
      stories: [
        story("m", "M", "dive-deep", "ownership"),
        story("n", "N", "ownership", "frugality"),
        story("o", "O", "dive-deep", "think-big"),
      ],
      expected: ["0:dive-deep=o", "1:ownership=m", "2:frugality=n"],
    },
  ];

  it.each(cases)("$name", ({ loop, stories, expected }) => {
    const total = expected.length;
    expect(greedyFilled(loop, planOrder(stories))).toBeLessThan(total);
    expect(summary(loop, stories)).toEqual(expected);
    expect(planLoop(loop, stories)).toMatchObject({ filled: total, total, unfilled: [] });
  });
});

/** The planner's own story order, so greedyFilled shows what first fit over that order achieves. */
function planOrder(stories: readonly PlanStory[]): PlanStory[] {
  const text = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
  return [...stories].sort((a, b) => a.principles.length - b.principles.length || text(a.title, b.title) || text(a.id, b.id));
}

describe("planLoop: determinism", () => {
  const bank = [
    story("1", "Cut AWS bill", "frugality", "ownership"),
    story("2", "Traced the leak", "dive-deep"),
    story("3", "Pushed back on launch", "have-backbone-disagree-and-commit", "insist-on-the-highest-standards"),
    story("4", "Same title", "ownership"),
    story("5", "Same title", "ownership"),
    story("6", "Customer escalation", "customer-obsession", "earn-trust", "bias-for-action"),
  ];

  it("returns the same plan for the same input", () => {
    expect(planLoop(createDefaultLoop(), bank)).toEqual(planLoop(createDefaultLoop(), bank));
  });

  it("breaks a title tie by id", () => {
    expect(summary(loopOf(["ownership"]), bank)).toEqual(["0:ownership=4"]);
  });

  it("does not depend on the order of the stories", () => {
    const expected = planLoop(createDefaultLoop(), bank);
    fc.assert(
      fc.property(fc.shuffledSubarray(bank, { minLength: bank.length }), (shuffled) => {
        expect(planLoop(createDefaultLoop(), shuffled)).toEqual(expected);
      }),
    );
  });
});

describe("planLoop: properties", () => {
  // A small pool of principles makes stories collide over slots, which is where planning is hard.
  const POOL: PrincipleId[] = ["ownership", "dive-deep", "frugality", "earn-trust"];
  const principleSet = (max: number) => fc.uniqueArray(fc.constantFrom(...POOL), { minLength: 0, maxLength: max });
  const loopArb = fc
    .array(fc.uniqueArray(fc.constantFrom(...POOL), { minLength: 1, maxLength: 3 }), { minLength: 1, maxLength: 4 })
    .map((interviewers) => loopOf(...interviewers));
  const bankArb = fc
    .uniqueArray(fc.record({ id: fc.string({ minLength: 1, maxLength: 3 }), title: fc.constantFrom("A", "B", "C"), principles: principleSet(3) }), {
      maxLength: 7,
      selector: (s) => s.id,
    })
    .map((stories) => stories.map((s): PlanStory => s));

  /** Exhaustive [most slots filled, fewest tags used for that] by dynamic programming over (slot, used stories). */
  function bruteForce(loop: Loop, stories: readonly PlanStory[]): [number, number] {
    const slots = loop.interviewers.flatMap((interviewer) => interviewer.principles);
    const memo = new Map<string, [number, number]>();
    const best = (slot: number, used: number): [number, number] => {
      if (slot === slots.length) return [0, 0];
      const key = `${slot}:${used}`;
      const known = memo.get(key);
      if (known) return known;
      let result = best(slot + 1, used);
      stories.forEach((s, index) => {
        if (used & (1 << index) || !s.principles.includes(slots[slot])) return;
        const [filled, cost] = best(slot + 1, used | (1 << index));
        const option: [number, number] = [filled + 1, cost + s.principles.length];
        if (option[0] > result[0] || (option[0] === result[0] && option[1] < result[1])) result = option;
      });
      memo.set(key, result);
      return result;
    };
    return best(0, 0);
  }

  it("never tells a story twice, only fills slots a story is tagged for, and fills as many as possible", () => {
    fc.assert(
      fc.property(loopArb, bankArb, (loop, stories) => {
        const plan = planLoop(loop, stories);
        const byId = new Map(stories.map((s) => [s.id, s]));
        const used = plan.assignments.flatMap((a) => (a.storyId === null ? [] : [a]));

        // No story twice anywhere, so never with two interviewers.
        expect(new Set(used.map((a) => a.storyId)).size).toBe(used.length);
        for (const a of used) expect(byId.get(a.storyId!)!.principles).toContain(a.principleId);

        const [maxFilled, minTags] = bruteForce(loop, stories);
        expect(plan.filled).toBe(maxFilled);
        expect(used.reduce((sum, a) => sum + byId.get(a.storyId!)!.principles.length, 0)).toBe(minTags);

        expect(plan.total).toBe(plan.assignments.length);
        expect(plan.unfilled).toHaveLength(plan.total - plan.filled);
        expect(plan.spareStoryIds.length + used.length).toBe(stories.length);
      }),
      { numRuns: 500 },
    );
  });

  it("names as candidates exactly the stories tagged for the empty slot, each where the plan uses it", () => {
    fc.assert(
      fc.property(loopArb, bankArb, (loop, stories) => {
        const plan = planLoop(loop, stories);
        const slotOf = new Map(plan.assignments.map((a) => [a.storyId, { interviewer: a.interviewer, principleId: a.principleId }]));
        for (const slot of plan.unfilled) {
          const tagged = stories.filter((s) => s.principles.includes(slot.principleId)).map((s) => s.id);
          expect(slot.candidates.map((c) => c.storyId).sort()).toEqual(tagged.sort());
          for (const c of slot.candidates) expect(c.usedBy).toEqual(slotOf.get(c.storyId));
          expect(slot.reason).toBe(tagged.length === 0 ? "no-story-tagged" : "tagged-stories-taken");
        }
      }),
      { numRuns: 300 },
    );
  });
});
