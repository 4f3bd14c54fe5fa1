/**
 * `npm run bench`: how fast story-lint reads stories, against the floor (a bare remark parse of the
 * same text) and a comparable prose linter (alex, which also parses markdown and checks words).
 *
 *     npm run bench -- [--stories 600] [--passes 5] [--seed 20240601] [--write DIR] [--json]
 *
 * One run measures all three on the same deterministic corpus (scripts/bench-corpus.ts): a warm-up
 * pass, then timed passes over the whole corpus (story-lint and the bare parse interleaved chunk by
 * chunk, see CHUNK, so that a noisy moment on the machine hurts both alike); the median pass is reported. Targets (from the
 * issue): story-lint at most 3× the bare parse time, and at least 2× faster than alex. Always exits 0;
 * the PASS/FAIL lines are for people and CI logs.
 */
import { mkdir, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import v8 from "node:v8";
import vm from "node:vm";
import { markdown as alexMarkdown } from "alex";
import remarkFrontmatter from "remark-frontmatter";
import remarkParse from "remark-parse";
import { unified } from "unified";
import { buildCorpus, type CorpusStory } from "./bench-corpus";

const TARGET_MAX_PARSE_RATIO = 3;
const TARGET_MIN_ALEX_RATIO = 2;

interface Contender {
  name: string;
  /** Processes one story; returns a number derived from the work so it cannot be optimised away. */
  run(markdown: string): number;
}

interface Measurement {
  name: string;
  passesMs: number[];
  medianMs: number;
  storiesPerSecond: number;
  microsPerStory: number;
}

const { values: options } = parseArgs({
  options: {
    stories: { type: "string", default: "600" },
    passes: { type: "string", default: "5" },
    seed: { type: "string", default: "20240601" },
    write: { type: "string" },
    json: { type: "boolean", default: false },
  },
});

const storyCount = positiveInt(options.stories, "--stories");
const passes = positiveInt(options.passes, "--passes");
const seed = positiveInt(options.seed, "--seed");

const corpus = buildCorpus(storyCount, seed);
const texts = corpus.map((story) => story.markdown);
if (options.write) await writeCorpus(options.write, corpus);

// Import the linter after the corpus exists, and time its first call on its own: that is what a
// one-file CLI run or the first keystroke in the editor pays.
const importStart = performance.now();
const { lintStory } = (await import("../lib/lint/index")) as typeof import("../lib/lint/index");
const importMs = performance.now() - importStart;
const firstCallStart = performance.now();
lintStory(texts[0]);
const firstCallMs = performance.now() - firstCallStart;

const bareProcessor = unified().use(remarkParse).use(remarkFrontmatter).freeze();

const contenders: Contender[] = [
  { name: "story-lint lintStory", run: (text) => lintStory(text).length },
  { name: "bare parse (remark-parse + remark-frontmatter)", run: (text) => bareProcessor.parse(text).children.length },
  { name: "alex 11 (markdown API)", run: (text) => alexMarkdown(text).messages.length },
];

// Collect garbage before every pass, so that no pass starts with another contender's leftovers.
v8.setFlagsFromString("--expose-gc");
const collectGarbage = vm.runInNewContext("gc") as () => void;

/**
 * story-lint and the bare parse, the pair with the tight target, are timed in chunks of CHUNK stories,
 * each chunk run by both in turn (alternating which goes first). A slow spell on a shared machine then
 * hits both alike instead of whichever pass it landed in. alex gets its own passes after a collection:
 * it leaves far more garbage than the other two, and interleaving it would bill its major collections
 * to them. A pass's time for a contender is the sum of its chunk times.
 */
const CHUNK = 20;

let sink = 0;
function timePass(): number[] {
  const [lintContender, bareContender, alexContender] = contenders;
  collectGarbage();
  let lintMs = 0;
  let bareMs = 0;
  for (let from = 0, chunk = 0; from < texts.length; from += CHUNK, chunk++) {
    const slice = texts.slice(from, from + CHUNK);
    const order = chunk % 2 === 0 ? [lintContender, bareContender] : [bareContender, lintContender];
    for (const contender of order) {
      const start = performance.now();
      for (const text of slice) sink += contender.run(text);
      const elapsed = performance.now() - start;
      if (contender === lintContender) lintMs += elapsed;
      else bareMs += elapsed;
    }
  }
  collectGarbage();
  const start = performance.now();
  for (const text of texts) sink += alexContender.run(text);
  return [lintMs, bareMs, performance.now() - start];
}

timePass(); // warm-up: JIT, caches, lazy loading
const passTimes = contenders.map(() => [] as number[]);
for (let pass = 0; pass < passes; pass++) {
  timePass().forEach((total, index) => passTimes[index].push(total));
}

const measurements: Measurement[] = contenders.map((contender, index) => {
  const medianMs = median(passTimes[index]);
  return {
    name: contender.name,
    passesMs: passTimes[index].map(round2),
    medianMs: round2(medianMs),
    storiesPerSecond: Math.round((texts.length / medianMs) * 1000),
    microsPerStory: Math.round((medianMs / texts.length) * 1000),
  };
});
const [lint, bare, alex] = measurements;
const parseRatio = lint.medianMs / bare.medianMs;
const alexRatio = alex.medianMs / lint.medianMs;
const byLength = lengthBreakdown([contenders[0], contenders[1]]);
const partFinder = await partFinderCost();

const words = corpus.map((story) => story.words).sort((a, b) => a - b);
const machine = {
  node: process.version,
  platform: `${os.platform()} ${os.arch()}`,
  cpus: os.cpus().length,
  cpuModel: os.cpus()[0]?.model.trim() ?? "unknown",
  date: new Date().toISOString(),
};
const corpusInfo = {
  stories: texts.length,
  seed,
  words: { min: words[0], median: words[Math.floor(words.length / 2)], max: words[words.length - 1] },
  characters: texts.reduce((sum, text) => sum + text.length, 0),
};

if (options.json) {
  console.log(
    JSON.stringify(
      { machine, corpus: corpusInfo, passes, importMs, firstCallMs, measurements, parseRatio, alexRatio, byLength, partFinder },
      null,
      2,
    ),
  );
} else {
  printReport();
}

function printReport() {
  const lines: string[] = [];
  lines.push(
    `story-lint benchmark: ${corpusInfo.stories} stories (${corpusInfo.words.min}–${corpusInfo.words.max} words, ` +
      `median ${corpusInfo.words.median}; ${corpusInfo.characters.toLocaleString("en")} characters), seed ${seed}`,
  );
  lines.push(
    `${machine.node}, ${machine.platform}, ${machine.cpus} × ${machine.cpuModel}; warm-up + ${passes} timed passes, median`,
  );
  lines.push("");
  // min and max show how noisy the machine was during the run; the median is what the targets use.
  const header = ["", "median ms/pass", "min", "max", "stories/s", "µs/story"];
  const rows = measurements.map((m) => [
    m.name,
    m.medianMs.toFixed(1),
    Math.min(...m.passesMs).toFixed(1),
    Math.max(...m.passesMs).toFixed(1),
    String(m.storiesPerSecond),
    String(m.microsPerStory),
  ]);
  lines.push(...table([header, ...rows]));
  lines.push("");
  lines.push(`story-lint import: ${importMs.toFixed(0)} ms; first lintStory call (cold): ${firstCallMs.toFixed(1)} ms`);
  lines.push("");
  lines.push("µs/story by story length (median of per-story times over the timed passes):");
  lines.push(
    ...table([
      ["words", "stories", "story-lint", "bare parse", "ratio"],
      ...byLength.map((b) => [b.label, String(b.stories), String(b.lintMicros), String(b.bareMicros), `${b.ratio.toFixed(2)}×`]),
    ]),
  );
  lines.push("");
  lines.push(
    `part finder: ${partFinder.stories} of ${corpusInfo.stories} stories have no labels and are read by it; ` +
      `it costs ${partFinder.finderMicros} µs per such story (median), ` +
      `${Math.round(partFinder.shareOfLint * 100)}% of that story's lintStory time (${partFinder.lintMicros} µs)`,
  );
  lines.push("");
  lines.push(
    `story-lint / bare parse time: ${parseRatio.toFixed(2)}× (target ≤ ${TARGET_MAX_PARSE_RATIO}×)  ` +
      (parseRatio <= TARGET_MAX_PARSE_RATIO ? "PASS" : "FAIL"),
  );
  lines.push(
    `alex / story-lint time:       ${alexRatio.toFixed(2)}× (target ≥ ${TARGET_MIN_ALEX_RATIO}×)  ` +
      (alexRatio >= TARGET_MIN_ALEX_RATIO ? "PASS" : "FAIL"),
  );
  console.log(lines.join("\n"));
}

/**
 * Per-story cost by length bucket, to show whether story-lint grows faster than the text does. Each
 * story is timed on its own `passes` times and its median taken, which also filters out collections
 * and preemption: these figures are lower than the whole-pass ones and are for comparing buckets.
 */
function lengthBreakdown([lintContender, bareContender]: Contender[]) {
  const buckets = [
    { label: "< 150", test: (w: number) => w < 150 },
    { label: "150–349", test: (w: number) => w >= 150 && w < 350 },
    { label: "≥ 350", test: (w: number) => w >= 350 },
  ];
  // Each story is timed by both contenders back to back, alternating who goes first, so that load from
  // elsewhere on the machine lands on both alike.
  const time = (contender: Contender, text: string) => {
    const start = performance.now();
    sink += contender.run(text);
    return performance.now() - start;
  };
  const lintTimes: number[] = [];
  const bareTimes: number[] = [];
  texts.forEach((text, index) => {
    const lintRuns: number[] = [];
    const bareRuns: number[] = [];
    for (let pass = 0; pass < passes; pass++) {
      if ((index + pass) % 2 === 0) {
        lintRuns.push(time(lintContender, text));
        bareRuns.push(time(bareContender, text));
      } else {
        bareRuns.push(time(bareContender, text));
        lintRuns.push(time(lintContender, text));
      }
    }
    lintTimes[index] = median(lintRuns);
    bareTimes[index] = median(bareRuns);
  });
  return buckets.map((bucket) => {
    const indexes = corpus.flatMap((story, index) => (bucket.test(story.words) ? [index] : []));
    const mean = (times: number[]) => indexes.reduce((sum, i) => sum + times[i], 0) / Math.max(1, indexes.length);
    const lintMicros = Math.round(mean(lintTimes) * 1000);
    const bareMicros = Math.round(mean(bareTimes) * 1000);
    return { label: bucket.label, stories: indexes.length, lintMicros, bareMicros, ratio: lintMicros / Math.max(1, bareMicros) };
  });
}

/**
 * What the part finder (lib/lint/parts) adds for a story written without labels: its units, cues and
 * split, timed on their own over an already parsed story, against the whole lintStory of that story.
 * Each is the median of `passes` runs per story; the figure reported is the median over the stories.
 */
async function partFinderCost() {
  const { parseStory } = await import("../lib/lint/document");
  const { storyUnits } = await import("../lib/lint/parts/units");
  const { findParts } = await import("../lib/lint/parts/find-parts");
  const { findSections } = await import("../lib/lint/index");
  const unlabelled = texts.filter((text) => findSections(text).structure === "inferred");
  const finder: number[] = [];
  const whole: number[] = [];
  for (const text of unlabelled) {
    const doc = parseStory(text);
    const range = { offset: doc.bodyStart, endOffset: text.length };
    const finderRuns: number[] = [];
    const lintRuns: number[] = [];
    for (let pass = 0; pass < passes; pass++) {
      let start = performance.now();
      sink += findParts(storyUnits(doc, range)).parts.length;
      finderRuns.push(performance.now() - start);
      start = performance.now();
      sink += lintStory(text).length;
      lintRuns.push(performance.now() - start);
    }
    finder.push(median(finderRuns));
    whole.push(median(lintRuns));
  }
  const finderMs = unlabelled.length > 0 ? median(finder) : 0;
  const lintMs = unlabelled.length > 0 ? median(whole) : 0;
  return {
    stories: unlabelled.length,
    finderMicros: Math.round(finderMs * 1000),
    lintMicros: Math.round(lintMs * 1000),
    shareOfLint: lintMs > 0 ? finderMs / lintMs : 0,
  };
}

function table(rows: string[][]): string[] {
  const widths = rows[0].map((_, column) => Math.max(...rows.map((row) => row[column].length)));
  return rows.map((row) =>
    row.map((cell, column) => (column === 0 ? cell.padEnd(widths[column]) : cell.padStart(widths[column]))).join("  "),
  );
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

function round2(value: number): number {
  return Math.round(value * 100) / 100;
}

function positiveInt(value: string | undefined, flag: string): number {
  const number = Number(value);
  if (!Number.isInteger(number) || number < 1) {
    console.error(`bench: ${flag} must be a positive integer, got ${JSON.stringify(value)}`);
    process.exit(2);
  }
  return number;
}

async function writeCorpus(directory: string, stories: CorpusStory[]) {
  await mkdir(directory, { recursive: true });
  await Promise.all(stories.map((story) => writeFile(path.join(directory, story.name), story.markdown)));
  console.error(`wrote ${stories.length} stories to ${directory}`);
}

// Keeps `sink` observable so no contender's work can be optimised away.
if (sink === -1) console.log(sink);
