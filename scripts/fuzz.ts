/**
 * `npm run fuzz`: thousands of generated, hostile markdown documents through the linter, and a sample
 * of them through the CLI, checking that nothing throws, no document takes more than a second, and every
 * message's range lies inside its text with `actual` exactly the text there and line/column agreeing.
 *
 *     npm run fuzz -- [--runs 10000] [--seed N] [--cli-every 100] [--keep DIR]
 *
 * The generators and properties live in tests/reliability/markdown-arbitraries.ts, which
 * tests/reliability/lint-fuzz.test.ts also runs (a bounded share) on every unit-test run. Prints a
 * summary (with the seed, so a failing run can be replayed) and exits 1 on any failure; failing
 * documents are written to --keep (default: a temporary directory) as JSON strings, since a lone
 * surrogate cannot survive a UTF-8 file.
 */
import { execFile } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { isDeepStrictEqual, parseArgs, promisify } from "node:util";
import fc from "fast-check";
import remarkFrontmatter from "remark-frontmatter";
import remarkParse from "remark-parse";
import { unified } from "unified";
import { lintStory, type LintMessage } from "../lib/lint";
import { LINT_BUDGET_MS, lintAndCheck, lintResultProblems, markdownDocument } from "../tests/reliability/markdown-arbitraries";

const { values: options } = parseArgs({
  options: {
    runs: { type: "string", default: "10000" },
    seed: { type: "string" },
    "cli-every": { type: "string", default: "100" },
    keep: { type: "string" },
  },
});
const runs = Number(options.runs);
const seed = options.seed === undefined ? Math.floor(Math.random() * 2 ** 31) : Number(options.seed);
const cliEvery = Number(options["cli-every"]);
if (![runs, seed, cliEvery].every((value) => Number.isInteger(value) && value > 0)) {
  console.error("fuzz: --runs, --seed and --cli-every must be positive whole numbers");
  process.exit(2);
}

const root = path.resolve(import.meta.dirname, "..");
const work = fs.mkdtempSync(path.join(os.tmpdir(), "story-lint-fuzz-"));
const keep = options.keep ? path.resolve(options.keep) : path.join(os.tmpdir(), `story-lint-fuzz-failures-${seed}`);
const CLI_BATCH = 25; // files per CLI process

// The linter's YAML parser reports odd front matter (unknown tags) as process warnings; count them
// rather than print thousands.
let processWarnings = 0;
process.removeAllListeners("warning");
process.on("warning", () => processWarnings++);

interface Failure {
  index: number;
  where: "lintStory" | "cli";
  problems: string[];
  /** Bare remark parse time, for slow documents: tells the parser's share from the linter's. */
  parseMs?: number;
}

const failures: Failure[] = [];
const times: number[] = [];
let characters = 0;
let messages = 0;
const cliSample: { index: number; file: string }[] = [];

const parser = unified().use(remarkParse).use(remarkFrontmatter, ["yaml"]);
function bareParseMs(text: string): number {
  let best = Infinity;
  for (let attempt = 0; attempt < 3; attempt++) {
    const started = performance.now();
    parser.parse(text);
    best = Math.min(best, performance.now() - started);
  }
  return best;
}

function keepFailure(index: number, text: string): void {
  fs.mkdirSync(keep, { recursive: true });
  fs.writeFileSync(path.join(keep, `doc-${String(index).padStart(6, "0")}.json`), JSON.stringify(text));
}

lintStory("warm-up: load every rule before timing anything");
const started = performance.now();
// Generated in chunks so memory stays flat however many runs are asked for; chunk k uses seed + k.
let index = 0;
for (let chunkNumber = 0; index < runs; chunkNumber++) {
  const chunk = fc.sample(markdownDocument, { numRuns: Math.min(500, runs - index), seed: seed + chunkNumber });
  for (const text of chunk) {
    characters += text.length;
    const run = lintAndCheck(text);
    times.push(run.ms);
    messages += run.messages.length;
    if (run.problems.length > 0) {
      const slow = run.ms > LINT_BUDGET_MS;
      failures.push({ index, where: "lintStory", problems: run.problems, ...(slow && { parseMs: bareParseMs(text) }) });
      keepFailure(index, text);
    }
    if ((index + 1) % cliEvery === 0) {
      const batch = path.join(work, `batch-${String(Math.floor(cliSample.length / CLI_BATCH)).padStart(3, "0")}`);
      fs.mkdirSync(batch, { recursive: true });
      const file = path.join(batch, `doc-${String(index).padStart(6, "0")}.md`);
      fs.writeFileSync(file, text); // UTF-8: a lone surrogate becomes U+FFFD, so the CLI is checked against the file
      cliSample.push({ index, file });
    }
    index++;
  }
  process.stderr.write(`\rfuzz: ${index}/${runs} documents, ${failures.length} failing`);
}
const lintSeconds = (performance.now() - started) / 1000;
process.stderr.write("\n");

// The CLI, on the sampled documents, one process per batch directory, as a person would run it.
const execFileAsync = promisify(execFile);
let cliFiles = 0;
let cliProcesses = 0;
const cliStarted = performance.now();
const batches = [...new Set(cliSample.map((sample) => path.dirname(sample.file)))];
for (const batch of batches) {
  cliProcesses++;
  let stdout = "";
  let exitCode = 0;
  let stderr = "";
  try {
    ({ stdout, stderr } = await execFileAsync(process.execPath, ["--no-warnings", path.join(root, "bin/story-lint.mjs"), "--format", "json", batch], {
      cwd: work, // away from any .story-lint.json in the project
      maxBuffer: 256 * 1024 * 1024,
    }));
  } catch (error) {
    const failed = error as { code?: number; stdout?: string; stderr?: string };
    exitCode = typeof failed.code === "number" ? failed.code : -1;
    stdout = failed.stdout ?? "";
    stderr = failed.stderr ?? String(error);
  }
  const inBatch = cliSample.filter((sample) => path.dirname(sample.file) === batch);
  if (exitCode !== 0 && exitCode !== 1) {
    for (const sample of inBatch) failures.push({ index: sample.index, where: "cli", problems: [`story-lint exited ${exitCode}: ${stderr.slice(0, 2000)}`] });
    continue;
  }
  let results: { file: string; messages: LintMessage[] }[];
  try {
    results = JSON.parse(stdout);
  } catch {
    for (const sample of inBatch) failures.push({ index: sample.index, where: "cli", problems: ["story-lint --format json printed invalid JSON"] });
    continue;
  }
  for (const sample of inBatch) {
    cliFiles++;
    const result = results.find((entry) => path.resolve(work, entry.file) === sample.file);
    const text = fs.readFileSync(sample.file, "utf8");
    const problems: string[] = [];
    if (!result) problems.push("missing from the CLI's output");
    else {
      problems.push(...lintResultProblems(text, result.messages));
      if (!isDeepStrictEqual(result.messages, lintStory(text))) problems.push("the CLI's messages differ from lintStory's for the same text");
    }
    if (problems.length > 0) {
      failures.push({ index: sample.index, where: "cli", problems });
      keepFailure(sample.index, text);
    }
  }
}
const cliSeconds = (performance.now() - cliStarted) / 1000;

const sorted = [...times].sort((a, b) => a - b);
const percentile = (p: number) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0;
const slow = failures.filter((failure) => failure.parseMs !== undefined);
const count = (where: Failure["where"], test: (problem: string) => boolean) =>
  failures.filter((failure) => failure.where === where && failure.problems.some(test)).length;
const isSlow = (problem: string) => problem.includes("over the");
const isThrow = (problem: string) => problem.startsWith("lintStory threw");

console.log(`story-lint fuzz: seed ${seed} (replay: npm run fuzz -- --seed ${seed} --runs ${runs})`);
console.log(`  documents            ${runs.toLocaleString("en-US")} (${(characters / 1e6).toFixed(1)} M characters, ${messages.toLocaleString("en-US")} messages) in ${lintSeconds.toFixed(1)} s`);
console.log(`  lint time per doc    p50 ${percentile(50).toFixed(1)} ms, p99 ${percentile(99).toFixed(1)} ms, max ${sorted.at(-1)?.toFixed(1)} ms (budget ${LINT_BUDGET_MS} ms)`);
console.log(`  threw                ${count("lintStory", isThrow)}`);
console.log(`  bad ranges/messages  ${count("lintStory", (problem) => !isSlow(problem) && !isThrow(problem))}`);
console.log(`  over budget          ${slow.length}${slow.length ? ` (linter-bound: ${slow.filter((f) => f.parseMs! * 2 < times[f.index]!).length}, parser-bound: ${slow.filter((f) => f.parseMs! * 2 >= times[f.index]!).length})` : ""}`);
for (const failure of slow.slice(0, 10)) {
  console.log(`    doc ${failure.index}: lint ${Math.round(times[failure.index]!)} ms, bare remark parse ${Math.round(failure.parseMs!)} ms`);
}
console.log(`  CLI                  ${cliFiles} files in ${cliProcesses} runs of bin/story-lint.mjs --format json (${cliSeconds.toFixed(1)} s), ${failures.filter((f) => f.where === "cli").length} failing`);
console.log(`  YAML warnings        ${processWarnings} (process warnings the front-matter parser emitted; not failures)`);
const other = failures.filter((failure) => !failure.problems.every(isSlow)).slice(0, 10);
for (const failure of other) console.log(`    ${failure.where} doc ${failure.index}: ${failure.problems.slice(0, 3).join(" | ").slice(0, 400)}`);
if (failures.length > 0) {
  console.log(`FAIL: ${failures.length} failing document(s); kept in ${keep} (JSON strings: JSON.parse to replay)`);
  process.exitCode = 1;
} else {
  console.log("PASS");
}
fs.rmSync(work, { recursive: true, force: true });
