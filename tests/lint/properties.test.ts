import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { findSections, lintStory, type LintMessage } from "../../lib/lint";

function checkMessages(markdown: string, messages: LintMessage[]): void {
  const lines = markdown.split(/\r\n|\r|\n/);
  for (const message of messages) {
    expect(message.offset).toBeGreaterThanOrEqual(0);
    expect(message.endOffset).toBeGreaterThanOrEqual(message.offset);
    expect(message.endOffset).toBeLessThanOrEqual(markdown.length);
    expect(message.line).toBeGreaterThanOrEqual(1);
    expect(message.endLine).toBeLessThanOrEqual(lines.length);
    expect(message.column).toBeGreaterThanOrEqual(1);
    if (message.actual !== undefined) expect(message.actual).toBe(markdown.slice(message.offset, message.endOffset));
  }
}

const fragments = fc.constantFrom(
  "---\n", "---\ntitle: x\nprinciples: [dive-deep\n---\n", "## Situation\n", "**Task:**", "S:", "A –", "R: ", "Result:",
  "✅ S – Situation:", "1. Action:", "> ", "- ", "  - ", "`we shipped`", "```\ncode\n```\n", "We rewrote it. ", "the team built ",
  "improved a lot", "40%", "“we did”", "\r\n", "\n\n", "<!-- x -->", "[we](http://x)", "**", "_", "|a|b|\n|-|-|\n", "😀", "\u0000", "\uD800",
);

const storyLike = fc.array(fc.oneof(fragments, fc.string(), fc.string({ unit: "grapheme" })), { maxLength: 40 }).map((parts) => parts.join(""));

describe("properties", () => {
  it("lints any string without throwing, with ranges inside the text", () => {
    fc.assert(
      fc.property(fc.oneof(fc.string({ unit: "binary" }), storyLike), (markdown) => {
        checkMessages(markdown, lintStory(markdown));
      }),
      { numRuns: 400 },
    );
  });

  it("keeps section ranges inside the text and in order", () => {
    fc.assert(
      fc.property(storyLike, (markdown) => {
        const sections = findSections(markdown);
        for (const name of ["situation", "task", "action", "result"] as const) {
          const section = sections[name];
          if (!section) continue;
          expect(section.label.offset).toBeLessThanOrEqual(section.label.endOffset);
          expect(section.label.endOffset).toBeLessThanOrEqual(section.content.offset);
          expect(section.content.offset).toBeLessThanOrEqual(section.content.endOffset);
          expect(section.content.endOffset).toBeLessThanOrEqual(markdown.length);
          expect(section.words).toBeGreaterThanOrEqual(0);
        }
      }),
      { numRuns: 400 },
    );
  });

  it("survives deep nesting and long input", () => {
    const deep = `${"> ".repeat(200)}${"- ".repeat(200)}Situation: we built it\n`;
    checkMessages(deep, lintStory(deep));
    const long = `## Situation\n${"We rewrote it. ".repeat(2000)}\n## Result\n${"better ".repeat(2000)}`;
    checkMessages(long, lintStory(long));
  });
});
