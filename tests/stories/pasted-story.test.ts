import { describe, expect, it } from "vitest";
import { bodyFromText, titleFromText } from "@/lib/stories/pasted-story";

const answer =
  "Last spring our checkout page was timing out during sales.\n\nI was asked to get p99 under 200 ms before Black Friday. I profiled the service and rewrote the cart query.\n\nAs a result p99 fell from 800 ms to 120 ms.\n";

describe("a pasted answer", () => {
  it.each([
    { name: "first sentence", text: answer, expected: "Last spring our checkout page was timing out during sales" },
    { name: "a leading label is dropped", text: "**Situation:** The depot ran out of pallets. Then…", expected: "The depot ran out of pallets" },
    { name: "a long sentence is cut at a word", text: `${"word ".repeat(30)}end.`, expected: `${"word ".repeat(16).trim()}…` },
    { name: "nothing usable", text: "  \n ", expected: "Pasted answer" },
  ])("title: $name", ({ text, expected }) => {
    expect(titleFromText(text)).toBe(expected);
  });

  it("gets STAR headings where the part finder finds the parts", () => {
    const body = bodyFromText(answer);
    expect(body).toMatch(/^## Situation\n\nLast spring/m);
    expect(body).toMatch(/## Task\n/);
    expect(body).toMatch(/## Action\n/);
    expect(body).toMatch(/## Result\n\nAs a result p99 fell/);
  });

  it("keeps a labelled answer as pasted", () => {
    const labelled = "## Situation\nCheckout was slow.\n\n## Task\nCut p99.\n\n## Action\nI cached.\n\n## Result\np99 fell to 60 ms.\n";
    expect(bodyFromText(labelled)).toBe(labelled);
  });
});
