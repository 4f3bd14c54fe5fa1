/**
 * How well the linter reads stories without labels.
 *
 *     node --import tsx scripts/eval-part-finder.ts [--verbose]
 *
 * 1. Every labelled story of our corpora (good stories, held-out, blind) with its labels taken out:
 *    the share of its words that land in the part its labels gave them, and whether the core rules
 *    agree with the labelled story (the same actor "we" hits, the same result-missing-metric verdict).
 * 2. The unlabelled corpus (tests/lint/unlabelled): the share of words in the part its annotators
 *    marked. Its findings are scored by scripts/eval-lint.ts --corpus unlabelled.
 *
 * Targets (issue 11): at least 90% of words in the right part and verdicts matching for at least 90%
 * of stories, in every labelled corpus. Exits 1 when one is missed. --verbose lists the stories below
 * 90% or with different verdicts, except for the blind corpus, which is reported in aggregate only.
 */
import { findSections, lintStory } from "../lib/lint/index";
import { CORPORA, loadHeldoutStories } from "../tests/lint/heldout/load";
import { labelledStories, scoreMarkedParts, scoreStripped, type LabelledCorpus } from "./part-finder-data";

const verbose = process.argv.includes("--verbose");
const TARGET = 0.9;
const percent = (value: number) => `${(value * 100).toFixed(1)}%`;
let failed = false;

console.log("labelled stories with their labels taken out");
console.log(`${"corpus".padEnd(10)}${"stories".padStart(8)}${"words right".padStart(13)}${"stories ≥90%".padStart(14)}${"verdicts".padStart(10)}${"we".padStart(8)}${"metric".padStart(8)}`);
for (const corpus of ["good", "heldout", "blind"] as LabelledCorpus[]) {
  const scores = labelledStories(corpus)
    .map((story) => scoreStripped(story, (markdown) => lintStory(markdown), findSections))
    .filter((score) => score !== null);
  const words = scores.reduce((sum, score) => sum + score.words, 0);
  const right = scores.reduce((sum, score) => sum + score.rightWords, 0);
  const accuracy = words === 0 ? 1 : right / words;
  const storiesOver = scores.filter((score) => score.words === 0 || score.rightWords / score.words >= TARGET).length / scores.length;
  const verdicts = scores.filter((score) => score.verdictsMatch).length / scores.length;
  const we = scores.filter((score) => score.weMatch).length / scores.length;
  const metric = scores.filter((score) => score.metricMatch).length / scores.length;
  console.log(
    `${corpus.padEnd(10)}${String(scores.length).padStart(8)}${percent(accuracy).padStart(13)}${percent(storiesOver).padStart(14)}` +
      `${percent(verdicts).padStart(10)}${percent(we).padStart(8)}${percent(metric).padStart(8)}`,
  );
  if (accuracy < TARGET || verdicts < TARGET) failed = true;
  if (verbose && corpus !== "blind") {
    for (const score of scores) {
      const share = score.words === 0 ? 1 : score.rightWords / score.words;
      if (share < TARGET || !score.verdictsMatch) {
        console.log(`  ${score.file}: ${percent(share)} of ${score.words} words${score.weMatch ? "" : ", we differs"}${score.metricMatch ? "" : ", metric differs"}`);
      }
    }
  }
}

const marked = scoreMarkedParts(loadHeldoutStories(CORPORA.unlabelled), findSections);
const markedWords = marked.reduce((sum, score) => sum + score.words, 0);
const markedRight = marked.reduce((sum, score) => sum + score.rightWords, 0);
console.log(`\nunlabelled corpus, parts as annotated: ${marked.length} stories, ${percent(markedRight / markedWords)} of words in the marked part`);
if (verbose) {
  for (const score of marked) {
    const share = score.words === 0 ? 1 : score.rightWords / score.words;
    if (share < TARGET) console.log(`  ${score.file}: ${percent(share)} of ${score.words} words`);
  }
}
if (failed) {
  console.log(`\nbelow target (words right ≥ ${percent(TARGET)}, verdicts ≥ ${percent(TARGET)})`);
  process.exit(1);
}
