import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { STORY_RULES } from "@/lib/lint";
import { BANK_RULES } from "@/lib/lint/bank";
import { runCli } from "@/lib/lint/cli";
import { DEFAULT_SPEAKING_RATE } from "@/lib/lint/speaking-rate";
import { readLintSettings, readSettings, writeSettings } from "@/lib/settings/settings-file";
import { validateSettings } from "@/lib/settings/validate-settings";

const ALL_RULES = [...STORY_RULES, ...BANK_RULES];

const VAGUE_STORY = `## Situation
Checkout timed out for 3% of shoppers every Friday.

## Task
I owned checkout latency for the quarter.

## Action
I profiled the slowest queries and added a covering index.

## Result
The launch was successful and the team got positive feedback.
`;

let dir: string;
let file: string;

beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "story-bank-settings-"));
  file = path.join(dir, ".story-lint.json");
});

afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

const filesIn = (folder: string) => fs.readdirSync(folder).sort();

describe("readSettings", () => {
  it("is the defaults, {}, when there is no file yet, with every rule at its default severity", async () => {
    const read = await readSettings(file);
    expect(read).toMatchObject({ ok: true, exists: false, settings: {} });
    if (!read.ok) return;
    expect(read.resolved.rules).toEqual(Object.fromEntries(ALL_RULES.map((rule) => [rule.id, rule.severity])));
    expect(read.resolved.speakingRate).toBe(DEFAULT_SPEAKING_RATE);
    expect(read.resolved.speakingRate).toBe(150);
    expect(filesIn(dir)).toEqual([]); // reading creates nothing
  });

  const broken: { name: string; text: string; message: RegExp; fields?: Record<string, string> }[] = [
    { name: "not JSON", text: '{ "speakingRate": 150,', message: /is not valid JSON/ },
    { name: "an empty file", text: "", message: /is not valid JSON/ },
    { name: "an array", text: "[]", message: /is invalid: Settings must be a JSON object/ },
    {
      name: "an unknown rule id",
      text: '{ "rules": { "vague-outcomes": "off" } }',
      message: /is invalid: Unknown rule id "vague-outcomes"/,
      fields: { "rules.vague-outcomes": expect.stringMatching(/Unknown rule id/) as unknown as string },
    },
    {
      name: "a speaking rate out of range",
      text: '{ "speakingRate": 20 }',
      message: /Speaking rate must be a whole number from 60 to 300/,
      fields: { speakingRate: "Speaking rate must be a whole number from 60 to 300" },
    },
    { name: "an unknown setting", text: '{ "speakingrate": 150 }', message: /Unknown setting: speakingrate/ },
  ];

  it.each(broken)("reports $name as an error value and leaves the file exactly as it was", async ({ text, message, fields }) => {
    fs.writeFileSync(file, text);
    const read = await readSettings(file);
    expect(read.ok).toBe(false);
    if (read.ok) return;
    expect(read.error.file).toBe(file);
    expect(read.error.message).toMatch(message);
    expect(read.error.message).toContain(file);
    if (fields) expect(read.error.fields).toEqual(fields);
    // The app lints with the defaults meanwhile.
    expect(read.resolved.speakingRate).toBe(DEFAULT_SPEAKING_RATE);
    expect(await readLintSettings(file)).toEqual({ config: {}, resolved: read.resolved });
    expect(fs.readFileSync(file, "utf8")).toBe(text);
    expect(filesIn(dir)).toEqual([".story-lint.json"]);
  });

  it("reports a folder where the file should be as unreadable, without throwing", async () => {
    fs.mkdirSync(file);
    const read = await readSettings(file);
    expect(read).toMatchObject({ ok: false, error: { message: expect.stringMatching(/cannot be read: it is a folder/) } });
  });
});

describe("writeSettings", () => {
  it("round-trips: the file is the CLI's format, pretty-printed, and reads back the same", async () => {
    const settings = {
      rules: { "vague-outcome": "off", "we-instead-of-i": "error" },
      targets: { ownership: 3, frugality: 0 },
      maxPrinciplesPerStory: 4,
      minStories: 8,
      speakingRate: 120,
    } as const;
    const written = await writeSettings(settings, file);
    expect(written).toMatchObject({ ok: true, settings });
    expect(fs.readFileSync(file, "utf8")).toBe(`${JSON.stringify(settings, null, 2)}\n`);

    const read = await readSettings(file);
    expect(read).toMatchObject({ ok: true, exists: true, settings });
    if (!read.ok) return;
    expect(read.resolved.rules["vague-outcome"]).toBe("off");
    expect(read.resolved.rules["we-instead-of-i"]).toBe("error");
    expect(read.resolved.targets.ownership).toBe(3);
    expect(read.resolved.targets.frugality).toBe(0);
    expect(read.resolved.targets["dive-deep"]).toBe(2); // untouched: its default
    expect(read.resolved).toMatchObject({ maxPrinciplesPerStory: 4, minStories: 8, speakingRate: 120 });
    expect(filesIn(dir)).toEqual([".story-lint.json"]); // no temporary file left behind
  });

  it("writes a file `story-lint --config` lints with", async () => {
    const story = path.join(dir, "checkout.md");
    fs.writeFileSync(story, VAGUE_STORY);
    const lint = async (args: string[]) => {
      let out = "";
      const io = { stdout: { write: (chunk: string) => (out += chunk) }, stderr: { write: () => true }, cwd: dir };
      const status = await runCli(["--format", "json", ...args, "checkout.md"], io);
      return { status, ruleIds: (JSON.parse(out) as { messages: { ruleId: string }[] }[])[0].messages.map((m) => m.ruleId) };
    };
    expect((await lint([])).ruleIds).toContain("vague-outcome");
    expect((await writeSettings({ rules: { "vague-outcome": "off" } }, file)).ok).toBe(true);
    const configured = await lint(["--config", ".story-lint.json"]);
    expect(configured.status).toBe(0);
    expect(configured.ruleIds).not.toContain("vague-outcome");
  });

  it("refuses invalid settings with the field named, and writes nothing", async () => {
    const before = '{\n  "speakingRate": 130\n}\n';
    fs.writeFileSync(file, before);
    const outcome = await writeSettings({ speakingRate: 130, rules: { "no-such-rule": "off" }, targets: { ownership: 99 } }, file);
    expect(outcome).toEqual({
      ok: false,
      message: expect.any(String),
      fields: { "targets.ownership": "Target for Ownership must be a whole number from 0 to 20" },
    });
    expect(fs.readFileSync(file, "utf8")).toBe(before);
    expect(filesIn(dir)).toEqual([".story-lint.json"]);

    const unknownRule = await writeSettings({ rules: { "no-such-rule": "off" } }, file);
    expect(unknownRule).toMatchObject({ ok: false, fields: { "rules.no-such-rule": expect.stringMatching(/Unknown rule id "no-such-rule"/) } });
    expect(fs.readFileSync(file, "utf8")).toBe(before);
  });

  it("keeps a copy of a broken file it replaces, so a hand edit is never lost", async () => {
    const handEdited = '{ "speakingRate": 130, "rules": { "vague-outcome": "of" } }';
    fs.writeFileSync(file, handEdited);
    const outcome = await writeSettings({ speakingRate: 130 }, file);
    expect(outcome).toMatchObject({ ok: true, backup: `${file}.bak` });
    expect(fs.readFileSync(`${file}.bak`, "utf8")).toBe(handEdited);
    expect(JSON.parse(fs.readFileSync(file, "utf8"))).toEqual({ speakingRate: 130 });
    // Replacing a valid file needs no copy.
    expect(await writeSettings({}, file)).not.toHaveProperty("backup");
  });

  it("creates the folder when it does not exist yet", async () => {
    const nested = path.join(dir, "data", ".story-lint.json");
    expect((await writeSettings({ minStories: 3 }, nested)).ok).toBe(true);
    expect(JSON.parse(fs.readFileSync(nested, "utf8"))).toEqual({ minStories: 3 });
  });

  it("replaces the file atomically: concurrent readers only ever see a whole old or new file", async () => {
    const a = { speakingRate: 120, rules: { "vague-outcome": "off" as const } };
    // Long enough that a non-atomic write (truncate, then write) would be caught half-done.
    const b = { speakingRate: 180, targets: { ownership: 3, "dive-deep": 3, frugality: 0, "think-big": 2 } };
    expect((await writeSettings(a, file)).ok).toBe(true);
    let writing = true;
    const seen: unknown[] = [];
    const problems: string[] = [];
    const reader = (async () => {
      while (writing && problems.length === 0) {
        const read = await readSettings(file);
        if (read.ok) seen.push(read.settings);
        else problems.push(read.error.message);
      }
    })();
    for (let round = 0; round < 40; round++) {
      const outcomes = await Promise.all([writeSettings(round % 2 ? a : b, file), writeSettings(round % 2 ? b : a, file)]);
      expect(outcomes.every((outcome) => outcome.ok)).toBe(true);
    }
    writing = false;
    await reader;
    expect(problems).toEqual([]);
    expect(seen.length).toBeGreaterThan(0);
    for (const settings of seen) expect([a, b]).toContainEqual(settings);
    expect(filesIn(dir)).toEqual([".story-lint.json"]);
  });
});

describe("validateSettings", () => {
  const cases: { name: string; input: unknown; fields: Record<string, string> }[] = [
    { name: "a fractional speaking rate", input: { speakingRate: 150.5 }, fields: { speakingRate: "Speaking rate must be a whole number from 60 to 300" } },
    { name: "a speaking rate as text", input: { speakingRate: "fast" }, fields: { speakingRate: "Speaking rate must be a whole number from 60 to 300" } },
    { name: "zero most principles", input: { maxPrinciplesPerStory: 0 }, fields: { maxPrinciplesPerStory: "Most principles per story must be a whole number from 1 to 16" } },
    { name: "a negative minimum", input: { minStories: -1 }, fields: { minStories: "Minimum stories must be a whole number from 0 to 100" } },
    { name: "a target for an unknown principle", input: { targets: { "be-nice": 1 } }, fields: { targets: "Unknown principle id in targets: be-nice" } },
    { name: "an unknown severity", input: { rules: { "vague-outcome": "loud" } }, fields: { "rules.vague-outcome": "Setting for vague-outcome must be one of error, warning, info or off" } },
    { name: "an unknown setting", input: { theme: "dark" }, fields: { _: "Unknown setting: theme" } },
    { name: "null", input: null, fields: { _: "Settings must be a JSON object" } },
  ];

  it.each(cases)("names the field for $name", ({ input, fields }) => {
    expect(validateSettings(input)).toEqual({ ok: false, message: Object.values(fields).join("; "), fields });
  });

  it("accepts every registered rule id with every setting", () => {
    for (const rule of ALL_RULES) {
      for (const setting of ["error", "warning", "info", "off"] as const) {
        const checked = validateSettings({ rules: { [rule.id]: setting } });
        expect(checked.ok && checked.resolved.rules[rule.id]).toBe(setting);
      }
    }
  });
});
