import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { PRINCIPLE_IDS } from "@/lib/principles";
import { parseStoryFile, serializeStory } from "@/lib/story-files/story-file";
import { bodySchema, titleSchema } from "@/lib/stories/schemas";

/** Pieces that stress the format: fences, front-matter look-alikes, every line ending, odd whitespace, scripts. */
const FRAGMENTS = [
  "---", "...", "\n", "\r\n", "\r", " ", "\t", "\u00a0", "\u2028", "\u0085", "\uFEFF", "title: Not it", "principles: [frugality]",
  "# Heading", "## Situation", "```", ":", "- ", "#", "'", '"', "\\", "שלום", "مرحبا", "🚀", "👩🏽‍💻", "é", "𝔘",
];
const tricky = fc.array(fc.constantFrom(...FRAGMENTS), { maxLength: 40 }).map((parts) => parts.join(""));
const anyText = (maxLength: number) => fc.string({ unit: "binary", maxLength });

const validTitle = fc.oneof(tricky, anyText(200)).filter((title) => titleSchema.safeParse(title).success);
const validBody = fc.oneof(tricky, anyText(2_000), fc.tuple(tricky, anyText(200), tricky).map((parts) => parts.join("")))
  .filter((body) => bodySchema.safeParse(body).success);
const principles = fc.shuffledSubarray([...PRINCIPLE_IDS], { maxLength: 6 });

describe("story file round trip", () => {
  it("any valid story → serializeStory → parseStoryFile gives it back exactly", () => {
    fc.assert(
      fc.property(validTitle, validBody, principles, (title, body, ids) => {
        const result = parseStoryFile(serializeStory({ title, body, principles: ids }), "story.md");
        expect(result).toEqual({ ok: true, input: { title, body, principles: ids } });
      }),
      { numRuns: 1_000 },
    );
  });

  it("the front matter is always exactly four lines, whatever the title", () => {
    fc.assert(
      fc.property(validTitle, principles, (title, ids) => {
        const lines = serializeStory({ title, body: "", principles: ids }).split("\n");
        expect(lines).toHaveLength(5);
        expect([lines[0], lines[3], lines[4]]).toEqual(["---", "---", ""]);
      }),
      { numRuns: 500 },
    );
  });
});
