import { describe, expect, it } from "vitest";
import { exportArchiveName, slugify, storyFileNames } from "@/lib/story-files/file-names";
import { parseStoryFile, serializeStory, type StoryFileContent } from "@/lib/story-files/story-file";

const STAR = "## Situation\nCheckout timed out.\n\n## Task\nI owned latency.\n\n## Action\nI added an index.\n\n## Result\np99 fell from 800 ms to 60 ms.\n";

describe("serializeStory", () => {
  const cases: { name: string; story: StoryFileContent; expected: string }[] = [
    {
      name: "the SPEC §1 shape: title, principles as a one-line list in tag order, then the body",
      story: { title: "Cut checkout p99 from 800 ms to 60 ms", principles: ["dive-deep", "deliver-results"], body: STAR },
      expected: `---\ntitle: Cut checkout p99 from 800 ms to 60 ms\nprinciples: [dive-deep, deliver-results]\n---\n${STAR}`,
    },
    {
      name: "no principles and an empty body",
      story: { title: "Draft", principles: [], body: "" },
      expected: "---\ntitle: Draft\nprinciples: []\n---\n",
    },
    {
      name: 'a title YAML would misread ("key: value") is quoted',
      story: { title: "Migration: 0 downtime", principles: ["ownership"], body: "x" },
      expected: '---\ntitle: "Migration: 0 downtime"\nprinciples: [ownership]\n---\nx',
    },
    {
      name: "a title that looks like a number stays text",
      story: { title: "2024", principles: [], body: "" },
      expected: '---\ntitle: "2024"\nprinciples: []\n---\n',
    },
    {
      name: "a title with a line break is escaped onto one line",
      story: { title: "Two\nlines", principles: [], body: "" },
      expected: '---\ntitle: "Two\\nlines"\nprinciples: []\n---\n',
    },
    {
      name: "right-to-left and emoji titles stay readable",
      story: { title: "שלום 🚀 مرحبا", principles: [], body: "" },
      expected: "---\ntitle: שלום 🚀 مرحبا\nprinciples: []\n---\n",
    },
    {
      name: "a CRLF body without a final newline is written as is",
      story: { title: "Windows", principles: [], body: "## Situation\r\nA\r\n\r\n## Result\r\n3x  " },
      expected: "---\ntitle: Windows\nprinciples: []\n---\n## Situation\r\nA\r\n\r\n## Result\r\n3x  ",
    },
  ];
  it.each(cases)("$name", ({ story, expected }) => {
    expect(serializeStory(story)).toBe(expected);
  });
});

describe("parseStoryFile round-trips tricky bodies exactly", () => {
  const bodies: { name: string; body: string }[] = [
    { name: "a STAR story", body: STAR },
    { name: "an empty body", body: "" },
    { name: "a body starting with ---", body: "---\nA thematic break first.\n" },
    { name: "a body that is only ---", body: "---" },
    { name: "front-matter-like text in the body", body: "---\ntitle: Not the title\nprinciples: [frugality]\n---\nBody\n" },
    { name: "a body starting with a blank line", body: "\n\n## Situation\nx\n" },
    { name: "CRLF line endings", body: "## Situation\r\nWe were paged.\r\n## Result\r\nMTTR fell 40%.\r\n" },
    { name: "mixed line endings and a lone CR", body: "a\r\nb\nc\rd" },
    { name: "trailing whitespace", body: "## Result\nDone.   \n\t\n   " },
    { name: "no trailing newline", body: "## Result\nCut costs by $40k" },
    { name: "unicode, emoji and right-to-left text", body: "## Situation\nשלום 🚀 مرحبا — café, naïve, 𝔘𝔫𝔦𝔠𝔬𝔡𝔢 👩🏽‍💻\n" },
    { name: "a byte order mark inside the body", body: "\uFEFFstarts with a BOM" },
    { name: "HTML comments and lint suppressions", body: "<!-- story-lint disable we-instead-of-i: team was paged -->\nWe fixed it.\n" },
    { name: "a fenced YAML block", body: "```yaml\n---\ntitle: x\n---\n```\n" },
  ];
  it.each(bodies)("$name", ({ body }) => {
    const story = { title: "Round trip", principles: ["earn-trust", "ownership"] as const, body };
    const result = parseStoryFile(serializeStory({ ...story, principles: [...story.principles] }), "round-trip.md");
    expect(result).toEqual({ ok: true, input: { title: "Round trip", body, principles: ["earn-trust", "ownership"] } });
  });
});

describe("parseStoryFile", () => {
  const valid: { name: string; text: string; file?: string; expected: { title: string; body: string; principles: string[] } }[] = [
    {
      name: "front matter with a block list of principles",
      text: "---\ntitle: Led the outage review\nprinciples:\n  - ownership\n  - earn-trust\n---\nBody\n",
      expected: { title: "Led the outage review", body: "Body\n", principles: ["ownership", "earn-trust"] },
    },
    {
      name: "front matter written with CRLF",
      text: "---\r\ntitle: Windows file\r\nprinciples: [frugality]\r\n---\r\nBody\r\n",
      expected: { title: "Windows file", body: "Body\r\n", principles: ["frugality"] },
    },
    {
      name: "principles as a comma-separated string",
      text: "---\ntitle: T\nprinciples: dive-deep, deliver-results\n---\n",
      expected: { title: "T", body: "", principles: ["dive-deep", "deliver-results"] },
    },
    {
      name: "no principles field",
      text: "---\ntitle: Untagged\n---\nBody",
      expected: { title: "Untagged", body: "Body", principles: [] },
    },
    {
      name: "a title that YAML would read as a number or boolean stays as written",
      text: "---\ntitle: 2024\n---\n",
      expected: { title: "2024", body: "", principles: [] },
    },
    {
      name: "a leading byte order mark is dropped",
      text: "\uFEFF---\ntitle: BOM\n---\nx",
      expected: { title: "BOM", body: "x", principles: [] },
    },
    {
      name: "no front matter: the title is the first heading and the whole text is the body",
      text: "# Rebuilt the deploy pipeline\n\n## Situation\nDeploys took 2 hours.\n",
      expected: { title: "Rebuilt the deploy pipeline", body: "# Rebuilt the deploy pipeline\n\n## Situation\nDeploys took 2 hours.\n", principles: [] },
    },
    {
      name: "no front matter: STAR headings and headings in code are not titles",
      text: "## Situation\n```\n# not this\n```\n### Hired two engineers ###\n",
      expected: { title: "Hired two engineers", body: "## Situation\n```\n# not this\n```\n### Hired two engineers ###\n", principles: [] },
    },
    {
      name: "no front matter and no heading: the title is the file name",
      file: "stories/reduced-cloud-spend.md",
      text: "We had no budget.\n",
      expected: { title: "reduced-cloud-spend", body: "We had no budget.\n", principles: [] },
    },
    {
      name: "front matter without a title takes the first heading",
      text: "---\nprinciples: [think-big]\n---\n# Proposed the new platform\n",
      expected: { title: "Proposed the new platform", body: "# Proposed the new platform\n", principles: ["think-big"] },
    },
    {
      name: "a title and a body that are both ---",
      text: "---\ntitle: \"---\"\n---\n---\n",
      expected: { title: "---", body: "---\n", principles: [] },
    },
  ];
  it.each(valid)("reads $name", ({ text, file, expected }) => {
    expect(parseStoryFile(text, file ?? "story.md")).toEqual({ ok: true, input: expected });
  });

  const invalid: { name: string; text: string; message: RegExp }[] = [
    { name: "front matter that is never closed", text: "---\ntitle: Open\nBody\n", message: /never closed; end it with a line "---"/ },
    { name: "a colon in an unquoted title", text: "---\ntitle: Migration: done\n---\n", message: /^Front matter is not valid YAML at line 2, column 8: .*must be in quotes/ },
    { name: "an unclosed quote", text: '---\ntitle: "Open\n---\n', message: /^Front matter is not valid YAML at line 3/ },
    { name: "a repeated key", text: "---\ntitle: A\ntitle: B\n---\n", message: /not valid YAML at line 3, column 1: Map keys must be unique/ },
    { name: "front matter that is a list", text: "---\n- a\n---\n", message: /Front matter must be fields/ },
    { name: "an unknown field", text: "---\ntitle: T\ndate: 2024-01-01\ntags: [x]\n---\n", message: /Unknown front matter fields: date, tags\. A story file has only title and principles/ },
    { name: "an unknown principle", text: "---\ntitle: T\nprinciples: [ownership, be-nice]\n---\n", message: /Unknown principle id "be-nice"; expected one of: customer-obsession,/ },
    { name: "seven principles", text: "---\ntitle: T\nprinciples: [ownership, dive-deep, frugality, think-big, earn-trust, bias-for-action, deliver-results]\n---\n", message: /at most 6 principles/ },
    { name: "a repeated principle", text: "---\ntitle: T\nprinciples: [ownership, ownership]\n---\n", message: /Principles must not repeat/ },
    { name: "principles as a map", text: "---\ntitle: T\nprinciples: {a: b}\n---\n", message: /Principles must be an array/ },
    { name: "a blank title", text: '---\ntitle: "  "\n---\n', message: /Title must not be empty/ },
    { name: "a title over 200 characters", text: `---\ntitle: ${"t".repeat(201)}\n---\n`, message: /Title must be at most 200 characters/ },
    { name: "a body over 20,000 characters", text: `---\ntitle: Long\n---\n${"b".repeat(20_001)}`, message: /Body must be at most 20,000 characters/ },
    { name: "a NUL character", text: "---\ntitle: T\n---\na\u0000b", message: /Body must not contain NUL characters/ },
  ];
  it.each(invalid)("refuses $name with a clear error naming the file", ({ text, message }) => {
    const result = parseStoryFile(text, "bank.zip/bad.md");
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.file).toBe("bank.zip/bad.md");
    expect(result.error.message).toMatch(message);
  });
});

describe("file names", () => {
  it.each([
    ["Cut checkout p99 from 800 ms → 60 ms", "cut-checkout-p99-from-800-ms-60-ms"],
    ["Café naïve résumé", "cafe-naive-resume"],
    ["  --Leading and trailing--  ", "leading-and-trailing"],
    ["שלום 🚀", "story"],
    ["x".repeat(300), "x".repeat(80)],
  ])("slugify(%j) is %j", (title, slug) => {
    expect(slugify(title)).toBe(slug);
  });

  it("makes names unique, ignoring case, in order", () => {
    expect(storyFileNames(["Ownership", "ownership", "OWNERSHIP", "ownership 2", "🚀", "✅"])).toEqual([
      "ownership.md",
      "ownership-2.md",
      "ownership-3.md",
      "ownership-2-2.md",
      "story.md",
      "story-2.md",
    ]);
  });

  it("dates the archive by the local calendar", () => {
    expect(exportArchiveName(new Date(2025, 2, 7, 23, 59))).toBe("story-bank-2025-03-07.zip");
  });
});
