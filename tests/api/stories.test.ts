import { describe, expect, it } from "vitest";
import { GET as listRoute, POST as createRoute } from "@/app/api/stories/route";
import { DELETE as deleteRoute, GET as readRoute, PUT as updateRoute } from "@/app/api/stories/[id]/route";
import { POST as restoreRoute } from "@/app/api/stories/[id]/restore/route";
import { db } from "@/lib/db";
import { jsonRequest, routeContext } from "../support/http";

const STORY_BODY = `## Situation
Our checkout service timed out for 3% of shoppers every Friday evening.

## Task
I owned the checkout latency goal for the quarter.

## Action
I profiled the slowest queries and added a covering index.

## Result
p99 latency fell from 800 ms to 60 ms and Friday timeouts dropped to zero.
`;

async function create(input: Record<string, unknown> = {}) {
  const response = await createRoute(
    jsonRequest("POST", "/api/stories", {
      title: "Cut checkout p99 from 800 ms to 60 ms",
      body: STORY_BODY,
      principles: ["dive-deep", "deliver-results"],
      ...input,
    }),
    undefined,
  );
  expect(response.status).toBe(201);
  return (await response.json()).story as { id: string; version: number; title: string; body: string; principles: string[] };
}

const storyCount = () => db.story.count();

describe("POST /api/stories", () => {
  it("creates a story and answers 201 with it", async () => {
    const story = await create();
    expect(story).toMatchObject({
      title: "Cut checkout p99 from 800 ms to 60 ms",
      body: STORY_BODY,
      principles: ["dive-deep", "deliver-results"],
      version: 1,
    });
    expect(new Date((story as unknown as { createdAt: string }).createdAt).getTime()).not.toBeNaN();
  });

  it("keeps right-to-left and emoji text exactly", async () => {
    const body = "## Situation\nשלום 🚀 مرحبا\n";
    const story = await create({ title: "Unicode ✅", body });
    expect(story.body).toBe(body);
  });

  const invalid: { name: string; body: unknown; status: number; code: string; field?: string; message: RegExp }[] = [
    { name: "malformed JSON", body: "{ title: oops", status: 400, code: "invalid_json", message: /not valid JSON/ },
    { name: "an empty request", body: "", status: 400, code: "invalid_json", message: /empty/ },
    { name: "a missing title", body: { body: "x" }, status: 400, code: "invalid_input", field: "title", message: /Title is required/ },
    { name: "a blank title", body: { title: "   " }, status: 400, code: "invalid_input", field: "title", message: /must not be empty/ },
    { name: "a title of the wrong type", body: { title: 42 }, status: 400, code: "invalid_input", field: "title", message: /string/ },
    { name: "a title over 200 characters", body: { title: "t".repeat(201) }, status: 400, code: "invalid_input", field: "title", message: /at most 200 characters/ },
    { name: "a body over 20,000 characters", body: { title: "Long", body: "b".repeat(20_001) }, status: 413, code: "too_large", field: "body", message: /at most 20,000 characters/ },
    { name: "an unknown principle", body: { title: "T", principles: ["be-nice"] }, status: 400, code: "invalid_input", field: "principles.0", message: /Unknown principle id "be-nice"/ },
    {
      name: "seven principles",
      body: { title: "T", principles: ["ownership", "dive-deep", "frugality", "think-big", "earn-trust", "bias-for-action", "deliver-results"] },
      status: 400, code: "invalid_input", field: "principles", message: /at most 6 principles/,
    },
    { name: "a repeated principle", body: { title: "T", principles: ["ownership", "ownership"] }, status: 400, code: "invalid_input", field: "principles", message: /must not repeat/ },
    { name: "a NUL byte", body: { title: "T", body: "a\u0000b" }, status: 400, code: "invalid_input", field: "body", message: /NUL/ },
    { name: "a lone surrogate", body: { title: "T\ud800" }, status: 400, code: "invalid_input", field: "title", message: /invalid UTF-16/ },
    { name: "an unknown field", body: { title: "T", author: "me" }, status: 400, code: "invalid_input", field: "_", message: /Unknown field\(s\): author/ },
  ];

  it.each(invalid)("refuses $name with $status and stores nothing", async ({ body, status, code, field, message }) => {
    const before = await storyCount();
    const response = await createRoute(jsonRequest("POST", "/api/stories", body), undefined);
    expect(response.status).toBe(status);
    const { error } = await response.json();
    expect(error.code).toBe(code);
    expect(error.message).toMatch(message);
    if (field) expect(error.fields[field]).toMatch(message);
    expect(await storyCount()).toBe(before);
  });

  it("refuses a request body over 1 MB with 413 before parsing it", async () => {
    const before = await storyCount();
    const huge = JSON.stringify({ title: "T", body: "x".repeat(1_100_000) });
    const response = await createRoute(jsonRequest("POST", "/api/stories", huge), undefined);
    expect(response.status).toBe(413);
    expect((await response.json()).error).toMatchObject({ code: "too_large", message: expect.stringMatching(/1,000,000 bytes/) });
    expect(await storyCount()).toBe(before);
  });

  it("refuses a write from another origin with 403", async () => {
    const before = await storyCount();
    const response = await createRoute(
      jsonRequest("POST", "/api/stories", { title: "T" }, { origin: "http://evil.example" }),
      undefined,
    );
    expect(response.status).toBe(403);
    expect((await response.json()).error.code).toBe("forbidden_origin");
    expect(await storyCount()).toBe(before);
  });

  it("accepts a write from the app's own origin", async () => {
    const response = await createRoute(
      jsonRequest("POST", "/api/stories", { title: "Same origin" }, { origin: "http://127.0.0.1:3000" }),
      undefined,
    );
    expect(response.status).toBe(201);
  });
});

describe("GET /api/stories", () => {
  it("lists live stories with their lint counts and leaves out the trash", async () => {
    const kept = await create({ title: "Kept" });
    const trashed = await create({ title: "Trashed" });
    await deleteRoute(jsonRequest("DELETE", `/api/stories/${trashed.id}`), routeContext(trashed.id));

    const response = await listRoute(jsonRequest("GET", "/api/stories"), undefined);
    expect(response.status).toBe(200);
    const { stories } = await response.json();
    const ids = stories.map((s: { id: string }) => s.id);
    expect(ids).toContain(kept.id);
    expect(ids).not.toContain(trashed.id);
    const listed = stories.find((s: { id: string }) => s.id === kept.id);
    expect(Object.keys(listed).sort()).toEqual(["counts", "id", "principles", "title", "updatedAt", "version"]);
    expect(listed.counts).toEqual({ error: expect.any(Number), warning: expect.any(Number), info: expect.any(Number) });

    const trash = await (await listRoute(jsonRequest("GET", "/api/stories?trash=1"), undefined)).json();
    expect(trash.stories.map((s: { id: string }) => s.id)).toEqual([trashed.id]);
  });

  it("counts a story's lint messages by severity", async () => {
    const story = await create({ title: "No structure", body: "I fixed a bug and everyone was happy." });
    const { stories } = await (await listRoute(jsonRequest("GET", "/api/stories"), undefined)).json();
    const listed = stories.find((s: { id: string }) => s.id === story.id);
    expect(listed.counts.error).toBeGreaterThanOrEqual(1);
  });
});

describe("GET /api/stories/:id", () => {
  it("answers 200 with the whole story", async () => {
    const story = await create();
    const response = await readRoute(jsonRequest("GET", `/api/stories/${story.id}`), routeContext(story.id));
    expect(response.status).toBe(200);
    const body = await response.json();
    expect(Object.keys(body.story).sort()).toEqual(
      ["body", "createdAt", "deletedAt", "id", "principles", "title", "updatedAt", "version"],
    );
    expect(body.story).toMatchObject({ id: story.id, body: STORY_BODY, principles: ["dive-deep", "deliver-results"] });
  });

  it.each(["doesnotexist1", "../etc/passwd", "x".repeat(65)])("answers 404 not_found for id %j", async (id) => {
    const response = await readRoute(jsonRequest("GET", `/api/stories/${encodeURIComponent(id)}`), routeContext(id));
    expect(response.status).toBe(404);
    expect((await response.json()).error.code).toBe("not_found");
  });
});

describe("PUT /api/stories/:id", () => {
  it("updates the fields sent, keeps the others, and answers 200 with version + 1", async () => {
    const story = await create();
    const response = await updateRoute(
      jsonRequest("PUT", `/api/stories/${story.id}`, { title: "New title", principles: ["ownership"], version: 1 }),
      routeContext(story.id),
    );
    expect(response.status).toBe(200);
    const { story: updated } = await response.json();
    expect(updated).toMatchObject({ title: "New title", body: STORY_BODY, principles: ["ownership"], version: 2 });
  });

  it("answers 409 with the current story on a stale version and overwrites nothing", async () => {
    const story = await create();
    const first = await updateRoute(
      jsonRequest("PUT", `/api/stories/${story.id}`, { body: "tab one's text", version: 1 }),
      routeContext(story.id),
    );
    expect(first.status).toBe(200);

    const stale = await updateRoute(
      jsonRequest("PUT", `/api/stories/${story.id}`, { body: "tab two's text", principles: ["frugality"], version: 1 }),
      routeContext(story.id),
    );
    expect(stale.status).toBe(409);
    const body = await stale.json();
    expect(body.error.code).toBe("version_conflict");
    expect(body.current).toMatchObject({ id: story.id, body: "tab one's text", version: 2, principles: ["dive-deep", "deliver-results"] });

    const stored = await (await readRoute(jsonRequest("GET", `/api/stories/${story.id}`), routeContext(story.id))).json();
    expect(stored.story).toMatchObject({ body: "tab one's text", version: 2, principles: ["dive-deep", "deliver-results"] });
  });

  it("lets exactly one of two concurrent writers of the same version win", async () => {
    const story = await create();
    const write = (text: string) =>
      updateRoute(jsonRequest("PUT", `/api/stories/${story.id}`, { body: text, version: 1 }), routeContext(story.id));
    const statuses = (await Promise.all([write("A"), write("B")])).map((r) => r.status).sort();
    expect(statuses).toEqual([200, 409]);
  });

  const invalid = [
    { name: "no version", body: { title: "T" }, status: 400, field: "version" },
    { name: "a version of the wrong type", body: { title: "T", version: "1" }, status: 400, field: "version" },
    { name: "a title over the limit", body: { title: "t".repeat(201), version: 1 }, status: 400, field: "title" },
    { name: "a body over the limit", body: { body: "b".repeat(20_001), version: 1 }, status: 413, field: "body" },
    { name: "an unknown principle", body: { principles: ["ownership", "nope"], version: 1 }, status: 400, field: "principles.1" },
  ];
  it.each(invalid)("refuses $name with $status and changes nothing", async ({ body, status, field }) => {
    const story = await create();
    const response = await updateRoute(jsonRequest("PUT", `/api/stories/${story.id}`, body), routeContext(story.id));
    expect(response.status).toBe(status);
    expect(Object.keys((await response.json()).error.fields)).toContain(field);
    const stored = await (await readRoute(jsonRequest("GET", `/api/stories/${story.id}`), routeContext(story.id))).json();
    expect(stored.story).toMatchObject({ title: story.title, body: STORY_BODY, version: 1 });
  });

  it("answers 404 for a story that does not exist", async () => {
    const response = await updateRoute(
      jsonRequest("PUT", "/api/stories/nosuchstory", { title: "T", version: 1 }),
      routeContext("nosuchstory"),
    );
    expect(response.status).toBe(404);
  });
});

describe("DELETE and restore", () => {
  it("moves a story to the trash (200), hides it (404), and restores it intact (200)", async () => {
    const story = await create();
    const deleted = await deleteRoute(jsonRequest("DELETE", `/api/stories/${story.id}`), routeContext(story.id));
    expect(deleted.status).toBe(200);
    expect((await deleted.json()).story.deletedAt).toEqual(expect.any(String));

    const hidden = await readRoute(jsonRequest("GET", `/api/stories/${story.id}`), routeContext(story.id));
    expect(hidden.status).toBe(404);
    const again = await deleteRoute(jsonRequest("DELETE", `/api/stories/${story.id}`), routeContext(story.id));
    expect(again.status).toBe(404);
    const editTrashed = await updateRoute(
      jsonRequest("PUT", `/api/stories/${story.id}`, { title: "T", version: 1 }),
      routeContext(story.id),
    );
    expect(editTrashed.status).toBe(404);

    const restored = await restoreRoute(jsonRequest("POST", `/api/stories/${story.id}/restore`), routeContext(story.id));
    expect(restored.status).toBe(200);
    expect((await restored.json()).story).toMatchObject({ id: story.id, body: STORY_BODY, deletedAt: null, version: 1 });
    const visible = await readRoute(jsonRequest("GET", `/api/stories/${story.id}`), routeContext(story.id));
    expect(visible.status).toBe(200);
  });

  it("answers 404 when restoring a story that never existed", async () => {
    const response = await restoreRoute(jsonRequest("POST", "/api/stories/nosuchstory/restore"), routeContext("nosuchstory"));
    expect(response.status).toBe(404);
  });
});
