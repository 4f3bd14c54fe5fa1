import { parentPort, workerData } from "node:worker_threads";
import { lintStory } from "./index";
import type { LintConfig, LintMessage } from "./types";

/**
 * One worker thread of `story-lint --concurrency`: lints the stories it is given and posts back their
 * messages, in the order given. cli.ts starts it from the built dist/lint-worker.mjs only.
 */
export interface LintWorkerInput {
  stories: string[];
  config?: LintConfig;
}

const { stories, config } = workerData as LintWorkerInput;
const results: LintMessage[][] = stories.map((markdown) => lintStory(markdown, config === undefined ? undefined : { config }));
parentPort!.postMessage(results);
