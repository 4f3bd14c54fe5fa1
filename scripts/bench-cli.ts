/**
 * `npm run bench:cli`: what a person waits for at the shell. Whole processes, side by side in one
 * run: a bare `node -e ''` start, `story-lint --version`, `story-lint` over a folder of stories, and
 * alex's own CLI over the same folder.
 *
 *     npm run bench:cli -- [--stories 640] [--runs 7] [--seed 20240601]
 *
 * The folder is the deterministic corpus `npm run bench` uses (scripts/bench-corpus.ts), written to a
 * temporary directory. Each round runs every command once, in the same order, so a noisy moment on the
 * machine hurts all of them alike; the median round is reported. Targets (issue 12): `--version`
 * within 3× a bare Node start, and the whole CLI at least 3× faster than alex's. The CLI runs from
 * dist/, so run `npm run build:lint` first after changing lib/lint. Always exits 0; the PASS/FAIL lines
 * are for people and CI logs.
 */
import { spawnSync } from "node:child_process";
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import { buildCorpus } from "./bench-corpus";

const TARGET_MAX_VERSION_RATIO = 3;
const TARGET_MIN_ALEX_RATIO = 3;

const { values: options } = parseArgs({
  options: {
    stories: { type: "string", default: "640" },
    runs: { type: "string", default: "7" },
    seed: { type: "string", default: "20240601" },
  },
});
const storyCount = positiveInt(options.stories, "--stories");
const runs = positiveInt(options.runs, "--runs");
const seed = positiveInt(options.seed, "--seed");

const root = path.resolve(import.meta.dirname, "..");
const dir = await mkdtemp(path.join(os.tmpdir(), "story-lint-bench-cli-"));
const corpus = buildCorpus(storyCount, seed);
await Promise.all(corpus.map((story) => writeFile(path.join(dir, story.name), story.markdown)));

interface Command {
  name: string;
  args: string[];
  /** Exit statuses that mean the command did its job (a linter exits 1 when it finds errors). */
  ok: number[];
}

const storyLint = path.join(root, "bin/story-lint.mjs");
const commands: Command[] = [
  { name: "node -e ''", args: ["-e", ""], ok: [0] },
  { name: "story-lint --version", args: [storyLint, "--version"], ok: [0] },
  { name: `story-lint on ${storyCount} stories`, args: [storyLint, "--format", "json", dir], ok: [0, 1] },
  { name: `alex on ${storyCount} stories`, args: [path.join(root, "node_modules/alex/cli.js"), dir], ok: [0, 1] },
];

// alex's CLI asks the registry for a newer version unless told not to: no network during a benchmark.
const env = { ...process.env, NO_UPDATE_NOTIFIER: "1", NODE_OPTIONS: "" };
const times = commands.map(() => [] as number[]);
try {
  for (let round = -1; round < runs; round++) {
    commands.forEach((command, index) => {
      const start = performance.now();
      const result = spawnSync(process.execPath, command.args, { cwd: root, env, stdio: ["ignore", "ignore", "pipe"], maxBuffer: 1 << 28 });
      const ms = performance.now() - start;
      if (result.error || !command.ok.includes(result.status ?? -1)) {
        throw new Error(`${command.name} failed (status ${result.status}): ${String(result.error ?? result.stderr).slice(0, 500)}`);
      }
      if (round >= 0) times[index].push(ms); // round -1 warms the file cache and is not counted
    });
  }
} finally {
  await rm(dir, { recursive: true, force: true });
}

const medians = times.map(median);
const [nodeStart, version, lint, alex] = medians;
const versionRatio = version / nodeStart;
const alexRatio = alex / lint;

const lines = [
  `story-lint whole-process benchmark: ${storyCount} stories (seed ${seed}), ${runs} rounds after a warm-up, median`,
  `${process.version}, ${os.platform()} ${os.arch()}, ${os.cpus().length} × ${os.cpus()[0]?.model.trim() ?? "unknown"}`,
  "",
  ...table([
    ["command", "median ms", "min", "max"],
    ...commands.map((command, index) => [
      command.name,
      medians[index].toFixed(0),
      Math.min(...times[index]).toFixed(0),
      Math.max(...times[index]).toFixed(0),
    ]),
  ]),
  "",
  `story-lint --version / node -e '': ${versionRatio.toFixed(2)}× (target ≤ ${TARGET_MAX_VERSION_RATIO}×)  ${versionRatio <= TARGET_MAX_VERSION_RATIO ? "PASS" : "FAIL"}`,
  `alex / story-lint, whole CLI:     ${alexRatio.toFixed(2)}× (target ≥ ${TARGET_MIN_ALEX_RATIO}×)  ${alexRatio >= TARGET_MIN_ALEX_RATIO ? "PASS" : "FAIL"}`,
];
console.log(lines.join("\n"));

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

function table(rows: string[][]): string[] {
  const widths = rows[0].map((_, column) => Math.max(...rows.map((row) => row[column].length)));
  return rows.map((row) => row.map((cell, column) => (column === 0 ? cell.padEnd(widths[column]) : cell.padStart(widths[column]))).join("  "));
}

function positiveInt(value: string | undefined, name: string): number {
  const number = Number(value);
  if (!Number.isInteger(number) || number < 1) {
    console.error(`${name} must be a positive whole number, not ${JSON.stringify(value)}`);
    process.exit(2);
  }
  return number;
}
