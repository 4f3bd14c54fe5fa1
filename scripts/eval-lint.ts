/**
 * Score lib/lint against the held-out corpus in tests/lint/heldout/stories.
 *
 *   node --import tsx scripts/eval-lint.ts [--verbose] [--no-fail]
 *
 * Prints TP / FP / FN / precision / recall per rule; --verbose adds every FP and FN with file, line and
 * text. Exits 1 when any evaluated rule is below precision 0.9 or recall 0.8, unless --no-fail.
 * Matching rules are documented in tests/lint/heldout/score.ts.
 */
import { lintStory } from "../lib/lint/index";
import { loadHeldoutStories } from "../tests/lint/heldout/load";
import { failures, formatReport, scoreCorpus } from "../tests/lint/heldout/score";

const args = new Set(process.argv.slice(2));
for (const a of args) {
  if (!["--verbose", "-v", "--no-fail"].includes(a)) {
    console.error(`unknown option ${a}\nusage: node --import tsx scripts/eval-lint.ts [--verbose] [--no-fail]`);
    process.exit(2);
  }
}
const verbose = args.has("--verbose") || args.has("-v");

const stories = loadHeldoutStories();
const scores = scoreCorpus(stories, (markdown) => lintStory(markdown));
console.log(`held-out corpus: ${stories.length} stories`);
console.log(formatReport(scores, verbose));

const failed = failures(scores);
if (failed.length > 0) {
  console.log(`\nbelow threshold (precision >= 0.9, recall >= 0.8):\n  ${failed.join("\n  ")}`);
  if (!args.has("--no-fail")) process.exit(1);
} else {
  console.log("\nall rules meet precision >= 0.9 and recall >= 0.8");
}
