import { existsSync } from "node:fs";
import { readFile, stat } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { Worker } from "node:worker_threads";
import { version } from "../../package.json";
import type { LintWorkerInput } from "./lint-worker";
import { FolderReadError, markdownFilesUnder } from "./story-folder";
import type { LintConfig, LintMessage, Severity } from "./types";

/**
 * `story-lint`, the command-line linter (shared/SPEC.md §3):
 *
 *     story-lint [--format text|json|github] [--config FILE] [--max-warnings N] FILE_OR_DIR...
 *
 * Exit status 0 when no message has severity "error", 1 when one does (or when there are more warnings
 * than --max-warnings allows), 2 on bad usage or unreadable input (with the reason on stderr and
 * nothing on stdout, so `--format json` output is always either complete JSON or absent).
 * bin/story-lint.mjs is the launcher; runCli is exported for tests.
 *
 * The linter itself is imported only once there is something to lint, so `--version` and `--help`
 * answer at the speed of a bare Node start.
 */

/** Where the CLI writes and which directory relative paths start from. process streams fit. */
export interface CliIo {
  stdout: { write(chunk: string): unknown };
  stderr: { write(chunk: string): unknown };
  cwd: string;
}

/** One linted file, as the JSON format prints it. `file` is the path as given, or joined under a given directory. */
export interface FileResult {
  file: string;
  messages: LintMessage[];
}

const FORMATS = ["text", "json", "github"] as const;
type Format = (typeof FORMATS)[number];

const USAGE =
  "Usage: story-lint [--format text|json|github] [--config FILE] [--max-warnings N] [--concurrency N|auto|off] FILE_OR_DIR...";

const HELP = `${USAGE}

Lints STAR interview stories: markdown files with YAML front matter (title, principles) and a
Situation, Task, Action and Result. Directories are searched recursively for .md files, in sorted
order, skipping node_modules and directories whose name starts with a dot.

Options:
  --format FORMAT     text (default): one "path:line:column: severity reason  rule-id" line per
                      message, grouped by file, then a summary; json: [{ "file", "messages" }];
                      github: GitHub Actions workflow annotations (::error, ::warning, ::notice)
  --config FILE       a JSON config such as .story-lint.json: { "rules": { "<rule-id>": "error" |
                      "warning" | "info" | "off" }, "speakingRate": 150, ... }
  --max-warnings N    exit 1 when there are more than N warnings, even without errors
  --concurrency N     lint on N threads: a number, "auto" (default: one per core once there are
                      enough files to pay for starting them) or "off"; the output is the same
  -h, --help          show this help
  -v, --version       show the version

Exit status: 0 when no message is an error, 1 when one is (or warnings pass --max-warnings),
2 on bad usage or unreadable input.
`;

/** Bad usage or unreadable input: reported on stderr as one line, exit status 2. */
class UsageError extends Error {}

interface ParsedArgs {
  format: Format;
  configPath?: string;
  maxWarnings?: number;
  /** Threads to lint on; "auto" picks by file count and cores. */
  concurrency: number | "auto";
  operands: string[];
  help: boolean;
  version: boolean;
}

/**
 * Runs story-lint with `argv` (the arguments after the program name) and resolves to the exit status.
 * Never rejects for a user's mistake (those are exit status 2 with a message); an exception from a bug
 * in the linter itself does propagate, so the launcher can report it as one.
 */
export async function runCli(argv: readonly string[], io: CliIo): Promise<number> {
  try {
    // --help and --version answer even next to a mistake, as people reach for them after one.
    const options = argv.slice(0, argv.includes("--") ? argv.indexOf("--") : argv.length);
    const wantsHelp = options.some((arg) => arg === "--help" || arg === "-h");
    const wantsVersion = options.some((arg) => arg === "--version" || arg === "-v");
    const args = wantsHelp || wantsVersion ? { ...EMPTY_ARGS, help: wantsHelp, version: wantsVersion } : parseArgs(argv);
    if (args.help) {
      io.stdout.write(HELP);
      return 0;
    }
    if (args.version) {
      io.stdout.write(`${version}\n`);
      return 0;
    }
    if (args.operands.length === 0) throw new UsageError("no files given");

    const config = args.configPath === undefined ? undefined : await loadConfig(args.configPath, io.cwd);
    const files = await collectFiles(args.operands, io.cwd);
    if (files.length === 0) throw new UsageError(`no .md files found in ${args.operands.join(", ")}`);

    // Read everything before printing anything: an unreadable file is exit 2 with no partial report.
    const sources = await Promise.all(files.map(async (file) => ({ ...file, markdown: await readSource(file) })));
    const lints = await lintAll(
      sources.map((source) => source.markdown),
      config,
      args.concurrency,
    );
    const results: FileResult[] = sources.map(({ display }, index) => ({ file: display, messages: lints[index] }));

    io.stdout.write(
      args.format === "json"
        ? `${JSON.stringify(results, null, 2)}\n`
        : args.format === "github"
          ? formatGithub(results)
          : formatText(results),
    );
    const { error: errors, warning: warnings } = countSeverities(results);
    if (args.maxWarnings !== undefined && warnings > args.maxWarnings) {
      io.stderr.write(`story-lint: ${plural(warnings, "warning")}, more than --max-warnings ${args.maxWarnings} allows\n`);
      return 1;
    }
    return errors > 0 ? 1 : 0;
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    io.stderr.write(`story-lint: ${error.message}\n${USAGE}\nRun "story-lint --help" for more.\n`);
    return 2;
  }
}

const EMPTY_ARGS: ParsedArgs = { format: "text", operands: [], help: false, version: false, concurrency: "auto" };

function parseArgs(argv: readonly string[]): ParsedArgs {
  const args: ParsedArgs = { format: "text", operands: [], help: false, version: false, concurrency: "auto" };
  for (let index = 0; index < argv.length; index++) {
    const arg = argv[index];
    if (arg === "--") {
      args.operands.push(...argv.slice(index + 1));
      break;
    }
    if (!arg.startsWith("-") || arg === "-") {
      args.operands.push(arg);
      continue;
    }
    const [name, inlineValue] = arg.startsWith("--") && arg.includes("=") ? splitOnce(arg, "=") : [arg, undefined];
    const value = (): string => {
      if (inlineValue !== undefined) return inlineValue;
      const next = argv[index + 1];
      if (next === undefined || (next.startsWith("-") && next !== "-")) throw new UsageError(`${name} needs a value`);
      index++;
      return next;
    };
    switch (name) {
      case "-h":
      case "--help":
        args.help = true;
        break;
      case "-v":
      case "--version":
        args.version = true;
        break;
      case "--format": {
        const format = value();
        if (!(FORMATS as readonly string[]).includes(format)) {
          throw new UsageError(`unknown format "${format}"; expected text, json or github`);
        }
        args.format = format as Format;
        break;
      }
      case "--config":
        args.configPath = value();
        break;
      case "--concurrency": {
        const jobs = value();
        if (jobs === "auto" || jobs === "off") args.concurrency = jobs === "off" ? 1 : "auto";
        else if (/^\d+$/.test(jobs) && Number(jobs) >= 1 && Number(jobs) <= 256) args.concurrency = Number(jobs);
        else throw new UsageError(`--concurrency needs a number of threads from 1 to 256, "auto" or "off", not "${jobs}"`);
        break;
      }
      case "--max-warnings": {
        const limit = value();
        if (!/^\d+$/.test(limit) || !Number.isSafeInteger(Number(limit))) {
          throw new UsageError(`--max-warnings needs a whole number of warnings, not "${limit}"`);
        }
        args.maxWarnings = Number(limit);
        break;
      }
      default:
        throw new UsageError(`unknown option ${name}`);
    }
  }
  return args;
}

/** Below this many files a second thread costs more to start (it loads the linter too) than it saves. */
const FILES_PER_EXTRA_THREAD = 96;

// Only the built CLI has a worker to start (dist/lint-worker.mjs beside dist/cli.mjs); run from the
// TypeScript sources, as the tests do through runCli, every lint stays on this thread.
const WORKER_URL = new URL("./lint-worker.mjs", import.meta.url);

/**
 * Lints every story, each result at its story's index. With more than one thread, stories are dealt
 * out round-robin (neighbours in a folder are often drafts of similar length) to worker threads, and
 * this thread lints a share too; lintStory is pure, so the messages are the same whichever thread ran.
 */
async function lintAll(stories: readonly string[], config: LintConfig | undefined, concurrency: number | "auto"): Promise<LintMessage[][]> {
  const threads =
    concurrency === "auto"
      ? Math.min(os.availableParallelism(), 1 + Math.floor(stories.length / FILES_PER_EXTRA_THREAD))
      : Math.min(concurrency, stories.length);
  const lintHere = async (share: readonly string[]) => {
    const { lintStory } = await import("./index");
    return share.map((markdown) => lintStory(markdown, config === undefined ? undefined : { config }));
  };
  if (threads <= 1 || !existsSync(fileURLToPath(WORKER_URL))) return lintHere(stories);

  const shares = Array.from({ length: threads }, (_, thread) => stories.filter((_, index) => index % threads === thread));
  const fromWorkers = shares.slice(1).map(
    (share) =>
      new Promise<LintMessage[][]>((resolve, reject) => {
        const workerData: LintWorkerInput = { stories: share, config };
        const worker = new Worker(WORKER_URL, { workerData });
        worker.once("message", resolve);
        worker.once("error", reject);
        worker.once("exit", (code) => reject(new Error(`a lint worker stopped with exit code ${code} before it answered`)));
      }),
  );
  const done = await Promise.all([lintHere(shares[0]), ...fromWorkers]);
  return stories.map((_, index) => done[index % threads][Math.floor(index / threads)]);
}

function splitOnce(text: string, separator: string): [string, string] {
  const at = text.indexOf(separator);
  return [text.slice(0, at), text.slice(at + separator.length)];
}

/** Reads, parses and validates a config file; every problem is a UsageError naming the file. */
async function loadConfig(configPath: string, cwd: string): Promise<LintConfig> {
  const { checkLintConfig } = await import("./config");
  let text: string;
  try {
    text = await readFile(path.resolve(cwd, configPath), "utf8");
  } catch (error) {
    throw new UsageError(`cannot read config ${configPath}: ${describeFsError(error)}`);
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    throw new UsageError(`config ${configPath} is not valid JSON: ${(error as Error).message}`);
  }
  const checked = checkLintConfig(json);
  if (!checked.ok) throw new UsageError(`config ${configPath} is invalid: ${checked.problem}`);
  return checked.config;
}

interface SourceFile {
  /** The path to print: as given, or joined under the directory given. */
  display: string;
  absolute: string;
}

/** Expands operands into files: files as given, directories walked. Deduplicated, first mention wins. */
async function collectFiles(operands: readonly string[], cwd: string): Promise<SourceFile[]> {
  const files: SourceFile[] = [];
  const seen = new Set<string>();
  const add = (file: SourceFile) => {
    if (seen.has(file.absolute)) return;
    seen.add(file.absolute);
    files.push(file);
  };
  for (const operand of operands) {
    const absolute = path.resolve(cwd, operand);
    let stats;
    try {
      stats = await stat(absolute);
    } catch (error) {
      throw new UsageError(`cannot read ${operand}: ${describeFsError(error)}`);
    }
    if (stats.isDirectory()) {
      for (const relative of await walkMarkdown(absolute, operand)) {
        add({ display: path.join(operand, relative), absolute: path.join(absolute, relative) });
      }
    } else {
      add({ display: operand, absolute });
    }
  }
  return files;
}

/** The story folder's .md files (story-folder.ts), an unreadable directory in it a UsageError naming it. */
async function walkMarkdown(directory: string, operand: string): Promise<string[]> {
  try {
    return await markdownFilesUnder(directory);
  } catch (error) {
    if (!(error instanceof FolderReadError)) throw error;
    throw new UsageError(`cannot read ${path.join(operand, error.relative)}: ${describeFsError(error.cause)}`);
  }
}

async function readSource(file: SourceFile): Promise<string> {
  try {
    return await readFile(file.absolute, "utf8");
  } catch (error) {
    throw new UsageError(`cannot read ${file.display}: ${describeFsError(error)}`);
  }
}

function describeFsError(error: unknown): string {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  switch (code) {
    case "ENOENT":
      return "no such file or directory";
    case "EACCES":
    case "EPERM":
      return "permission denied";
    case "EISDIR":
      return "is a directory";
    default:
      return (error as Error | undefined)?.message ?? String(error);
  }
}

/**
 * The text report: each file's messages as `path:line:column: severity reason  rule-id` (the form
 * editors and terminals turn into links), a blank line between files, files without messages left
 * out, and a summary line counting every severity.
 */
export function formatText(results: readonly FileResult[]): string {
  const groups = results
    .filter(({ messages }) => messages.length > 0)
    .map(({ file, messages }) => messages.map((m) => `${file}:${m.line}:${m.column}: ${m.severity} ${m.reason}  ${m.ruleId}\n`).join(""));
  const summary = summaryLine(results);
  return groups.length > 0 ? `${groups.join("\n")}\n${summary}` : summary;
}

function countSeverities(results: readonly FileResult[]): Record<Severity, number> {
  const counts: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
  for (const { messages } of results) for (const message of messages) counts[message.severity]++;
  return counts;
}

/** "1 error, 4 warnings, 1 info in 2 files": what every format ends with. */
function summaryLine(results: readonly FileResult[]): string {
  const counts = countSeverities(results);
  return `${plural(counts.error, "error")}, ${plural(counts.warning, "warning")}, ${counts.info} info in ${plural(results.length, "file")}\n`;
}

function plural(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? "" : "s"}`;
}

/**
 * GitHub Actions workflow commands, one per message (`::error file=…,line=…,endLine=…,col=…,
 * endColumn=…,title=rule-id::reason`), which the Actions runner turns into annotations on the pull
 * request's changed lines; info messages become notices. The summary follows as a plain log line.
 */
export function formatGithub(results: readonly FileResult[]): string {
  const command: Record<Severity, string> = { error: "error", warning: "warning", info: "notice" };
  let out = "";
  for (const { file, messages } of results) {
    for (const m of messages) {
      const properties = [
        `file=${escapeProperty(file)}`,
        `line=${m.line}`,
        `endLine=${m.endLine}`,
        `col=${m.column}`,
        `endColumn=${m.endColumn}`,
        `title=${escapeProperty(m.ruleId)}`,
      ];
      out += `::${command[m.severity]} ${properties.join(",")}::${escapeData(m.reason)}\n`;
    }
  }
  return `${out}${summaryLine(results)}`;
}

// The runner's own escaping (actions/toolkit's command.ts): data escapes %, CR and LF; property
// values escape : and , as well, since those separate properties.
function escapeData(text: string): string {
  return text.replace(/%/g, "%25").replace(/\r/g, "%0D").replace(/\n/g, "%0A");
}

function escapeProperty(text: string): string {
  return escapeData(text).replace(/:/g, "%3A").replace(/,/g, "%2C");
}
