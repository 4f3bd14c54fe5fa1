import { execFile } from "node:child_process";
import { mkdir, mkdtemp, readFile, rm, symlink, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { formatGithub, formatText, runCli } from "../../lib/lint/cli";
import type { LintMessage } from "../../lib/lint/types";

const projectRoot = path.resolve(import.meta.dirname, "../..");

/** A story a coach would pass: every part present and about 80 s to say, the candidate as the actor,
 * the data, the root cause and the rejected alternative in the Action, figures against the target in
 * the Result. Every rule, the Dive Deep and Deliver Results packs included, is silent on it. */
const STRONG = `---
title: Cut checkout p99 from 800 ms to 60 ms
principles: [dive-deep, deliver-results]
---
## Situation
Checkout p99 latency was 800 ms at the evening peak, and abandoned carts had climbed 9% in a month.

## Task
I owned the checkout API, and I had committed to getting p99 under 200 ms before the holiday code freeze, six weeks away.

## Action
I pulled a week of traces and sorted the slowest requests by endpoint. Almost all of the time went to one inventory lookup, and the query log showed why: it made one database query per cart line, so a 40-item cart made 40 round trips. I rewrote it as a single batched query. I considered caching the inventory instead, but stale stock counts would have let customers buy items we no longer had, so I kept the reads live and added an index on the product id. I shipped the change behind a flag to 5% of traffic, compared p99 and error rates for two days, and then load-tested it against last year's Black Friday traffic before turning it on for everyone.

## Result
p99 fell from 800 ms to 60 ms, three weeks ahead of the freeze, and abandoned carts dropped by 12% over the next month. The batched-query pattern is now in our service template.
`;

/** A weak draft: the team is the actor, and the Result claims success with no figure. */
const WEAK = `---
title: Fixed the flaky deploys
principles: [ownership]
---
**Situation:** Deploys failed about once a day and nobody owned the pipeline.

**Task:** I had to make deploys reliable again.

**Action:** We rewrote the deploy scripts and we added retries to the flaky steps.

**Result:** Deploys became much more reliable and the team was happy.
`;

/** No STAR structure at all. */
const RAMBLE = `---
title: The outage
principles: [bias-for-action]
---
There was an outage one night and I fixed it by rolling back the release after I checked the graphs.
`;

/** An answer pasted as it was written: paragraphs, no STAR labels, the team as the actor once. */
const UNLABELLED = `Last spring our checkout page kept timing out during the big sales and support got hundreds of complaints a day.

I was asked to get p99 under 200 ms before Black Friday. I profiled the service and found one cart query that scanned the whole table. We rewrote it with an index and I added a load test to the pipeline.

As a result p99 fell from 800 ms to 120 ms and the complaints stopped.
`;

let dir: string;

beforeAll(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), "story-lint-cli-"));
  await mkdir(path.join(dir, "stories/drafts"), { recursive: true });
  await mkdir(path.join(dir, "stories/node_modules/pkg"), { recursive: true });
  await mkdir(path.join(dir, "stories/.trash"), { recursive: true });
  await mkdir(path.join(dir, "empty"), { recursive: true });
  await writeFile(path.join(dir, "empty/notes.txt"), STRONG);
  await writeFile(path.join(dir, "stories/checkout.md"), STRONG);
  await writeFile(path.join(dir, "stories/drafts/deploys.md"), WEAK);
  await writeFile(path.join(dir, "stories/drafts/outage.md"), RAMBLE);
  await writeFile(path.join(dir, "pasted.md"), UNLABELLED);
  await writeFile(path.join(dir, "stories/notes.txt"), WEAK);
  await writeFile(path.join(dir, "stories/node_modules/pkg/README.md"), RAMBLE);
  await writeFile(path.join(dir, "stories/.trash/old.md"), RAMBLE);
  await writeFile(path.join(dir, "strict.json"), JSON.stringify({ rules: { "we-instead-of-i": "error" } }));
  await writeFile(path.join(dir, "quiet.json"), JSON.stringify({ rules: { "we-instead-of-i": "off", "vague-outcome": "off" } }));
  await writeFile(path.join(dir, "slow.json"), JSON.stringify({ speakingRate: 60, rules: { "spoken-length": "warning" } }));
  await writeFile(path.join(dir, "broken.json"), "{ rules: ");
  await writeFile(path.join(dir, "wrong-shape.json"), JSON.stringify({ rules: { "we-instead-of-i": "loud" }, minStories: -1 }));
  await writeFile(path.join(dir, "unknown-key.json"), JSON.stringify({ colour: "red" }));
});

afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

/** Runs the CLI in the temp dir and captures everything it writes. */
async function run(...argv: string[]) {
  let stdout = "";
  let stderr = "";
  const code = await runCli(argv, {
    stdout: { write: (chunk: string) => (stdout += chunk) },
    stderr: { write: (chunk: string) => (stderr += chunk) },
    cwd: dir,
  });
  return { code, stdout, stderr };
}

describe("story-lint text format", () => {
  it("prints nothing but the summary for a clean story, exit 0", async () => {
    expect(await run("stories/checkout.md")).toEqual({
      code: 0,
      stdout: "0 errors, 0 warnings, 0 info in 1 file\n",
      stderr: "",
    });
  });

  it("prints one path:line:column line per message, grouped by file, then the summary", async () => {
    const { code, stdout, stderr } = await run("stories/drafts/deploys.md", "stories/drafts/outage.md");
    expect(stderr).toBe("");
    expect(stdout.split("\n")).toEqual([
      "stories/drafts/deploys.md:5:1: info Your story takes about 15 s to tell (41 words at 150 words per minute): give it 1 to 3 minutes so your steps come through.  spoken-length",
      'stories/drafts/deploys.md:9:13: warning "We" in your Action hides what you did: say "I" for your own steps.  we-instead-of-i',
      'stories/drafts/deploys.md:9:47: warning "we" in your Action hides what you did: say "I" for your own steps.  we-instead-of-i',
      "stories/drafts/deploys.md:11:13: warning Your Result has no number: how much did it change?  result-missing-metric",
      'stories/drafts/deploys.md:11:28: warning You say "much more reliable" but not how much changed: give the figure that shows it.  vague-outcome',
      "",
      "stories/drafts/outage.md:5:1: error Your text has no Situation, Task, Action or Result yet: tell each part, starting it with a label such as `Situation:`.  star-no-structure",
      "",
      "1 error, 4 warnings, 1 info in 2 files",
      "",
    ]);
    // star-no-structure is an error by default, so the run fails.
    expect(code).toBe(1);
  });

  it("exits 0 when every message is a warning or info", async () => {
    const { code, stdout } = await run("stories/drafts/deploys.md");
    expect(stdout.endsWith("\n0 errors, 4 warnings, 1 info in 1 file\n")).toBe(true);
    expect(code).toBe(0);
  });

  it("exits 1 when a message is an error, here because the config raises a rule to error", async () => {
    const { code, stdout } = await run("--config", "strict.json", "stories/drafts/deploys.md");
    expect(code).toBe(1);
    expect(stdout).toMatch(/^stories\/drafts\/deploys\.md:\d+:\d+: error .+ {2}we-instead-of-i$/m);
    expect(stdout).toMatch(/^[1-9]\d* errors?, /m);
  });

  it("applies a config's speaking rate and severities to the part-2 rules", async () => {
    const { stdout } = await run("--config", "slow.json", "stories/drafts/deploys.md");
    expect(stdout).toContain(
      "stories/drafts/deploys.md:5:1: warning Your story takes about 40 s to tell (41 words at 60 words per minute): give it 1 to 3 minutes so your steps come through.  spoken-length",
    );
  });

  it("applies a config that turns rules off", async () => {
    const { code, stdout } = await run("--config=quiet.json", "stories/drafts/deploys.md");
    expect(code).toBe(0);
    expect(stdout).not.toMatch(/we-instead-of-i|vague-outcome/);
  });
});

describe("story-lint json format", () => {
  it("prints [{ file, messages }] with the messages in the shared shape and nothing else", async () => {
    const { code, stdout, stderr } = await run("--format", "json", "stories/checkout.md", "stories/drafts/deploys.md");
    expect(code).toBe(0);
    expect(stderr).toBe("");
    const report = JSON.parse(stdout) as { file: string; messages: LintMessage[] }[];
    expect(report.map((entry) => entry.file)).toEqual(["stories/checkout.md", "stories/drafts/deploys.md"]);
    expect(report[0].messages).toEqual([]);
    expect(report[1].messages.map((m) => `${m.line}:${m.column}-${m.endLine}:${m.endColumn} ${m.ruleId}`)).toEqual([
      "5:1-11:70 spoken-length",
      "9:13-9:15 we-instead-of-i",
      "9:47-9:49 we-instead-of-i",
      "11:13-11:70 result-missing-metric",
      "11:28-11:46 vague-outcome",
    ]);
    for (const message of report[1].messages) {
      expect(Object.keys(message)).toEqual(expect.arrayContaining(["ruleId", "severity", "section", "reason", "line", "column", "endLine", "endColumn", "offset", "endOffset", "url"]));
      expect(message.url).toBe(`/rules/${message.ruleId}`);
    }
    const weWarning = report[1].messages.find((m) => m.ruleId === "we-instead-of-i");
    expect(weWarning).toBeDefined();
    expect(WEAK.slice(weWarning!.offset, weWarning!.endOffset).toLowerCase()).toBe("we");
  });

  it("reads a file without STAR labels by the parts it finds, as the editor does", async () => {
    const { code, stdout } = await run("--format", "json", "pasted.md");
    expect(code).toBe(0);
    const [{ messages }] = JSON.parse(stdout) as { file: string; messages: LintMessage[] }[];
    expect(messages.map((m) => `${m.line}:${m.column}-${m.endLine}:${m.endColumn} ${m.ruleId} ${m.section}`)).toEqual([
      "1:1-5:71 spoken-length null",
      "1:1-5:71 star-unlabelled null",
      "3:136-3:138 we-instead-of-i action",
    ]);
    const unlabelled = messages.find((m) => m.ruleId === "star-unlabelled")!;
    expect(unlabelled.severity).toBe("info");
    expect(unlabelled.expected?.[0]).toMatch(/^## Situation\n\nLast spring[\s\S]*\n## Task\n\nI was asked[\s\S]*\n## Action\n\nI profiled[\s\S]*\n## Result\n\nAs a result/);
  });
});

describe("story-lint directories", () => {
  it("walks directories recursively in sorted order, .md only, skipping node_modules and dot-dirs", async () => {
    const { code, stdout } = await run("--format", "json", "stories");
    expect(code).toBe(1); // outage.md has no STAR structure, an error
    expect((JSON.parse(stdout) as { file: string }[]).map((entry) => entry.file)).toEqual([
      "stories/checkout.md",
      "stories/drafts/deploys.md",
      "stories/drafts/outage.md",
    ]);
  });

  it("joins paths under the directory as given, and lints a file named twice once", async () => {
    const { stdout } = await run("--format", "json", "./stories/drafts/", "stories/drafts/outage.md");
    expect((JSON.parse(stdout) as { file: string }[]).map((entry) => entry.file)).toEqual([
      "stories/drafts/deploys.md",
      "stories/drafts/outage.md",
    ]);
  });

  it("walks a directory the user names explicitly even when it is a dot-dir", async () => {
    const { stdout } = await run("--format", "json", "stories/.trash");
    expect((JSON.parse(stdout) as { file: string }[]).map((entry) => entry.file)).toEqual(["stories/.trash/old.md"]);
  });
});

describe("story-lint usage errors exit 2 with a message on stderr and nothing on stdout", () => {
  const cases: { name: string; argv: string[]; stderr: string }[] = [
    { name: "no files", argv: [], stderr: "story-lint: no files given" },
    { name: "only options", argv: ["--format", "json"], stderr: "story-lint: no files given" },
    { name: "an unknown flag", argv: ["--fix", "stories"], stderr: "story-lint: unknown option --fix" },
    { name: "a bad --format", argv: ["--format", "xml", "stories"], stderr: 'story-lint: unknown format "xml"; expected text, json or github' },
    { name: "--format without a value", argv: ["stories", "--format"], stderr: "story-lint: --format needs a value" },
    { name: "a missing file", argv: ["stories/nope.md"], stderr: "story-lint: cannot read stories/nope.md: no such file or directory" },
    { name: "a directory without stories", argv: ["empty"], stderr: "story-lint: no .md files found in empty" },
    { name: "a missing config", argv: ["--config", "nope.json", "stories"], stderr: "story-lint: cannot read config nope.json: no such file or directory" },
    { name: "a config that is not JSON", argv: ["--config", "broken.json", "stories"], stderr: "story-lint: config broken.json is not valid JSON: " },
    {
      name: "a config failing the schema",
      argv: ["--config", "wrong-shape.json", "stories"],
      stderr: "story-lint: config wrong-shape.json is invalid: rules.we-instead-of-i: ",
    },
    { name: "a config with an unknown key", argv: ["--config", "unknown-key.json", "stories"], stderr: "story-lint: config unknown-key.json is invalid: " },
  ];

  it.each(cases)("$name", async ({ argv, stderr }) => {
    const result = await run(...argv);
    expect(result.code).toBe(2);
    expect(result.stdout).toBe("");
    expect(result.stderr.startsWith(stderr), result.stderr).toBe(true);
    expect(result.stderr).toContain("Usage: story-lint [--format text|json|github] [--config FILE] [--max-warnings N] [--concurrency N|auto|off] FILE_OR_DIR...");
  });

  it("an unreadable file (a link to nothing: unreadable even for root, as CI runs)", async () => {
    await symlink(path.join(dir, "gone.md"), path.join(dir, "dangling.md"));
    const result = await run("dangling.md");
    expect(result).toMatchObject({ code: 2, stdout: "" });
    expect(result.stderr).toMatch(/^story-lint: cannot read dangling\.md: no such file or directory/);
  });
});

describe("story-lint --help and --version", () => {
  it("--help prints usage to stdout and exits 0, whatever else is on the line", async () => {
    const { code, stdout } = await run("--help", "--bogus");
    expect(code).toBe(0);
    expect(stdout.split("\n")[0]).toBe("Usage: story-lint [--format text|json|github] [--config FILE] [--max-warnings N] [--concurrency N|auto|off] FILE_OR_DIR...");
  });

  it("--version prints the package version", async () => {
    const { code, stdout } = await run("--version");
    expect(code).toBe(0);
    expect(stdout).toBe("0.1.0\n");
  });
});

describe("formatText", () => {
  const message = (overrides: Partial<LintMessage>): LintMessage => ({
    ruleId: "we-instead-of-i",
    severity: "warning",
    section: "action",
    reason: "“We” hides what you did.",
    line: 12,
    column: 5,
    endLine: 12,
    endColumn: 7,
    offset: 301,
    endOffset: 303,
    url: "/rules/we-instead-of-i",
    ...overrides,
  });

  it("writes the exact SPEC §3 line form, a blank line between files, and counts every severity", () => {
    expect(
      formatText([
        { file: "a.md", messages: [message({}), message({ severity: "error", ruleId: "star-missing-section", reason: "The Result is missing.", line: 1, column: 1 })] },
        { file: "clean.md", messages: [] },
        { file: "dir/b.md", messages: [message({ severity: "info", line: 3, column: 10 })] },
      ]),
    ).toBe(
      [
        "a.md:12:5: warning “We” hides what you did.  we-instead-of-i",
        "a.md:1:1: error The Result is missing.  star-missing-section",
        "",
        "dir/b.md:3:10: info “We” hides what you did.  we-instead-of-i",
        "",
        "1 error, 1 warning, 1 info in 3 files",
        "",
      ].join("\n"),
    );
  });
});

describe("story-lint --format github", () => {
  it("prints one workflow command per message, each severity as the runner names it, then the summary", async () => {
    const { code, stdout, stderr } = await run("--format", "github", "stories/drafts/deploys.md", "stories/drafts/outage.md");
    expect(stderr).toBe("");
    expect(code).toBe(1);
    expect(stdout.split("\n")).toEqual([
      "::notice file=stories/drafts/deploys.md,line=5,endLine=11,col=1,endColumn=70,title=spoken-length::Your story takes about 15 s to tell (41 words at 150 words per minute): give it 1 to 3 minutes so your steps come through.",
      '::warning file=stories/drafts/deploys.md,line=9,endLine=9,col=13,endColumn=15,title=we-instead-of-i::"We" in your Action hides what you did: say "I" for your own steps.',
      '::warning file=stories/drafts/deploys.md,line=9,endLine=9,col=47,endColumn=49,title=we-instead-of-i::"we" in your Action hides what you did: say "I" for your own steps.',
      "::warning file=stories/drafts/deploys.md,line=11,endLine=11,col=13,endColumn=70,title=result-missing-metric::Your Result has no number: how much did it change?",
      '::warning file=stories/drafts/deploys.md,line=11,endLine=11,col=28,endColumn=46,title=vague-outcome::You say "much more reliable" but not how much changed: give the figure that shows it.',
      "::error file=stories/drafts/outage.md,line=5,endLine=5,col=1,endColumn=101,title=star-no-structure::Your text has no Situation, Task, Action or Result yet: tell each part, starting it with a label such as `Situation:`.",
      "1 error, 4 warnings, 1 info in 2 files",
      "",
    ]);
  });

  it("escapes what would end a property or a command: commas and colons in paths, newlines and % in text", () => {
    const out = formatGithub([
      {
        file: "stories/a,b: c.md",
        messages: [
          {
            ruleId: "vague-outcome",
            severity: "warning",
            section: "result",
            reason: "100% vague\r\nsecond line",
            line: 2,
            column: 3,
            endLine: 2,
            endColumn: 9,
            offset: 10,
            endOffset: 16,
            url: "/rules/vague-outcome",
          },
        ],
      },
    ]);
    expect(out).toBe(
      "::warning file=stories/a%2Cb%3A c.md,line=2,endLine=2,col=3,endColumn=9,title=vague-outcome::100%25 vague%0D%0Asecond line\n" +
        "0 errors, 1 warning, 0 info in 1 file\n",
    );
  });
});

describe("story-lint --max-warnings", () => {
  it("fails a run with more warnings than allowed, says so on stderr, and keeps the report whole", async () => {
    const over = await run("--format", "json", "--max-warnings", "2", "stories/drafts/deploys.md");
    expect(over.code).toBe(1);
    expect(over.stderr).toBe("story-lint: 4 warnings, more than --max-warnings 2 allows\n");
    expect(JSON.parse(over.stdout)[0].messages).toHaveLength(5);
  });

  it("passes at exactly the limit, and 0 means no warning at all", async () => {
    expect(await run("--max-warnings=4", "stories/drafts/deploys.md")).toMatchObject({ code: 0, stderr: "" });
    expect(await run("--max-warnings", "0", "stories/checkout.md")).toMatchObject({ code: 0, stderr: "" });
    expect((await run("--max-warnings", "0", "stories/drafts/deploys.md")).code).toBe(1);
  });

  it("still fails on an error however high the limit", async () => {
    expect((await run("--max-warnings", "100", "stories/drafts/outage.md")).code).toBe(1);
  });

  it.each([["-1"], ["two"], ["1.5"], [""]])("rejects %j as a limit with exit 2", async (limit) => {
    const result = await run(`--max-warnings=${limit}`, "stories/checkout.md");
    expect(result).toMatchObject({ code: 2, stdout: "" });
    expect(result.stderr).toMatch(/^story-lint: --max-warnings needs a whole number of warnings/);
  });
});

describe("bin/story-lint.mjs", () => {
  it("runs through node from any directory and sets the exit status", async () => {
    const bin = path.join(projectRoot, "bin/story-lint.mjs");
    const ok = await promisify(execFile)(process.execPath, [bin, "--format", "json", "stories/checkout.md"], { cwd: dir });
    expect(JSON.parse(ok.stdout)).toEqual([{ file: "stories/checkout.md", messages: [] }]);

    const failed = await promisify(execFile)(process.execPath, [bin, "--config", "strict.json", "stories/drafts"], { cwd: dir }).catch(
      (error: { code: number; stdout: string }) => error,
    );
    expect(failed).toMatchObject({ code: 1 });
    expect(failed.stdout).toMatch(/^stories\/drafts\/deploys\.md:\d+:\d+: error .+ {2}we-instead-of-i$/m);

    const usage = await promisify(execFile)(process.execPath, [bin, "--format", "xml", "x"], { cwd: dir }).catch(
      (error: { code: number; stderr: string }) => error,
    );
    expect(usage).toMatchObject({ code: 2 });
    expect(usage.stderr).toMatch(/^story-lint: unknown format "xml"/);
  });

  it("gives the same report on worker threads as on one, file for file, in the same order", async () => {
    const bin = path.join(projectRoot, "bin/story-lint.mjs");
    const many = path.join(dir, "many");
    await mkdir(path.join(many, "nested"), { recursive: true });
    const drafts = [STRONG, WEAK, RAMBLE, UNLABELLED];
    // Enough files for "auto" to start a second thread, of different shapes so a mix-up would show.
    await Promise.all(
      Array.from({ length: 240 }, (_, index) =>
        writeFile(path.join(many, index % 5 === 0 ? "nested" : "", `story-${String(index).padStart(3, "0")}.md`), drafts[index % drafts.length]),
      ),
    );
    const report = async (...args: string[]) =>
      (await promisify(execFile)(process.execPath, [bin, "--format", "json", ...args, "many"], { cwd: dir, maxBuffer: 1 << 26 }).catch(
        (error: { stdout: string }) => error,
      )).stdout;
    const serial = await report("--concurrency", "off");
    const results = JSON.parse(serial) as Array<{ file: string; messages: LintMessage[] }>;
    expect(results).toHaveLength(240);
    expect(new Set(results.map((result) => result.messages.length)).size).toBeGreaterThan(2);
    expect(await report("--concurrency", "3")).toBe(serial);
    expect(await report()).toBe(serial);
  });

  it.each([["0"], ["many"], ["-2"]])("refuses --concurrency %s with exit 2", async (jobs) => {
    const result = await run("--concurrency", jobs, "stories/checkout.md");
    expect(result).toMatchObject({ code: 2, stdout: "" });
    expect(result.stderr).toMatch(/^story-lint: --concurrency needs a number of threads from 1 to 256, "auto" or "off"|^story-lint: --concurrency needs a value/);
  });

  it("says how to build the linter when dist/ is missing, instead of a stack trace", async () => {
    const copy = path.join(dir, "unbuilt");
    await mkdir(path.join(copy, "bin"), { recursive: true });
    for (const name of ["story-lint.mjs", "story-lint-language-server.mjs", "import-built.mjs"]) {
      await writeFile(path.join(copy, "bin", name), await readFile(path.join(projectRoot, "bin", name)));
    }
    for (const [program, args] of [["story-lint", ["stories"]], ["story-lint-language-server", ["--stdio"]]] as const) {
      const result = await promisify(execFile)(process.execPath, [path.join(copy, "bin", `${program}.mjs`), ...args], { cwd: dir }).catch(
        (error: { code: number; stdout: string; stderr: string }) => error,
      );
      expect(result).toMatchObject({ code: 2, stdout: "", stderr: `${program}: the linter is not built: run \`npm run build:lint\` (npm install does it)\n` });
    }
  });

  it("runs the built JavaScript, not TypeScript through a loader, and answers --version from package.json", async () => {
    const bin = path.join(projectRoot, "bin/story-lint.mjs");
    const { version } = JSON.parse(await readFile(path.join(projectRoot, "package.json"), "utf8")) as { version: string };
    // With no TypeScript loader registered, importing a .ts file would fail: the launcher must not need one.
    const result = await promisify(execFile)(process.execPath, ["--import", "data:text/javascript,", bin, "--version"], { cwd: dir });
    expect(result.stdout).toBe(`${version}\n`);
    expect(await readFile(bin, "utf8")).not.toMatch(/tsx|\.ts"/);
  });
});
