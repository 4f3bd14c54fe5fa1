import { strToU8, unzipSync, zipSync, type Zippable } from "fflate";
import { beforeEach, describe, expect, it } from "vitest";
import { GET as exportRoute } from "@/app/api/export/route";
import { POST as importRoute } from "@/app/api/import/route";
import { GET as listRoute } from "@/app/api/stories/route";
import { db } from "@/lib/db";
import { serializeStory } from "@/lib/story-files/story-file";
import { createStory, listStories, trashStory } from "@/lib/stories/data";
import type { StoryCreateInput } from "@/lib/stories/schemas";
import { jsonRequest } from "../support/http";

type Upload = { name: string; content: string | Uint8Array };

function importRequest(files: Upload[], headers: Record<string, string> = {}): Request {
  const form = new FormData();
  for (const file of files) form.append("files", new File([file.content as BlobPart], file.name));
  return new Request("http://127.0.0.1:3000/api/import", { method: "POST", body: form, headers: { host: "127.0.0.1:3000", ...headers } });
}

async function importFiles(files: Upload[]) {
  const response = await importRoute(importRequest(files), undefined);
  return { status: response.status, body: await response.json() };
}

async function exportZip() {
  const response = await exportRoute(jsonRequest("GET", "/api/export"), undefined);
  expect(response.status).toBe(200);
  return { response, bytes: new Uint8Array(await response.arrayBuffer()) };
}

function zip(files: Record<string, string | Uint8Array>): Uint8Array {
  const zippable: Zippable = {};
  for (const [name, content] of Object.entries(files)) zippable[name] = typeof content === "string" ? strToU8(content) : content;
  return zipSync(zippable);
}

const storyFile = (title: string, body = "## Situation\nx\n", principles: string[] = []) =>
  `---\ntitle: ${JSON.stringify(title)}\nprinciples: [${principles.join(", ")}]\n---\n${body}`;

const content = (s: { title: string; body: string; principles: readonly string[] }) => ({ title: s.title, body: s.body, principles: [...s.principles] });
const byTitleThenBody = (a: { title: string; body: string }, b: { title: string; body: string }) =>
  a.title.localeCompare(b.title) || a.body.localeCompare(b.body);

/** Stories whose text a naive format would mangle. */
const TRICKY: StoryCreateInput[] = [
  { title: "Cut checkout p99 from 800 ms to 60 ms", body: "## Situation\nSlow.\n## Result\n60 ms.\n", principles: ["dive-deep", "deliver-results"] },
  { title: "---", body: "---\ntitle: Not the title\nprinciples: [frugality]\n---\n", principles: ["frugality"] },
  { title: "Migration: zero downtime", body: "## Situation\r\nWindows line endings\r\n\r\n## Result\r\n0 minutes down\r\n", principles: [] },
  { title: "  Padded title  ", body: "Trailing spaces   \n\t\nno final newline", principles: ["ownership", "earn-trust", "think-big"] },
  { title: "שלום 🚀 مرحبا", body: "RTL שלום and emoji 👩🏽‍💻\n", principles: ["customer-obsession"] },
  { title: "Same title", body: "First of two", principles: ["ownership"] },
  { title: "Same title", body: "Second of two", principles: ["frugality"] },
  { title: "Empty body", body: "", principles: [] },
  { title: "2024", body: "\n\nStarts with blank lines", principles: ["bias-for-action", "are-right-a-lot", "invent-and-simplify", "learn-and-be-curious", "think-big", "earn-trust"] },
];

beforeEach(async () => {
  await db.storyPrinciple.deleteMany();
  await db.story.deleteMany();
});

describe("GET /api/export", () => {
  it("answers a dated zip download holding one story file per live story", async () => {
    const kept = await createStory({ title: "Led the outage review", body: "## Situation\nPaged.\n", principles: ["ownership"] });
    const same = await createStory({ title: "Led the outage review", body: "Another", principles: [] });
    const trashed = await createStory({ title: "In the trash", body: "", principles: [] });
    await trashStory(trashed.id);

    const { response, bytes } = await exportZip();
    expect(response.headers.get("content-type")).toBe("application/zip");
    expect(response.headers.get("content-disposition")).toMatch(/^attachment; filename="story-bank-\d{4}-\d{2}-\d{2}\.zip"$/);
    const files = unzipSync(bytes);
    expect(Object.keys(files)).toEqual(["led-the-outage-review.md", "led-the-outage-review-2.md"]);
    expect(new TextDecoder().decode(files["led-the-outage-review.md"])).toBe(serializeStory(kept));
    expect(new TextDecoder().decode(files["led-the-outage-review-2.md"])).toBe(serializeStory(same));
  });

  it("exports an empty bank as an empty zip", async () => {
    expect(unzipSync((await exportZip()).bytes)).toEqual({});
  });
});

describe("export → import", () => {
  it("reproduces every story byte for byte in an empty bank, and changes nothing when imported again", async () => {
    for (const story of TRICKY) await createStory(story);
    const original = (await listStories()).map(content).sort(byTitleThenBody);
    const { bytes } = await exportZip();

    await db.storyPrinciple.deleteMany();
    await db.story.deleteMany();
    const first = await importFiles([{ name: "bank.zip", content: bytes }]);
    expect(first.status).toBe(200);
    expect(first.body).toMatchObject({ updated: [], skipped: [], errors: [] });
    expect(first.body.created).toHaveLength(TRICKY.length);
    expect((await listStories()).map(content).sort(byTitleThenBody)).toEqual(original);

    const again = await importFiles([{ name: "bank.zip", content: bytes }]);
    expect(again.body).toMatchObject({ created: [], updated: [], errors: [] });
    expect(again.body.skipped).toHaveLength(TRICKY.length);
    expect(again.body.skipped.every((s: { reason: string }) => s.reason === "unchanged")).toBe(true);
  });
});

describe("POST /api/import", () => {
  it("creates stories from .md files, with or without front matter", async () => {
    const { status, body } = await importFiles([
      { name: "outage.md", content: storyFile("Led the outage review", "## Situation\nPaged at 2am.\n", ["ownership", "earn-trust"]) },
      { name: "hiring.md", content: "# Hired two engineers\n\n## Situation\nWe were short-staffed.\n" },
    ]);
    expect(status).toBe(200);
    expect(body).toEqual({
      created: [
        { file: "outage.md", id: expect.any(String), title: "Led the outage review" },
        { file: "hiring.md", id: expect.any(String), title: "Hired two engineers" },
      ],
      updated: [],
      skipped: [],
      errors: [],
    });
    const stored = await listStories();
    expect(stored.find((s) => s.id === body.created[0].id)).toMatchObject({ body: "## Situation\nPaged at 2am.\n", principles: ["ownership", "earn-trust"] });
    expect(stored.find((s) => s.id === body.created[1].id)?.body).toBe("# Hired two engineers\n\n## Situation\nWe were short-staffed.\n");
  });

  it("lints an imported answer without STAR labels by the parts it finds, as the editor does", async () => {
    const answer = [
      "Last spring our checkout page kept timing out during the big sales and support got hundreds of complaints a day.",
      "",
      "I was asked to get p99 under 200 ms before Black Friday. I profiled the service and found one cart query that scanned the whole table. We rewrote it with an index and I added a load test.",
      "",
      "As a result p99 fell from 800 ms to 120 ms and the complaints stopped.",
      "",
    ].join("\n");
    const { body } = await importFiles([{ name: "pasted.md", content: storyFile("Checkout timeouts", answer) }]);
    expect(body.created).toHaveLength(1);
    const response = await listRoute(jsonRequest("GET", "/api/stories"), undefined);
    const { stories } = (await response.json()) as { stories: Array<{ title: string; counts: Record<string, number> }> };
    // The "we" in the steps (a warning), star-unlabelled and the short spoken length (infos), not one
    // star-no-structure error.
    expect(stories.find((story) => story.title === "Checkout timeouts")?.counts).toEqual({ error: 0, warning: 1, info: 2 });
  });

  it("updates the live story with the same title at its current version, and skips an unchanged one", async () => {
    const changing = await createStory({ title: "Reduced cloud spend", body: "old", principles: ["frugality"] });
    const same = await createStory({ title: "Kept as is", body: "same", principles: ["ownership"] });
    const { body } = await importFiles([
      { name: "spend.md", content: storyFile("Reduced cloud spend", "new body", ["frugality", "deliver-results"]) },
      { name: "same.md", content: storyFile("Kept as is", "same", ["ownership"]) },
      { name: "other-case.md", content: storyFile("reduced cloud spend", "a different title by case") },
    ]);
    expect(body.updated).toEqual([{ file: "spend.md", id: changing.id, title: "Reduced cloud spend" }]);
    expect(body.skipped).toEqual([{ file: "same.md", reason: "unchanged" }]);
    expect(body.created).toEqual([{ file: "other-case.md", id: expect.any(String), title: "reduced cloud spend" }]);
    const stored = await listStories();
    expect(stored.find((s) => s.id === changing.id)).toMatchObject({ body: "new body", principles: ["frugality", "deliver-results"], version: 2 });
    expect(stored.find((s) => s.id === same.id)?.version).toBe(1);
  });

  it("does not update a story in the trash: the file creates a new one", async () => {
    const trashed = await createStory({ title: "Trashed", body: "old", principles: [] });
    await trashStory(trashed.id);
    const { body } = await importFiles([{ name: "t.md", content: storyFile("Trashed", "new") }]);
    expect(body.created).toHaveLength(1);
    expect(body.created[0].id).not.toBe(trashed.id);
  });

  it("reports each bad file with its problem and stores the good ones", async () => {
    const { status, body } = await importFiles([
      { name: "good.md", content: storyFile("Good story", "## Situation\nfine\n", ["ownership"]) },
      { name: "colon.md", content: "---\ntitle: Migration: done\n---\n" },
      { name: "unknown.md", content: storyFile("Unknown principle", "x", ["be-nice"]) },
      { name: "long.md", content: storyFile("Long", "b".repeat(20_001)) },
      { name: "latin1.md", content: new Uint8Array([0x63, 0x61, 0x66, 0xe9]) },
      { name: "notes.txt", content: "just notes" },
    ]);
    expect(status).toBe(200);
    expect(body.created).toEqual([{ file: "good.md", id: expect.any(String), title: "Good story" }]);
    expect(body.skipped).toEqual([{ file: "notes.txt", reason: "not a .md or .zip file" }]);
    expect(body.errors).toEqual([
      { file: "colon.md", message: expect.stringMatching(/^Front matter is not valid YAML at line 2, column 8: .*must be in quotes/) },
      { file: "unknown.md", message: expect.stringContaining('Unknown principle id "be-nice"') },
      { file: "long.md", message: "Body must be at most 20,000 characters." },
      { file: "latin1.md", message: "The file is not UTF-8 text; save it as UTF-8 and import it again." },
    ]);
    expect(await db.story.count()).toBe(1);
  });

  it("reads .md entries of a zip and skips folders, other files, macOS metadata and nested zips", async () => {
    const archive = zip({
      "stories/": new Uint8Array(),
      "stories/ownership.md": storyFile("Took over the on-call rota", "x", ["ownership"]),
      "stories/README.txt": "not a story",
      "__MACOSX/stories/._ownership.md": new Uint8Array([0, 5, 22, 7]),
      "old.zip": zip({ "a.md": storyFile("Inside") }),
    });
    const { body } = await importFiles([{ name: "bank.zip", content: archive }]);
    expect(body.created).toEqual([{ file: "bank.zip/stories/ownership.md", id: expect.any(String), title: "Took over the on-call rota" }]);
    expect(body.skipped).toEqual([
      { file: "bank.zip/stories/", reason: "folder" },
      { file: "bank.zip/stories/README.txt", reason: "not a .md story file" },
      { file: "bank.zip/__MACOSX/stories/._ownership.md", reason: "macOS metadata, not a story" },
      { file: "bank.zip/old.zip", reason: "a zip inside a zip is not opened" },
    ]);
    expect(body.errors).toEqual([]);
  });

  it("reports a damaged zip without blocking the other files", async () => {
    const { body } = await importFiles([
      { name: "broken.zip", content: "PK\u0003\u0004 not really a zip" },
      { name: "good.md", content: storyFile("Still imported") },
    ]);
    expect(body.errors).toEqual([{ file: "broken.zip", message: expect.stringMatching(/not a zip archive/) }]);
    expect(body.created).toHaveLength(1);
  });

  it("refuses a zip entry bigger than a story file can be, without reading it, and imports the rest", async () => {
    const archive = zip({ "huge.md": new Uint8Array(300 * 1024).fill(0x61), "ok.md": storyFile("Fine") });
    const { body } = await importFiles([{ name: "bank.zip", content: archive }]);
    expect(body.errors).toEqual([{ file: "bank.zip/huge.md", message: expect.stringMatching(/^The file is 300 KB; a story file may be at most 256 KB/) }]);
    expect(body.created).toHaveLength(1);
  });

  it("stops inflating an entry that expands past the size it declares (a lying zip bomb)", async () => {
    const archive = zip({ "bomb.md": new Uint8Array(10 * 1024 * 1024).fill(0x61), "ok.md": storyFile("Fine") });
    // Patch the central directory so bomb.md claims to be 100 bytes.
    const view = new DataView(archive.buffer);
    for (let at = archive.length - 22; at >= 0; at -= 1) {
      if (view.getUint32(at, true) === 0x02014b50 && new TextDecoder().decode(archive.subarray(at + 46, at + 46 + 7)) === "bomb.md") {
        view.setUint32(at + 24, 100, true);
      }
    }
    const { body } = await importFiles([{ name: "bank.zip", content: archive }]);
    expect(body.errors).toEqual([{ file: "bank.zip/bomb.md", message: expect.stringMatching(/larger than the archive says/) }]);
    expect(body.created).toHaveLength(1);
  });

  it("refuses with 413 a zip that expands past 32 MB, storing nothing", async () => {
    const zeros = new Uint8Array(200 * 1024);
    const files = Object.fromEntries(Array.from({ length: 170 }, (_, i) => [`s${i}.md`, zeros]));
    const archive = zip({ "a-good-one.md": storyFile("Good"), ...files });
    expect(archive.length).toBeLessThan(1024 * 1024);
    const { status, body } = await importFiles([{ name: "bomb.zip", content: archive }]);
    expect(status).toBe(413);
    expect(body.error).toEqual({ code: "too_large", message: expect.stringMatching(/may expand to at most 32 MB.*bomb\.zip/) });
    expect(await db.story.count()).toBe(0);
  });

  it("refuses with 413 an import of more than 1,000 files, storing nothing", async () => {
    const files = Object.fromEntries(Array.from({ length: 1_001 }, (_, i) => [`s${i}.md`, storyFile(`Story ${i}`)]));
    const { status, body } = await importFiles([{ name: "many.zip", content: zip(files) }]);
    expect(status).toBe(413);
    expect(body.error.code).toBe("too_large");
    expect(body.error.message).toMatch(/at most 1,000 entries/);
    expect(await db.story.count()).toBe(0);
  });

  it("refuses with 413 a request over 5 MB before reading it", async () => {
    const { status, body } = await importFiles([
      { name: "good.md", content: storyFile("Good") },
      { name: "big.zip", content: new Uint8Array(5 * 1024 * 1024 + 1) },
    ]);
    expect(status).toBe(413);
    expect(body.error).toEqual({ code: "too_large", message: expect.stringMatching(/at most 5 MB/) });
    expect(await db.story.count()).toBe(0);
  });

  it.each([
    { name: "a JSON body", request: () => jsonRequest("POST", "/api/import", { title: "x" }), status: 415, code: "unsupported_media_type" },
    {
      name: "a form without files",
      request: () => {
        const form = new FormData();
        form.append("note", "hello");
        return new Request("http://127.0.0.1:3000/api/import", { method: "POST", body: form, headers: { host: "127.0.0.1:3000" } });
      },
      status: 400,
      code: "invalid_input",
    },
    { name: "a request from another origin", request: () => importRequest([{ name: "a.md", content: storyFile("A") }], { origin: "https://evil.example" }), status: 403, code: "forbidden_origin" },
  ])("refuses $name with $status", async ({ request, status, code }) => {
    const response = await importRoute(request(), undefined);
    expect(response.status).toBe(status);
    expect((await response.json()).error.code).toBe(code);
    expect(await db.story.count()).toBe(0);
  });

  it("pairs same-titled files and stories one to one", async () => {
    const first = await createStory({ title: "Twin", body: "A", principles: [] });
    const second = await createStory({ title: "Twin", body: "B", principles: [] });
    const { body } = await importFiles([
      { name: "1.md", content: storyFile("Twin", "C") },
      { name: "2.md", content: storyFile("Twin", "A") },
      { name: "3.md", content: storyFile("Twin", "D") },
    ]);
    // 2.md matches the first story exactly; 1.md updates the other; 3.md has no story left, so it creates one.
    expect(body.skipped).toEqual([{ file: "2.md", reason: "unchanged" }]);
    expect(body.updated).toEqual([{ file: "1.md", id: second.id, title: "Twin" }]);
    expect(body.created).toEqual([{ file: "3.md", id: expect.any(String), title: "Twin" }]);
    expect((await listStories()).map((s) => s.body).sort()).toEqual(["A", "C", "D"]);
    expect(first.id).not.toBe(second.id);
  });
});
