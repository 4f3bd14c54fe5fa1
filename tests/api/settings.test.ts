// First: gives this file a data folder of its own, so its settings file reaches no other test file.
import { dataDir } from "../support/own-data-dir";
import fs from "node:fs";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { GET as coverageRoute } from "@/app/api/coverage/route";
import { POST as lintRoute } from "@/app/api/lint/route";
import { GET as downloadRoute } from "@/app/api/settings/download/route";
import { GET as readRoute, PUT as writeRoute } from "@/app/api/settings/route";
import { GET as listRoute, POST as createRoute } from "@/app/api/stories/route";
import { STORY_RULES } from "@/lib/lint";
import { BANK_RULES } from "@/lib/lint/bank";
import { settingsFilePath } from "@/lib/settings/settings-file";
import { jsonRequest } from "../support/http";

const SETTINGS_FILE = path.join(dataDir, ".story-lint.json");

/** A complete story whose Result claims its outcome in vague words: vague-outcome flags two phrases. */
const VAGUE_STORY = `## Situation
Checkout timed out for 3% of shoppers every Friday evening.

## Task
I owned the checkout latency goal for the quarter.

## Action
I profiled the slowest queries and added a covering index on the orders table.

## Result
The launch was successful and the team got positive feedback.
`;

afterEach(() => fs.rmSync(SETTINGS_FILE, { force: true }));

async function put(body: unknown, headers: Record<string, string> = {}) {
  const response = await writeRoute(jsonRequest("PUT", "/api/settings", body, headers), undefined);
  return { status: response.status, body: await response.json() };
}

async function get() {
  const response = await readRoute(jsonRequest("GET", "/api/settings"), undefined);
  return { status: response.status, body: await response.json() };
}

async function lint(markdown: string) {
  const response = await lintRoute(jsonRequest("POST", "/api/lint", { markdown }), undefined);
  expect(response.status).toBe(200);
  return (await response.json()) as {
    messages: { ruleId: string; severity: string }[];
    meter: { words: number; speakingRate: number; spokenSeconds: number };
  };
}

const fileText = () => (fs.existsSync(SETTINGS_FILE) ? fs.readFileSync(SETTINGS_FILE, "utf8") : null);

it("keeps the settings file beside this file's own database", () => {
  expect(settingsFilePath()).toBe(SETTINGS_FILE);
  expect(path.dirname(process.env.DATABASE_URL!.replace(/^file:/, ""))).toBe(dataDir);
});

describe("GET /api/settings", () => {
  it("answers the defaults when nothing is saved: {} and every rule's default setting", async () => {
    const { status, body } = await get();
    expect(status).toBe(200);
    expect(body.settings).toEqual({});
    expect(body.resolved.rules).toEqual(Object.fromEntries([...STORY_RULES, ...BANK_RULES].map((rule) => [rule.id, rule.severity])));
    expect(body.resolved).toMatchObject({ speakingRate: 150, minStories: 5, maxPrinciplesPerStory: 3 });
    expect(body.resolved.targets).toMatchObject({ ownership: 2, frugality: 1 });
    expect(body).not.toHaveProperty("fileError");
    expect(fileText()).toBeNull();
  });

  it("reports a broken file, answers the defaults the app lints with, and leaves the file alone", async () => {
    const broken = '{ "rules": { "vague-outcome": "of" } }';
    fs.writeFileSync(SETTINGS_FILE, broken);
    const { status, body } = await get();
    expect(status).toBe(200);
    expect(body.settings).toEqual({});
    expect(body.resolved.rules["vague-outcome"]).toBe("warning");
    expect(body.fileError.message).toMatch(/is invalid: Setting for vague-outcome must be one of error, warning, info or off/);
    expect((await lint(VAGUE_STORY)).messages.map((m) => m.ruleId)).toContain("vague-outcome");
    expect(fileText()).toBe(broken);
  });
});

describe("PUT /api/settings", () => {
  it("saves a LintConfig as the pretty-printed .story-lint.json and answers it resolved", async () => {
    const settings = { rules: { "vague-outcome": "info" }, targets: { ownership: 3 }, speakingRate: 120 };
    const { status, body } = await put(settings);
    expect(status).toBe(200);
    expect(body.settings).toEqual(settings);
    expect(body.resolved).toMatchObject({ speakingRate: 120, minStories: 5 });
    expect(body.resolved.rules["vague-outcome"]).toBe("info");
    expect(body.resolved.targets.ownership).toBe(3);
    expect(fileText()).toBe(`${JSON.stringify(settings, null, 2)}\n`);
    expect((await get()).body).toEqual({ settings, resolved: body.resolved });
  });

  const invalid: { name: string; body: unknown; status: number; code: string; field: string; message: RegExp }[] = [
    { name: "a speaking rate below 60", body: { speakingRate: 59 }, status: 400, code: "invalid_input", field: "speakingRate", message: /Speaking rate must be a whole number from 60 to 300/ },
    { name: "a fractional target", body: { targets: { "dive-deep": 1.5 } }, status: 400, code: "invalid_input", field: "targets.dive-deep", message: /Target for Dive Deep must be a whole number from 0 to 20/ },
    { name: "an unknown rule id", body: { rules: { "vague-outcomes": "off" } }, status: 400, code: "invalid_input", field: "rules.vague-outcomes", message: /Unknown rule id "vague-outcomes"/ },
    { name: "an unknown severity", body: { rules: { "vague-outcome": "loud" } }, status: 400, code: "invalid_input", field: "rules.vague-outcome", message: /must be one of error, warning, info or off/ },
    { name: "an unknown setting", body: { speakingrate: 120 }, status: 400, code: "invalid_input", field: "_", message: /Unknown setting: speakingrate/ },
    { name: "an array", body: [], status: 400, code: "invalid_input", field: "_", message: /must be a JSON object/ },
    { name: "malformed JSON", body: "{ speakingRate: 120", status: 400, code: "invalid_json", field: "", message: /not valid JSON/ },
  ];

  it.each(invalid)("refuses $name with $status $code naming the field, and writes nothing", async ({ body, status, code, field, message }) => {
    const saved = { speakingRate: 130 };
    expect((await put(saved)).status).toBe(200);
    const before = fileText();
    const response = await put(body);
    expect(response.status).toBe(status);
    expect(response.body.error.code).toBe(code);
    expect(response.body.error.message).toMatch(message);
    if (field) expect(response.body.error.fields[field]).toMatch(message);
    expect(fileText()).toBe(before);
    expect(fs.readdirSync(dataDir).filter((name) => name.includes("story-lint"))).toEqual([".story-lint.json"]);
  });

  it("refuses a body over the request size cap with 413 and a write from another origin with 403", async () => {
    const huge = await put(JSON.stringify({ rules: {}, padding: "x".repeat(1_100_000) }));
    expect(huge.status).toBe(413);
    expect(huge.body.error.code).toBe("too_large");
    const foreign = await put({ speakingRate: 120 }, { origin: "http://evil.example" });
    expect(foreign.status).toBe(403);
    expect(foreign.body.error.code).toBe("forbidden_origin");
    expect(fileText()).toBeNull();
  });

  it("replaces a broken file but keeps a copy of it", async () => {
    fs.writeFileSync(SETTINGS_FILE, "{ not json");
    const { status, body } = await put({ minStories: 2 });
    expect(status).toBe(200);
    expect(body.backup).toBe(".story-lint.json.bak");
    expect(fs.readFileSync(`${SETTINGS_FILE}.bak`, "utf8")).toBe("{ not json");
    fs.rmSync(`${SETTINGS_FILE}.bak`);
  });
});

describe("the app's linters follow the settings", () => {
  it("POST /api/lint: a rule turned off stops its messages, a severity changes theirs", async () => {
    const vague = (messages: { ruleId: string; severity: string }[]) => messages.filter((message) => message.ruleId === "vague-outcome");
    const before = await lint(VAGUE_STORY);
    expect(vague(before.messages)).toHaveLength(2);
    expect(vague(before.messages).map((m) => m.severity)).toEqual(["warning", "warning"]);

    expect((await put({ rules: { "vague-outcome": "off" } })).status).toBe(200);
    const off = await lint(VAGUE_STORY);
    expect(vague(off.messages)).toEqual([]);
    // Only that rule: the others report exactly what they did.
    expect(off.messages).toEqual(before.messages.filter((message) => message.ruleId !== "vague-outcome"));

    expect((await put({ rules: { "vague-outcome": "error" } })).status).toBe(200);
    expect(vague((await lint(VAGUE_STORY)).messages).map((m) => m.severity)).toEqual(["error", "error"]);
  });

  it("POST /api/lint: the meter uses the speaking rate", async () => {
    const before = await lint(VAGUE_STORY);
    expect(before.meter.speakingRate).toBe(150);
    expect(before.meter.spokenSeconds).toBe(Math.round((before.meter.words / 150) * 60));

    expect((await put({ speakingRate: 75 })).status).toBe(200);
    const slow = await lint(VAGUE_STORY);
    expect(slow.meter.words).toBe(before.meter.words);
    expect(slow.meter.speakingRate).toBe(75);
    expect(slow.meter.spokenSeconds).toBe(Math.round((before.meter.words / 75) * 60));
  });

  it("GET /api/stories: the counts leave out a rule turned off", async () => {
    const created = await createRoute(
      jsonRequest("POST", "/api/stories", { title: "Vague checkout story", body: VAGUE_STORY, principles: ["dive-deep"] }),
      undefined,
    );
    const { story } = await created.json();
    const countsOf = async () => {
      const { stories } = await (await listRoute(jsonRequest("GET", "/api/stories"), undefined)).json();
      return stories.find((listed: { id: string }) => listed.id === story.id).counts as Record<string, number>;
    };
    const before = await countsOf();
    expect(before.warning).toBeGreaterThanOrEqual(2);
    expect((await put({ rules: { "vague-outcome": "off" } })).status).toBe(200);
    expect(await countsOf()).toEqual({ ...before, warning: before.warning - 2 });
  });

  it("GET /api/coverage: targets, minStories, maxPrinciplesPerStory and rule offs", async () => {
    await createRoute(
      jsonRequest("POST", "/api/stories", {
        title: "Wide story",
        body: VAGUE_STORY,
        principles: ["frugality", "earn-trust", "think-big", "invent-and-simplify"],
      }),
      undefined,
    );
    const coverage = async () => (await coverageRoute(jsonRequest("GET", "/api/coverage"), undefined)).json();
    const ruleIds = (body: { messages: { ruleId: string }[] }) => body.messages.map((message) => message.ruleId);
    const statusOf = (body: { principles: { id: string; status: string }[] }, id: string) =>
      body.principles.find((principle) => principle.id === id)?.status;

    const before = await coverage();
    expect(ruleIds(before)).toEqual(expect.arrayContaining(["bank-too-small", "story-overstretched", "principle-uncovered"]));
    expect(statusOf(before, "ownership")).toBe("missing");

    expect(
      (await put({ minStories: 0, maxPrinciplesPerStory: 4, targets: { ownership: 0 }, rules: { "principle-uncovered": "off" } })).status,
    ).toBe(200);
    const after = await coverage();
    expect(ruleIds(after)).not.toContain("bank-too-small");
    expect(ruleIds(after)).not.toContain("story-overstretched");
    expect(ruleIds(after)).not.toContain("principle-uncovered");
    expect(statusOf(after, "ownership")).toBe("covered");
  });
});

describe("GET /api/settings/download", () => {
  it("serves the saved file byte for byte as a .story-lint.json attachment", async () => {
    expect((await put({ rules: { "vague-outcome": "off" }, speakingRate: 160 })).status).toBe(200);
    const response = await downloadRoute(jsonRequest("GET", "/api/settings/download"), undefined);
    expect(response.status).toBe(200);
    expect(response.headers.get("content-disposition")).toBe('attachment; filename=".story-lint.json"');
    expect(response.headers.get("content-type")).toMatch(/^application\/json/);
    expect(await response.text()).toBe(fileText());
  });

  it("serves {} when nothing is saved yet", async () => {
    const response = await downloadRoute(jsonRequest("GET", "/api/settings/download"), undefined);
    expect(await response.text()).toBe("{}\n");
  });
});
