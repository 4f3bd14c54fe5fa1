import { describe, expect, it } from "vitest";
import { coveragePlan, describeAction, type PlanStory } from "@/lib/coverage/plan";

const star = (situation: string, action: string, result: string) =>
  `## Situation\n${situation}\n## Task\nI owned it.\n## Action\n${action}\n## Result\n${result}\n`;

/** Five stories with a Frugality gap: the last one's text shows Frugality, but it is not tagged. */
const bank: PlanStory[] = [
  { id: "a", version: 1, title: "Checkout p99", principles: ["dive-deep", "deliver-results"], body: star("Checkout timed out.", "I profiled it and added an index.", "p99 fell from 800 ms to 60 ms.") },
  { id: "b", version: 1, title: "Pager rotation", principles: ["ownership"], body: star("The pager rotation had no owner.", "I took it over and wrote the runbooks.", "Pages fell by 40%.") },
  { id: "c", version: 1, title: "Refund form", principles: ["customer-obsession"], body: star("Customers waited for refunds.", "I read 200 tickets and fixed the form.", "Customers were much happier.") },
  { id: "d", version: 1, title: "Sign-in rollback", principles: ["bias-for-action"], body: star("A bad deploy broke sign-in.", "I rolled it back without waiting.", "Sign-in was back in 6 minutes.") },
  {
    id: "e",
    version: 3,
    title: "Kept scans running",
    principles: ["ownership"],
    body: star(
      "Our clinic had no budget for a new ultrasound machine and the old one failed weekly.",
      "I borrowed a spare unit from the partner hospital instead of buying one, and I trained two nurses to do the daily checks rather than paying for a service contract.",
      "We saved $40k that year and scans never stopped.",
    ),
  },
];

describe("coveragePlan", () => {
  const plan = coveragePlan(bank);

  it("names each principle once, by status", () => {
    const all = [...plan.summary.covered, ...plan.summary.thin, ...plan.summary.missing].map((row) => row.id);
    expect(all).toHaveLength(16);
    expect(new Set(all).size).toBe(16);
    expect(plan.summary.missing.map((row) => row.id)).toContain("frugality");
  });

  it("lists the untagged story that shows Frugality under its gap, with its version for the tag", () => {
    const gap = plan.gaps.find((row) => row.principleId === "frugality");
    expect(gap?.status).toBe("missing");
    expect(gap?.candidates).toEqual([expect.objectContaining({ storyId: "e", title: "Kept scans running", version: 3 })]);
  });

  it("ranks three actions, a tag that closes a missing principle first, one per story", () => {
    expect(plan.next).toHaveLength(3);
    expect(plan.next[0].kind).toBe("tag");
    const storyIds = plan.next.flatMap((action) => (action.kind === "tag" ? [action.candidate.storyId] : action.kind === "figure" ? [action.storyId] : []));
    expect(new Set(storyIds).size).toBe(storyIds.length);
    expect(plan.next.map(describeAction)).toContain("Tag “Kept scans running” with Frugality");
  });

  it("keeps principle gaps out of the bank checks, said once in the summary instead", () => {
    expect(plan.checks.map((message) => message.ruleId)).not.toContain("principle-uncovered");
    expect(plan.checks.map((message) => message.ruleId)).toContain("story-type-missing");
  });

  it("words each kind of action plainly", () => {
    expect(describeAction({ kind: "write", principleId: "frugality" })).toBe("Write a Frugality story");
    expect(describeAction({ kind: "figure", storyId: "c", title: "Refund form" })).toBe("Add a figure to “Refund form”");
    expect(describeAction({ kind: "story-type", type: "failure" })).toBe("Write a story about a failure");
  });
});
