/**
 * Generated stories for fuzzing the linter, and the properties every lint result must have. Shared by
 * `npm run fuzz` (scripts/fuzz.ts: thousands of documents, plus the CLI) and
 * tests/reliability/lint-fuzz.test.ts (a bounded share in every unit-test run).
 *
 * The documents aim at what breaks parsers and offset arithmetic: any Unicode (lone surrogates, NUL,
 * right-to-left and bidi controls, emoji sequences, BOM), every line-ending style, deep nesting of lists
 * and quotes, huge lines, broken front matter (including YAML alias bombs), many STAR labels, HTML and
 * suppression comments, unclosed fences. Capped at the story body limit, as the app would store them.
 */
import fc from "fast-check";
import { BODY_MAX } from "../../lib/stories/limits";
import { lintStory } from "../../lib/lint";
import { SEVERITIES, type LintMessage } from "../../lib/lint/types";

/** Characters that have broken text handling somewhere: a few of each kind, generated often. */
const troublesomeCharacters = fc.constantFrom(
  "\u0000", "\uD800", "\uDBFF", "\uDC00", "\uDFFF", "\uFEFF", "\uFFFD", "\uFFFF", "\u00AD", "\u200B", "\u200D",
  "\u200E", "\u200F", "\u202A", "\u202B", "\u202D", "\u202E", "\u2066", "\u2067", "\u2069", "\u2028", "\u2029",
  "\u0085", "\t", "\v", "\f", "\r", "\r\n", "\n", "\\", "`", "*", "_", "[", "]", "<", ">", "&", "|", "#", "~",
  "שלום", "مرحبا", "עברית 123 English", "👩🏽‍💻", "👨‍👩‍👧‍👦", "🇩🇪", "❤️‍🔥", "1️⃣", "e\u0301", "z̷͔̈", "𝔘", "𠜎", "\u{10FFFF}",
);

/** Free text: arbitrary code points (surrogate halves included), graphemes, or the troublesome ones. */
export const unicodeText = fc.oneof(
  { weight: 3, arbitrary: fc.string({ unit: "binary", maxLength: 40 }) },
  { weight: 3, arbitrary: fc.string({ unit: "grapheme", maxLength: 40 }) },
  { weight: 4, arbitrary: fc.array(troublesomeCharacters, { maxLength: 12 }).map((parts) => parts.join("")) },
);

const storyWords = fc.constantFrom(
  "We rewrote the billing service.", "I owned the rollout.", "the team built it", "we", "I", "improved a lot",
  "cut latency by 40%", "p99 from 900 ms to 120 ms", "saved $2M a year", "customers", "I decided", "It was hard.",
  "very very very", "synergy", "basically", "I think", "we shipped", "“we did”", "Dive Deep", "Ownership",
);

/** Inline markdown: words, emphasis, code, links, images, HTML, comments (closed or not), autolinks. */
export const inlineText = fc
  .array(
    fc.oneof(
      { weight: 4, arbitrary: storyWords },
      { weight: 3, arbitrary: unicodeText },
      { weight: 1, arbitrary: unicodeText.map((text) => `**${text}**`) },
      { weight: 1, arbitrary: unicodeText.map((text) => `_${text}_`) },
      { weight: 1, arbitrary: unicodeText.map((text) => `\`${text}\``) },
      { weight: 1, arbitrary: fc.tuple(unicodeText, unicodeText).map(([text, url]) => `[${text}](${url})`) },
      { weight: 1, arbitrary: unicodeText.map((text) => `![${text}](x.png "${text}")`) },
      { weight: 1, arbitrary: unicodeText.map((text) => `<!-- ${text} -->`) },
      { weight: 1, arbitrary: fc.constantFrom("<!--", "-->", "<!-- -- -->", "<b>", "</b>", "<span title='x'>", "<https://x.example>", "&amp;", "&#0;", "&#xD800;", "&nbsp;") },
      {
        weight: 1,
        arbitrary: fc
          .tuple(fc.constantFrom("disable", "disable-next-line", "enable", "disable-line", "disabel"), fc.constantFrom("", " passive-voice", " we-not-i", " no-such-rule", " *", " passive-voice, we-not-i"), fc.constantFrom("", ": reason", ":"))
          .map(([kind, rules, reason]) => `<!-- story-lint-${kind}${rules}${reason} -->`),
      },
    ),
    { maxLength: 12 },
  )
  .chain((parts) => fc.constantFrom(" ", "", "  ", "\t").map((separator) => parts.join(separator)));

/** STAR labels in the forms people write them, right and nearly right. */
export const starLabel = fc.constantFrom(
  "Situation:", "Task:", "Action:", "Result:", "**Situation:**", "**Task**:", "__Action__ -", "*Result* –", "S:", "T -",
  "A:", "R:", "S.", "## Situation", "### Task", "# Action", "#### Result", "Situation", "Results:", "Actions taken:",
  "Problem:", "Challenge:", "Background:", "Outcome:", "Impact:", "Learnings:", "✅ Situation –", "1. Action:",
  "- Result:", "> Task:", "SITUATION:", "situation :", "Situation:Task:Action:Result:", "S/T:", "STAR:",
);

/** Nesting prefixes: lists, ordered lists, quotes, indentation, mixed, up to hundreds deep. */
export const nestingPrefix = fc
  .tuple(fc.constantFrom("> ", "- ", "* ", "1. ", "  ", "    ", ">", "+ ", "10) ", "- [ ] ", "> - ", "\t"), fc.nat({ max: 300 }))
  .chain(([unit, depth]) =>
    fc.oneof(
      fc.constant(unit.repeat(depth)),
      fc.array(fc.constantFrom("> ", "- ", "1. ", "  ", "* "), { maxLength: 60 }).map((units) => units.join("")),
    ),
  );

const frontMatter = fc.oneof(
  fc.constant("---\ntitle: Migrating billing\nprinciples: [ownership, dive-deep]\n---\n"),
  fc.constant("---\nprinciples: [dive-deep\n---\n"), // unclosed flow sequence
  fc.constant("---\ntitle: x\n"), // never closed
  fc.constant("---\n---\n"),
  fc.constant("---\n\t- tab: indent\n---\n"),
  fc.constant("---\nprinciples: 42\n---\n"),
  fc.constant("---\nprinciples: [not-a-principle, ownership, ownership]\n---\n"),
  fc.constant("---\na: &a [x, x, x, x, x, x, x, x, x]\nb: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a]\nc: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b]\nd: [*c, *c, *c, *c, *c, *c, *c, *c, *c]\n---\n"),
  fc.constant("---\nkey: !!binary AAAA\nother: !!js/function 'x'\n---\n"),
  fc.constant("+++\ntitle = 'toml'\n+++\n"),
  fc.constant("\uFEFF---\ntitle: bom\n---\n"),
  fc.constant("---\r\ntitle: crlf\r\n---\r\n"),
  fc.tuple(unicodeText, unicodeText).map(([key, value]) => `---\n${key}: ${value}\n---\n`),
  unicodeText.map((text) => `---\n${text}\n---\n`),
);

/** One block of a document. */
export const block = fc.oneof(
  { weight: 5, arbitrary: inlineText },
  { weight: 4, arbitrary: fc.tuple(starLabel, inlineText).map(([label, text]) => `${label} ${text}`) },
  { weight: 2, arbitrary: fc.tuple(nestingPrefix, fc.oneof(inlineText, starLabel)).map(([prefix, text]) => prefix + text) },
  { weight: 1, arbitrary: fc.tuple(fc.constantFrom("```", "~~~", "````"), unicodeText, fc.boolean()).map(([fence, text, closed]) => `${fence}js\n${text}\n${closed ? fence : ""}`) },
  { weight: 1, arbitrary: fc.tuple(inlineText, inlineText).map(([a, b]) => `| ${a} | ${b} |\n|---|:-:|\n| ${b} | ${a} |`) },
  { weight: 1, arbitrary: fc.constantFrom("---", "***", "===", "<div>", "</div>", "<!--", "-->", "<details><summary>x</summary>", "[x]: http://y", "    indented code", "\\") },
  { weight: 1, arbitrary: fc.tuple(inlineText, fc.integer({ min: 1, max: 6 })).map(([text, level]) => `${"#".repeat(level)} ${text}`) },
  { weight: 1, arbitrary: fc.tuple(inlineText, fc.constantFrom("===", "---")).map(([text, underline]) => `${text}\n${underline}`) },
  // Huge lines: one word repeated, or one long run of anything.
  { weight: 1, arbitrary: fc.tuple(fc.oneof(storyWords, unicodeText, fc.constantFrom("x", "*", "> ", "[", "`", "a_", "<!--")), fc.integer({ min: 100, max: 10_000 })).map(([unit, times]) => `${unit} `.repeat(times)) },
  // Many STAR labels in a row.
  { weight: 1, arbitrary: fc.array(starLabel, { minLength: 20, maxLength: 200 }).map((labels) => labels.join("\n")) },
);

const lineEnding = fc.constantFrom("\n", "\n\n", "\r\n", "\r\n\r\n", "\r", "\n\n\n");

/** A whole document: maybe front matter, then blocks with mixed line endings, cut at `maxLength` characters. */
export function markdownDocumentOf(maxLength: number): fc.Arbitrary<string> {
  return fc
    .tuple(
      fc.option(frontMatter, { nil: "" }),
      fc.array(fc.tuple(block, lineEnding), { maxLength: 40 }),
      fc.oneof({ weight: 9, arbitrary: fc.constant("") }, { weight: 1, arbitrary: fc.string({ unit: "binary", maxLength: 200 }) }),
    )
    .map(([front, blocks, tail]) => (front + blocks.map(([text, end]) => text + end).join("") + tail).slice(0, maxLength));
}

/** Documents up to the story body limit, as the app would store them. */
export const markdownDocument = markdownDocumentOf(BODY_MAX);

/** The longest a single document may take to lint, in milliseconds. */
export const LINT_BUDGET_MS = 1_000;

/** 1-based line and UTF-16 column of `offset`, with \r\n, \r and \n as line ends (as the linter counts). */
function lineAndColumn(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  const ends = /\r\n|\r|\n/g;
  for (let match = ends.exec(text); match && match.index < offset; match = ends.exec(text)) {
    if (match.index + match[0].length > offset) break; // inside a \r\n: still on this line
    line++;
    lineStart = match.index + match[0].length;
  }
  return { line, column: offset - lineStart + 1 };
}

/**
 * What must hold for every message of every document: a well-formed message, its range inside the
 * text, `actual` exactly the text in that range, and line/column naming the same place as the offsets.
 * Returns the problems found (empty when all is well), so callers decide how to report them.
 */
export function lintResultProblems(text: string, messages: readonly LintMessage[]): string[] {
  const problems: string[] = [];
  for (const message of messages) {
    const where = `${message.ruleId} [${message.offset}, ${message.endOffset})`;
    if (typeof message.ruleId !== "string" || message.ruleId === "") problems.push(`a message without a rule id`);
    if (!(SEVERITIES as readonly string[]).includes(message.severity)) problems.push(`${where}: severity ${message.severity}`);
    if (typeof message.reason !== "string" || message.reason.trim() === "") problems.push(`${where}: no reason`);
    if (typeof message.url !== "string" || message.url === "") problems.push(`${where}: no url`);
    if (!Number.isInteger(message.offset) || !Number.isInteger(message.endOffset)) {
      problems.push(`${where}: offsets are not integers`);
      continue;
    }
    if (message.offset < 0 || message.endOffset < message.offset || message.endOffset > text.length) {
      problems.push(`${where}: range outside the text of length ${text.length}`);
      continue;
    }
    if (message.actual !== undefined && message.actual !== text.slice(message.offset, message.endOffset)) {
      problems.push(`${where}: actual ${JSON.stringify(message.actual)} is not the text ${JSON.stringify(text.slice(message.offset, message.endOffset))}`);
    }
    const start = lineAndColumn(text, message.offset);
    const end = lineAndColumn(text, message.endOffset);
    if (start.line !== message.line || start.column !== message.column || end.line !== message.endLine || end.column !== message.endColumn) {
      problems.push(
        `${where}: position ${message.line}:${message.column}-${message.endLine}:${message.endColumn}, but the offsets are at ${start.line}:${start.column}-${end.line}:${end.column}`,
      );
    }
  }
  return problems;
}

export interface LintRun {
  messages: LintMessage[];
  /** Wall-clock time of the lint; for a document over budget, the fastest of three runs. */
  ms: number;
  /** What the lint threw, if it threw (it must not). */
  thrown?: unknown;
  /** Violations of the properties above; empty when all is well. */
  problems: string[];
}

/**
 * Lints one document and checks the properties. A run over LINT_BUDGET_MS is repeated twice and the
 * fastest kept, so a garbage collection or a busy neighbour on the machine is not taken for a slow input.
 */
export function lintAndCheck(text: string): LintRun {
  const timed = () => {
    const started = performance.now();
    const messages = lintStory(text);
    return { messages, ms: performance.now() - started };
  };
  let run: { messages: LintMessage[]; ms: number };
  try {
    run = timed();
    for (let retry = 0; retry < 2 && run.ms > LINT_BUDGET_MS; retry++) {
      const again = timed();
      if (again.ms < run.ms) run = again;
    }
  } catch (thrown) {
    return { messages: [], ms: 0, thrown, problems: [`lintStory threw: ${thrown instanceof Error ? thrown.stack : String(thrown)}`] };
  }
  const problems = lintResultProblems(text, run.messages);
  if (run.ms > LINT_BUDGET_MS) problems.push(`took ${Math.round(run.ms)} ms, over the ${LINT_BUDGET_MS} ms budget`);
  return { ...run, problems };
}
