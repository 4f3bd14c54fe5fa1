import { readFile, stat } from "node:fs/promises";
import path from "node:path";
import type { Root } from "mdast";
import remarkFrontmatter from "remark-frontmatter";
import remarkParse from "remark-parse";
import { unified, type Plugin } from "unified";
import type { VFile } from "vfile";
import { lintBank } from "../bank";
import { FRONT_MATTER } from "../front-matter";
import { checkLintConfig } from "../config";
import { parseFrontMatter, principlesFromFrontMatter } from "../context";
import { lintStory } from "../index";
import { reportOn } from "../remark";
import { markdownFilesUnder } from "../story-folder";
import type { BankMessage, BankStory, LintConfig, LintMessage } from "../types";

/**
 * What the language server lints with (unified-language-server loads this processor by its file URL,
 * so a workspace's own remark never replaces it). For each open story it reports lintStory's messages,
 * under the workspace's `.story-lint.json`, and the bank messages about that story, worked out from
 * every story file in the workspace folder: the story that carries too many principles, the thin
 * principles the story is one of the few stories for, and figures it gives differently from an
 * earlier story. Bank-wide findings (an uncovered principle, too few stories) concern no one file and
 * stay on the coverage page and the CLI's app.
 */
export const CONFIG_FILE = ".story-lint.json";

/** Where rule pages are served: the local app (`npm start`), unless STORY_BANK_URL says otherwise. */
const DOCS_BASE = process.env.STORY_BANK_URL ?? "http://127.0.0.1:3000";


const workspaceLint: Plugin<[], Root> = function workspaceLint() {
  return async (_tree: Root, file: VFile) => {
    const root = path.resolve(file.cwd);
    const absolute = file.path ? path.resolve(root, file.path) : undefined;
    const markdown = String(file);
    const config = await workspaceConfig(root, file);
    for (const message of lintStory(markdown, { config })) reportOn(file, withDocsUrl(message));
    if (absolute === undefined) return;
    const stories = await workspaceStories(root, absolute, markdown);
    const id = path.relative(root, absolute);
    if (!stories.some((story) => story.id === id)) return; // not a story file (no front matter): no bank to speak of
    const report = lintBank(stories, config);
    for (const message of report.messages) {
      if (!concerns(message, id, report.principles)) continue;
      reportOn(file, withDocsUrl(bankMessageAt(message, markdown)));
    }
  };
};

export const storyLintProcessor = unified().use(remarkParse).use(remarkFrontmatter, ["yaml"]).use(workspaceLint).freeze();

function withDocsUrl(message: LintMessage): LintMessage {
  return { ...message, url: new URL(message.url, DOCS_BASE).href };
}

/** True when the bank message is about story `id`: it names the story, or a thin principle it carries. */
function concerns(message: BankMessage, id: string, principles: ReturnType<typeof lintBank>["principles"]): boolean {
  if (message.storyId !== undefined) return message.storyId === id;
  if (message.ruleId === "principle-thin" && message.principleId !== undefined) {
    return principles.some((row) => row.id === message.principleId && row.storyIds.includes(id));
  }
  return false;
}

/**
 * A bank message placed in the story: on the front matter's `principles:` line (where a tag is added
 * or taken off) for the coverage rules, else on the `title:` line, else on the first line.
 */
function bankMessageAt(message: BankMessage, markdown: string): LintMessage {
  const lines = markdown.split("\n");
  // Lines 2 … n-1 of the front matter, where the keys are; none when there is no front matter.
  const frontMatterLines = (FRONT_MATTER.exec(markdown)?.[0].split("\n").length ?? 2) - 2;
  const find = (key: string) => {
    const pattern = new RegExp(`^${key}\\s*:`);
    for (let index = 1; index <= frontMatterLines; index++) if (pattern.test(lines[index])) return index;
    return -1;
  };
  let line = message.ruleId === "figure-inconsistent" ? find("title") : find("principles");
  if (line === -1) line = find("title");
  if (line === -1) line = 0;
  const offset = lines.slice(0, line).reduce((sum, text) => sum + text.length + 1, 0);
  const text = lines[line]?.replace(/\r$/, "") ?? "";
  return {
    ruleId: message.ruleId,
    severity: message.severity,
    section: null,
    reason: message.reason,
    line: line + 1,
    column: 1,
    endLine: line + 1,
    endColumn: text.length + 1,
    offset,
    endOffset: offset + text.length,
    ...(message.note !== undefined ? { note: message.note } : {}),
    url: message.url,
  };
}

/**
 * The workspace's `.story-lint.json`, validated as the CLI validates `--config`. A missing file means
 * the defaults; a broken one is said on the story's first line (and the defaults used), since a
 * config mistake that silently lints with other rules is worse than a visible one.
 */
async function workspaceConfig(root: string, file: VFile): Promise<LintConfig | undefined> {
  let text: string;
  try {
    text = await readFile(path.join(root, CONFIG_FILE), "utf8");
  } catch {
    return undefined;
  }
  let problem: string;
  try {
    const checked = checkLintConfig(JSON.parse(text));
    if (checked.ok) return checked.config;
    problem = checked.problem;
  } catch (error) {
    problem = (error as Error).message; // not JSON
  }
  const firstLine = String(file).split(/\r?\n/, 1)[0];
  const message = file.message(`${CONFIG_FILE} is invalid, so the default rules apply: ${problem}`, {
    // The whole first line, so an editor underlines it and shows the hover anywhere on it.
    place: { start: { line: 1, column: 1, offset: 0 }, end: { line: 1, column: firstLine.length + 1, offset: firstLine.length } },
    source: "story-lint",
  });
  message.fatal = true;
  return undefined;
}

interface CachedStory {
  mtimeMs: number;
  size: number;
  story: BankStory | null;
}

// Story files read from disk, by absolute path, kept while their mtime and size stay the same: the
// server lints on every keystroke, and the other stories rarely change meanwhile.
const cache = new Map<string, CachedStory>();

/**
 * Every story in the workspace as the bank rules see it, by path relative to the root, in path order;
 * the story being edited is read from the editor's text, not from disk. A file counts as a story when
 * its front matter gives a title or principles, so a README or notes file is not in the bank.
 */
async function workspaceStories(root: string, current: string, currentMarkdown: string): Promise<BankStory[]> {
  let files: string[];
  try {
    files = await markdownFilesUnder(root);
  } catch {
    files = [];
  }
  const currentId = path.relative(root, current);
  if (!files.includes(currentId)) files.push(currentId);
  const stories: BankStory[] = [];
  for (const relative of files) {
    const absolute = path.join(root, relative);
    if (absolute === current) {
      const story = storyFrom(relative, currentMarkdown);
      if (story) stories.push(story);
      continue;
    }
    try {
      const stats = await stat(absolute);
      let entry = cache.get(absolute);
      if (!entry || entry.mtimeMs !== stats.mtimeMs || entry.size !== stats.size) {
        entry = { mtimeMs: stats.mtimeMs, size: stats.size, story: storyFrom(relative, await readFile(absolute, "utf8")) };
        cache.set(absolute, entry);
      }
      if (entry.story) stories.push(entry.story);
    } catch {
      // Deleted or unreadable since the walk: not in the bank this time.
    }
  }
  return stories;
}

function storyFrom(id: string, markdown: string): BankStory | null {
  const yaml = FRONT_MATTER.exec(markdown)?.[1] ?? null;
  const data = parseFrontMatter(yaml);
  if (!data || (data.title === undefined && data.principles === undefined)) return null;
  const title = typeof data.title === "string" && data.title.trim() !== "" ? data.title.trim() : path.basename(id, path.extname(id));
  return { id, title, principles: principlesFromFrontMatter(yaml), body: markdown };
}
