/**
 * Fits the part finder's model (lib/lint/parts/model.json) on our own labelled stories with their
 * labels taken out: the good-stories corpus and the labelled stories of the held-out corpus. The
 * blind corpus is never read here (it stays a measure of how the finder generalises), nor is the
 * unlabelled corpus (a measure of layouts we did not fit on).
 *
 *     node --import tsx scripts/fit-part-finder.ts [--check]
 *
 * Deterministic: the same stories always give the same weights (full-batch gradient steps from zero,
 * a fixed number of them, a fixed grid for the switch costs). `--check` fits and exits 1 when the
 * result differs from the committed model.json, so the data file cannot drift from its recipe.
 */
import { readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { FEATURE_NAMES, PARTS, type Part } from "../lib/lint/parts/features";
import { findPartsWith, prepareUnits, type PartModel, type PreparedUnits } from "../lib/lint/parts/find-parts";
import { parseStory } from "../lib/lint/document";
import { storyUnits } from "../lib/lint/parts/units";
import { labelledStories, relaidOut, strippedExample, toldAsWe, withoutPart, type LabelledStory, type Layout } from "./part-finder-data";

const MODEL_PATH = path.join(import.meta.dirname, "..", "lib", "lint", "parts", "model.json");
const STEPS = 600;
const LEARNING_RATE = 0.05;
/** L2 penalty per weight (not on the bias): keeps rare cues from taking extreme weights. */
const L2 = 0.002;
/** Variants without a part count for less than the stories as written. */
const VARIANT_WEIGHT = 0.5;
const COST_GRID = [0, 0.5, 1, 1.5, 2, 3, 4, 6];

interface Example {
  prepared: PreparedUnits;
  truth: Array<Part | null>;
  weight: number;
}

function examplesOf(story: LabelledStory, weight: number): Example | null {
  const example = strippedExample(story);
  if (!example || example.units.length === 0) return null;
  return { prepared: prepareUnits(example.units.map((item) => item.unit)), truth: example.units.map((item) => item.truth), weight };
}

/** The story's units laid out another way (see relaidOut), with the same parts. */
function relaidExample(story: LabelledStory, layout: Layout, weight: number): Example | null {
  const example = strippedExample(story);
  if (!example || example.units.length === 0) return null;
  const variant = relaidOut(example, layout);
  if (!variant) return null;
  const doc = parseStory(variant.markdown);
  const units = storyUnits(doc, { offset: 0, endOffset: variant.markdown.length });
  return { prepared: prepareUnits(units), truth: variant.truths, weight };
}

const stories = [...labelledStories("good"), ...labelledStories("heldout")];
const examples: Example[] = [];
for (const story of stories) {
  const original = examplesOf(story, 1);
  if (!original) continue;
  examples.push(original);
  for (const layout of ["one-paragraph", "bullets", "paragraphs-of-three"] as const) {
    const relaid = relaidExample(story, layout, VARIANT_WEIGHT);
    if (relaid) examples.push(relaid);
    const relaidAsWe = relaidExample({ ...story, markdown: toldAsWe(story.markdown) }, layout, VARIANT_WEIGHT / 2);
    if (relaidAsWe) examples.push(relaidAsWe);
  }
  const asWe = examplesOf({ ...story, file: `${story.file} told as we`, markdown: toldAsWe(story.markdown) }, VARIANT_WEIGHT);
  if (asWe) examples.push(asWe);
  for (const part of ["situation", "task", "result"] as const) {
    const variant = withoutPart(story.markdown, part);
    if (!variant) continue;
    const example = examplesOf({ ...story, file: `${story.file} without ${part}`, markdown: variant }, VARIANT_WEIGHT);
    if (example) examples.push(example);
  }
}

// Multinomial logistic regression, full batch, Adam from zero.
const K = PARTS.length;
const F = FEATURE_NAMES.length;
const rows: Array<{ x: number[]; y: number; w: number }> = [];
for (const example of examples) {
  example.truth.forEach((truth, index) => {
    if (truth !== null) rows.push({ x: example.prepared.features[index], y: PARTS.indexOf(truth), w: example.weight });
  });
}
const totalWeight = rows.reduce((sum, row) => sum + row.w, 0);
const weights = Array.from({ length: K }, () => new Array<number>(F).fill(0));
const m = Array.from({ length: K }, () => new Array<number>(F).fill(0));
const v = Array.from({ length: K }, () => new Array<number>(F).fill(0));
let loss = 0;
for (let step = 1; step <= STEPS; step++) {
  const grad = Array.from({ length: K }, () => new Array<number>(F).fill(0));
  loss = 0;
  for (const row of rows) {
    const scores = weights.map((wk) => wk.reduce((sum, value, f) => sum + value * row.x[f], 0));
    const top = Math.max(...scores);
    const exps = scores.map((score) => Math.exp(score - top));
    const norm = exps.reduce((a, b) => a + b, 0);
    loss -= row.w * (scores[row.y] - top - Math.log(norm));
    for (let k = 0; k < K; k++) {
      const delta = (exps[k] / norm - (k === row.y ? 1 : 0)) * row.w;
      if (delta === 0) continue;
      for (let f = 0; f < F; f++) if (row.x[f] !== 0) grad[k][f] += delta * row.x[f];
    }
  }
  for (let k = 0; k < K; k++) {
    for (let f = 0; f < F; f++) {
      const penalty = f === 0 ? 0 : L2 * weights[k][f] * totalWeight;
      const g = (grad[k][f] + penalty) / totalWeight;
      m[k][f] = 0.9 * m[k][f] + 0.1 * g;
      v[k][f] = 0.999 * v[k][f] + 0.001 * g * g;
      const mHat = m[k][f] / (1 - 0.9 ** step);
      const vHat = v[k][f] / (1 - 0.999 ** step);
      weights[k][f] -= (LEARNING_RATE * mHat) / (Math.sqrt(vHat) + 1e-8);
    }
  }
}

const round = (value: number) => Math.round(value * 10_000) / 10_000;
const model: PartModel = {
  features: [...FEATURE_NAMES],
  parts: [...PARTS],
  weights: weights.map((row) => row.map(round)),
  switchCost: { sentence: 1, item: 1, block: 1 },
};

/** Share of words whose unit gets its labelled part (a Result unit read as the lesson counts). */
function wordAccuracy(candidate: PartModel, set: readonly Example[]): number {
  let right = 0;
  let all = 0;
  for (const example of set) {
    const { parts } = findPartsWith(example.prepared, [], candidate);
    example.truth.forEach((truth, index) => {
      if (truth === null) return;
      const words = example.prepared.units[index].words * example.weight;
      all += words;
      if (parts[index] === truth || (truth === "result" && parts[index] === "lesson")) right += words;
    });
  }
  return all === 0 ? 1 : right / all;
}

let best = { accuracy: -1, cost: model.switchCost };
for (const sentence of COST_GRID) {
  for (const item of COST_GRID) {
    for (const block of COST_GRID) {
      const accuracy = wordAccuracy({ ...model, switchCost: { sentence, item, block } }, examples);
      if (accuracy > best.accuracy + 1e-9) best = { accuracy, cost: { sentence, item, block } };
    }
  }
}
model.switchCost = best.cost;

const text = `${JSON.stringify(model)}\n`;
const summary =
  `${examples.length} examples (${stories.length} stories and their variants), ${rows.length} units; ` +
  `loss ${(loss / totalWeight).toFixed(4)}; switch costs ${JSON.stringify(best.cost)}; ` +
  `training word accuracy ${(best.accuracy * 100).toFixed(1)}%`;
if (process.argv.includes("--check")) {
  const committed = readFileSync(MODEL_PATH, "utf8");
  if (committed !== text) {
    console.error(`lib/lint/parts/model.json is not what this script fits; run it without --check\n${summary}`);
    process.exit(1);
  }
  console.log(`model.json is up to date: ${summary}`);
} else {
  writeFileSync(MODEL_PATH, text);
  console.log(`wrote ${path.relative(process.cwd(), MODEL_PATH)}: ${summary}`);
}
