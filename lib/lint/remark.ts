import type { Root } from "mdast";
import type { Plugin } from "unified";
import type { VFile } from "vfile";
import { checkLintConfig } from "./config";
import { lintStory } from "./index";
import type { LintConfig, LintMessage } from "./types";

/**
 * story-lint as a remark plugin (`import storyLint from "story-bank/remark"`, SPEC §3):
 *
 *     remark().use(remarkFrontmatter).use(storyLint, { rules: { "we-instead-of-i": "error" } })
 *
 * or from remark-cli with `.remarkrc.json`: `{ "plugins": ["remark-frontmatter", ["story-bank/remark", {}]] }`.
 * Options are those of `.story-lint.json` (lintConfigSchema). Each file gets exactly the messages
 * lintStory gives for its text: the same rule ids, places, `actual`/`expected`, `note` and `url`, with
 * the severity as vfile has it (error: fatal true, warning: fatal false, info: fatal unset). The plugin
 * lints the file's text rather than the tree remark built, so other plugins cannot shift a position,
 * and suppression comments waive messages as they do everywhere else.
 */
const storyLint: Plugin<[LintConfig?], Root> = function storyLint(options) {
  const config = validOptions(options);
  return (_tree: Root, file: VFile) => {
    for (const message of lintStory(String(file), { config })) reportOn(file, message);
  };
};

export default storyLint;

/** The options as a LintConfig; a mistake in them fails at `.use()` with the reason, not later per file. */
function validOptions(options: unknown): LintConfig | undefined {
  if (options === undefined || options === null) return undefined;
  const checked = checkLintConfig(options);
  if (!checked.ok) throw new Error(`story-bank/remark: invalid options: ${checked.problem}`);
  return checked.config;
}

/** Adds one lint message to `file` as a vfile message carrying every field of SPEC §2 it can hold. */
export function reportOn(file: VFile, message: LintMessage): void {
  const vfileMessage = file.message(message.reason, {
    place: {
      start: { line: message.line, column: message.column, offset: message.offset },
      end: { line: message.endLine, column: message.endColumn, offset: message.endOffset },
    },
    ruleId: message.ruleId,
    source: "story-lint",
  });
  vfileMessage.fatal = message.severity === "error" ? true : message.severity === "warning" ? false : undefined;
  if (message.actual !== undefined) vfileMessage.actual = message.actual;
  if (message.expected !== undefined) vfileMessage.expected = [...message.expected];
  if (message.note !== undefined) vfileMessage.note = message.note;
  vfileMessage.url = message.url;
}
