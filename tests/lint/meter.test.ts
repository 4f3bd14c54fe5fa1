import { describe, expect, it } from "vitest";
import { measureStory } from "../../lib/lint/meter";

const UNLABELLED = [
  "Last spring our checkout page was timing out during the big sales, and support was getting hundreds of complaints a day.",
  "",
  "I was asked to get p99 under 200 ms before Black Friday. I profiled the service, found that one cart query scanned the whole table, and rewrote it with an index.",
  "",
  "As a result p99 fell from 800 ms to 120 ms, and complaints dropped to a handful a week.",
  "",
].join("\n");

describe("measureStory", () => {
  it("marks every part as inferred in a story without labels, with the words of each", () => {
    const meter = measureStory(UNLABELLED);
    expect(meter.inferred).toBe(true);
    for (const name of ["situation", "task", "action", "result"] as const) {
      expect(meter.sections[name].inferred, name).toBe(true);
      expect(meter.sections[name].words, name).toBeGreaterThan(0);
    }
    expect(meter.sections.action.words).toBeGreaterThan(meter.sections.task.words);
  });

  it("marks nothing as inferred in a labelled story", () => {
    const meter = measureStory("## Situation\nCheckout was slow.\n\n## Task\nCut p99.\n\n## Action\nI cached the cart.\n\n## Result\np99 fell to 60 ms.\n");
    expect(meter.inferred).toBe(false);
    expect(Object.values(meter.sections).map((section) => section.inferred)).toEqual([false, false, false, false]);
  });

  it("keeps a single labelled part as labelled and marks the parts read from the text", () => {
    const meter = measureStory(UNLABELLED.replace("As a result", "Result: as a result"));
    expect(meter.inferred).toBe(true);
    expect(meter.sections.result.inferred).toBe(false);
    expect(meter.sections.action.inferred).toBe(true);
  });

  it("has no parts at all for text with no story in it", () => {
    const meter = measureStory("Checkout latency project, 2023.\n");
    expect(meter.inferred).toBe(false);
    expect(meter.words).toBe(4);
    expect(Object.values(meter.sections).every((section) => section.words === 0 && !section.inferred)).toBe(true);
  });
});
