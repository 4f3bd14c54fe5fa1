import fs from "node:fs";
import http from "node:http";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { PRINCIPLE_IDS } from "@/lib/principles";
import { startServer, type RunningServer } from "./server";

/**
 * Hostile and odd input over real HTTP, against the production server (tests/api/ calls the handlers
 * directly; this also covers Next's own request handling, body streaming and the network). Every bad
 * request gets the right 4xx with a message naming the problem and the field, stores nothing, and the
 * server goes on answering.
 */

const dir = fs.mkdtempSync(path.join(os.tmpdir(), "story-bank-bad-input-"));
let server: RunningServer;
/** A story that exists, for the PUT cases. */
let existing: { id: string; version: number };

beforeAll(async () => {
  server = await startServer({
    databaseFile: path.join(dir, "bad-input.db"),
    buildCoordinationDir: path.dirname(inject("templateDatabase")),
  });
  const response = await send({ method: "POST", path: "/api/stories", json: { title: "The one story", body: "## Situation\nok\n" } });
  expect(response.status).toBe(201);
  existing = response.body.story;
}, 10 * 60_000);

afterAll(async () => {
  await server?.stop();
  fs.rmSync(dir, { recursive: true, force: true });
});

interface Request {
  method: string;
  path: string;
  /** Serialised with JSON.stringify. */
  json?: unknown;
  /** Sent exactly as given (bytes or a string), for bodies JSON.stringify cannot produce. */
  raw?: string | Uint8Array;
  /** Streams a JSON body of this many bytes, chunked (POST only; see postStreamed). */
  streamBytes?: number;
  headers?: Record<string, string>;
}

async function send(request: Request): Promise<{ status: number; body: any }> {
  try {
    return await sendOnce(request);
  } catch (error) {
    // After refusing a body mid-stream the server drops that connection; fetch may already have pooled
    // it for the next request. A browser retries an idempotent request on a dropped connection; so do we.
    if (request.method !== "GET") throw error;
    return sendOnce(request);
  }
}

async function sendOnce(request: Request): Promise<{ status: number; body: any }> {
  if (request.streamBytes !== undefined) return postStreamed(request.path, request.streamBytes);
  const headers: Record<string, string> = { ...request.headers };
  let body: RequestInit["body"];
  if (request.json !== undefined) body = JSON.stringify(request.json);
  else if (request.raw !== undefined) body = request.raw as RequestInit["body"];
  if (body !== undefined) headers["content-type"] ??= "application/json";
  const response = await fetch(server.url + request.path, { method: request.method, headers, body });
  const text = await response.text();
  return { status: response.status, body: text === "" ? null : JSON.parse(text) };
}

async function storyCount(): Promise<number> {
  const response = await send({ method: "GET", path: "/api/stories" });
  expect(response.status).toBe(200);
  return response.body.stories.length;
}

async function storedStory(id: string) {
  const response = await send({ method: "GET", path: `/api/stories/${id}` });
  expect(response.status).toBe(200);
  return response.body.story as { title: string; body: string; principles: string[]; version: number };
}

const utf8 = (text: string) => new TextEncoder().encode(text);
const concat = (...parts: Uint8Array[]) => Uint8Array.from(parts.flatMap((part) => [...part]));
/** A JSON body with the bytes of a UTF-8-encoded lone surrogate (ED A0 80, U+D800) inside the title. */
const rawSurrogateTitle = concat(utf8('{"title":"before '), Uint8Array.of(0xed, 0xa0, 0x80), utf8(' after","body":""}'));
/** Over the 1 MB request limit while every field is within its own limit, so only the byte cap can refuse it. */
const overOneMegabyte = JSON.stringify({ title: "padded", body: "", padding: "x".repeat(1_000_001) });

/**
 * POSTs `totalBytes` of JSON in 64 KB chunks with no Content-Length (chunked encoding), so only the
 * server's running count can stop it; stops writing as soon as an answer arrives. node:http rather than
 * fetch: fetch does not hand over an early answer while its request body is still streaming.
 */
function postStreamed(pathname: string, totalBytes: number): Promise<{ status: number; body: any }> {
  return new Promise((resolve, reject) => {
    let answered = false;
    const request = http.request(server.url + pathname, { method: "POST", headers: { "content-type": "application/json" } }, (response) => {
      answered = true;
      let text = "";
      response.setEncoding("utf8");
      response.on("data", (chunk: string) => (text += chunk));
      response.on("end", () => resolve({ status: response.statusCode ?? 0, body: JSON.parse(text) }));
      response.on("error", reject);
    });
    request.on("error", (error) => (answered ? undefined : reject(error)));
    const chunk = Buffer.alloc(64 * 1024, 0x20);
    let sent = 0;
    const writeMore = () => {
      if (sent === 0) request.write('{"title":"streamed","body":"');
      while (!answered && sent < totalBytes) {
        sent += chunk.byteLength;
        if (!request.write(chunk)) return void request.once("drain", writeMore);
      }
      if (!answered) request.end('"}');
    };
    writeMore();
  });
}

interface BadCase {
  name: string;
  request: () => Request;
  status: number;
  code: string;
  /** The field the error must name in `fields`; null when the problem is the request as a whole. */
  field: string | null;
  message: RegExp;
  /**
   * A known defect, with what fixes it: the case runs as `it.fails`, so it reminds until the fix lands
   * and then fails, asking for this flag to go.
   */
  knownBug?: string;
}

const post = (json: unknown): (() => Request) => () => ({ method: "POST", path: "/api/stories", json });
const put = (json: (version: number) => unknown): (() => Request) => () => ({
  method: "PUT",
  path: `/api/stories/${existing.id}`,
  json: json(existing.version),
});
const lint = (json: unknown): (() => Request) => () => ({ method: "POST", path: "/api/lint", json });
const seven = PRINCIPLE_IDS.slice(0, 7);

const badCases: BadCase[] = [
  // Not JSON, or not an object
  { name: "malformed JSON", request: () => ({ method: "POST", path: "/api/stories", raw: '{"title": "x",' }), status: 400, code: "invalid_json", field: null, message: /not valid JSON/ },
  { name: "an empty body", request: () => ({ method: "POST", path: "/api/stories", raw: "" }), status: 400, code: "invalid_json", field: null, message: /empty/ },
  { name: "a JSON array instead of an object", request: post([{ title: "x" }]), status: 400, code: "invalid_input", field: null, message: /object/i },
  { name: "JSON nested 100,000 deep", request: () => ({ method: "POST", path: "/api/stories", raw: `${"[".repeat(100_000)}${"]".repeat(100_000)}` }), status: 400, code: "invalid_input", field: null, message: /object/i },
  { name: "a text/plain body", request: () => ({ method: "POST", path: "/api/stories", raw: '{"title":"x"}', headers: { "content-type": "text/plain" } }), status: 415, code: "unsupported_media_type", field: null, message: /application\/json/ },
  // Wrong types
  { name: "a number as title", request: post({ title: 42 }), status: 400, code: "invalid_input", field: "title", message: /Title must be a string/ },
  { name: "a missing title", request: post({ body: "text" }), status: 400, code: "invalid_input", field: "title", message: /Title is required/ },
  { name: "an array as body", request: post({ title: "x", body: ["text"] }), status: 400, code: "invalid_input", field: "body", message: /Body must be a string/ },
  { name: "a string as principles", request: post({ title: "x", principles: "ownership" }), status: 400, code: "invalid_input", field: "principles", message: /Principles must be an array of principle ids/ },
  { name: "a string as version", request: put((version) => ({ title: "x", version: String(version) })), status: 400, code: "invalid_input", field: "version", message: /Version/ },
  { name: "a fractional version", request: put((version) => ({ title: "x", version: version + 0.5 })), status: 400, code: "invalid_input", field: "version", message: /Version must be a whole number/ },
  { name: "a PUT without a version", request: put(() => ({ title: "x" })), status: 400, code: "invalid_input", field: "version", message: /Version is required/ },
  { name: "an unknown field", request: post({ title: "x", author: "me" }), status: 400, code: "invalid_input", field: "_", message: /Unknown field\(s\): author/ },
  { name: "a __proto__ key", request: () => ({ method: "POST", path: "/api/stories", raw: '{"title":"x","__proto__":{"admin":true}}' }), status: 400, code: "invalid_input", field: "_", message: /Unknown field\(s\): __proto__/ },
  // Principles
  { name: "an unknown principle id", request: post({ title: "x", principles: ["world-domination"] }), status: 400, code: "invalid_input", field: "principles.0", message: /Unknown principle id "world-domination"; expected one of: customer-obsession/ },
  { name: "seven principles", request: post({ title: "x", principles: seven }), status: 400, code: "invalid_input", field: "principles", message: /at most 6 principles/ },
  { name: "a repeated principle", request: post({ title: "x", principles: ["ownership", "ownership"] }), status: 400, code: "invalid_input", field: "principles", message: /must not repeat/ },
  // Limits
  { name: "a 201-character title", request: post({ title: "t".repeat(201) }), status: 400, code: "invalid_input", field: "title", message: /Title must be at most 200 characters/ },
  { name: "a 20,001-character body", request: post({ title: "x", body: "b".repeat(20_001) }), status: 413, code: "too_large", field: "body", message: /Body must be at most 20,000 characters/ },
  { name: "a 20,001-character body in a PUT", request: put((version) => ({ body: "b".repeat(20_001), version })), status: 413, code: "too_large", field: "body", message: /Body must be at most 20,000 characters/ },
  { name: "a request body over 1 MB", request: () => ({ method: "POST", path: "/api/stories", raw: overOneMegabyte }), status: 413, code: "too_large", field: null, message: /Request body must be at most 1,000,000 bytes/ },
  { name: "a 2 MB body streamed without Content-Length", request: () => ({ method: "POST", path: "/api/stories", streamBytes: 2_000_000 }), status: 413, code: "too_large", field: null, message: /Request body must be at most 1,000,000 bytes/ },
  // Empty titles
  { name: "an empty title", request: post({ title: "" }), status: 400, code: "invalid_input", field: "title", message: /Title must not be empty/ },
  { name: "a whitespace-only title", request: post({ title: " \t\n\u00a0\u3000 " }), status: 400, code: "invalid_input", field: "title", message: /Title must not be empty/ },
  { name: "a whitespace-only title in a PUT", request: put((version) => ({ title: "   ", version })), status: 400, code: "invalid_input", field: "title", message: /Title must not be empty/ },
  // Text that cannot be stored faithfully
  { name: "a lone surrogate as a JSON escape", request: () => ({ method: "POST", path: "/api/stories", raw: '{"title":"before \\ud800 after"}' }), status: 400, code: "invalid_input", field: "title", message: /Title contains invalid UTF-16 \(a lone surrogate\)/ },
  { name: "a lone low surrogate in the body", request: () => ({ method: "POST", path: "/api/stories", raw: '{"title":"x","body":"\\udfff"}' }), status: 400, code: "invalid_input", field: "body", message: /Body contains invalid UTF-16/ },
  { name: "a lone surrogate as raw UTF-8 bytes (ED A0 80)", request: () => ({ method: "POST", path: "/api/stories", raw: rawSurrogateTitle }), status: 400, code: "invalid_json", field: null, message: /UTF-8/ },
  { name: "a NUL in the title", request: post({ title: "before\u0000after" }), status: 400, code: "invalid_input", field: "title", message: /Title must not contain NUL characters/ },
  { name: "a NUL in the body of a PUT", request: put((version) => ({ body: "a\u0000b", version })), status: 400, code: "invalid_input", field: "body", message: /Body must not contain NUL characters/ },
  // Lint
  { name: "lint without markdown", request: lint({}), status: 400, code: "invalid_input", field: "markdown", message: /markdown is required/ },
  { name: "lint of a number", request: lint({ markdown: 7 }), status: 400, code: "invalid_input", field: "markdown", message: /markdown must be a string/ },
  { name: "lint of 20,001 characters", request: lint({ markdown: "x".repeat(20_001) }), status: 413, code: "too_large", field: "markdown", message: /markdown must be at most 20,000 characters/ },
  { name: "lint with an unknown principle", request: lint({ markdown: "x", principles: ["bias-for-inaction"] }), status: 400, code: "invalid_input", field: "principles.0", message: /Unknown principle id "bias-for-inaction"/ },
  // Cross-site writes
  { name: "a POST from a foreign Origin", request: () => ({ ...post({ title: "csrf" })(), headers: { origin: "https://evil.example" } }), status: 403, code: "forbidden_origin", field: null, message: /https:\/\/evil\.example are refused/ },
  { name: "a PUT from a foreign Origin", request: () => ({ ...put((version) => ({ title: "csrf", version }))(), headers: { origin: "http://127.0.0.1:1" } }), status: 403, code: "forbidden_origin", field: null, message: /refused/ },
  { name: "a DELETE from a foreign Origin", request: () => ({ method: "DELETE", path: `/api/stories/${existing.id}`, headers: { origin: "http://localhost.evil.example" } }), status: 403, code: "forbidden_origin", field: null, message: /refused/ },
  { name: "a POST from an opaque (null) Origin", request: () => ({ ...post({ title: "csrf" })(), headers: { origin: "null" } }), status: 403, code: "forbidden_origin", field: null, message: /opaque origin/ },
  // Addressing
  { name: "a PUT to a story that does not exist", request: () => ({ method: "PUT", path: "/api/stories/doesnotexist1", json: { title: "x", version: 1 } }), status: 404, code: "not_found", field: null, message: /doesnotexist1/ },
  { name: "a stale version", request: put((version) => ({ title: "overwrite", version: version + 5 })), status: 409, code: "version_conflict", field: null, message: /./ },
];

describe("bad input over real HTTP", () => {
  const refuses = async ({ request, status, code, field, message }: BadCase) => {
    const before = await storyCount();
    const response = await send(request());
    expect(response.status, JSON.stringify(response.body)).toBe(status);
    expect(response.body.error.code).toBe(code);
    expect(response.body.error.message).toMatch(message);
    if (field === null) {
      expect(response.body.error.fields?.[""]).toBeUndefined();
    } else {
      expect(Object.keys(response.body.error.fields ?? {})).toContain(field);
      expect(response.body.error.fields[field]).toMatch(message);
      if (field !== "_") expect(response.body.error.message).toContain(field);
    }
    // Nothing stored, nothing changed, and the server is still answering.
    expect(await storyCount()).toBe(before);
    const story = await storedStory(existing.id);
    expect(story).toMatchObject({ title: "The one story", version: existing.version });
  };
  for (const badCase of badCases) {
    (badCase.knownBug ? it.fails : it)(`refuses ${badCase.name} with ${badCase.status} ${badCase.code}`, () => refuses(badCase));
  }
});

describe("odd but valid input over real HTTP", () => {
  const exact: { name: string; title: string; body: string }[] = [
    { name: "right-to-left text", title: "שיפרנו את זמן הטעינה", body: "## Situation\nהלקוח חיכה 9 שניות.\n\n## Result\nמתחת לשנייה — ‏40%‏ פחות נטישה.\n" },
    { name: "Arabic with bidi controls", title: "\u202bتحسين\u202c الأداء \u2067x\u2069", body: "النتيجة: ١٢٣\u200f" },
    { name: "emoji sequences", title: "👩🏽‍💻 shipped 🇩🇪 on time ❤️‍🔥", body: "## Result\n👨‍👩‍👧‍👦 × 3, 🏳️‍🌈, keycap 1️⃣, skin tone 👍🏿\n" },
    { name: "combining marks and astral characters", title: "Zalgo z̷͔̈a̸̜͝l̶̢̛ and 𝔘𝔫𝔦𝔠𝔬𝔡𝔢 𠜎", body: "e\u0301 vs \u00e9, \u{1F600}\u{10FFFF}\uFEFF" },
    { name: "CRLF and lone CR line ends", title: "line ends", body: "## Situation\r\nWe had CRLF.\rAnd a lone CR.\r\n" },
    { name: "a 10,000-line body of exactly 20,000 characters", title: "ten thousand lines", body: "x\n".repeat(10_000) },
    { name: "a 200-character title of astral emoji (400 UTF-16 units)", title: "😀".repeat(100), body: "" },
  ];

  it.each(exact)("stores $name exactly", async ({ title, body }) => {
    const before = await storyCount();
    const created = await send({ method: "POST", path: "/api/stories", json: { title, body } });
    // Title limits count UTF-16 units, like the body's: 100 astral emoji are 200 units, so they fit.
    expect(created.status, JSON.stringify(created.body)).toBe(201);
    expect(created.body.story).toMatchObject({ title, body, version: 1 });
    expect(await storedStory(created.body.story.id)).toMatchObject({ title, body, version: 1 });
    expect(await storyCount()).toBe(before + 1);
    // And a PUT of the same text round-trips too (same length, so the 20,000-character body still fits).
    const edited = `!${body.slice(1)}`;
    const updated = await send({ method: "PUT", path: `/api/stories/${created.body.story.id}`, json: { title, body: edited, version: 1 } });
    expect(updated.status, JSON.stringify(updated.body)).toBe(200);
    expect(await storedStory(created.body.story.id)).toMatchObject({ title, body: edited, version: 2 });
  });

  // 10,000 lines at the 20,000-character limit: plain lines, 10,000 empty list items, a 10,000-line quote.
  it.each([
    { name: "10,000 plain lines", markdown: "x\n".repeat(10_000) },
    { name: "10,000 empty list items", markdown: "-\n".repeat(10_000) },
    { name: "a 10,000-line block quote", markdown: ">\n".repeat(10_000) },
    { name: "10,000 lines nested 9,999 lists deep", markdown: " -".repeat(6_666) + "\n".repeat(20_000 - 13_332) },
  ])("lints $name within 10 s, with every range inside the text", async ({ markdown }) => {
    expect(markdown.length).toBeLessThanOrEqual(20_000);
    const started = performance.now();
    const response = await send({ method: "POST", path: "/api/lint", json: { markdown } });
    const elapsed = performance.now() - started;
    expect(response.status, JSON.stringify(response.body)).toBe(200);
    // These are the slowest inputs we know of: the markdown parser alone takes about a second on 10,000
    // short lines (docs/reliability.md). The bound is there to catch a runaway (quadratic) case, with room
    // for a machine busy running the rest of the suite.
    expect(elapsed).toBeLessThan(10_000);
    for (const message of response.body.messages) {
      expect(message.endOffset).toBeLessThanOrEqual(markdown.length);
      if (message.actual !== undefined) expect(message.actual).toBe(markdown.slice(message.offset, message.endOffset));
    }
  });

  it("accepts a write whose Origin is the server's own", async () => {
    const response = await send({ ...post({ title: "same origin" })(), headers: { origin: server.url } });
    expect(response.status).toBe(201);
  });
});
