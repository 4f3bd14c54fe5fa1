import { Document, parse as parseYaml, Scalar, YAMLParseError } from "yaml";
import type { PrincipleId } from "@/lib/principles";
import { storyCreateSchema, type StoryCreateInput } from "@/lib/stories/schemas";

/**
 * The story file format of shared/SPEC.md §1: YAML front matter holding `title` and `principles`, then
 * the markdown body exactly as stored. Pure (no Next.js, no Prisma), so the export, the import and any
 * command-line tool share one reading of the format.
 */

/** What a story file carries: the fields a story is created from. */
export interface StoryFileContent {
  title: string;
  body: string;
  principles: readonly PrincipleId[];
}

/** A file that could not be read as a story; `message` is one or more sentences a person can act on. */
export interface StoryFileError {
  file: string;
  message: string;
}

export type StoryFileParseResult = { ok: true; input: StoryCreateInput } | { ok: false; error: StoryFileError };

/** Characters a plain YAML scalar would fold, trim or hide; a title holding any is written double-quoted and escaped. */
const NEEDS_ESCAPES = /[\p{Cc}\p{Zl}\p{Zp}\uFEFF]/u;

/** The `title: …` line. */
function titleLine(title: string): string {
  const node = new Scalar(title);
  if (NEEDS_ESCAPES.test(title)) node.type = Scalar.QUOTE_DOUBLE;
  // lineWidth 0 and no multi-line double quotes: never fold a title. The library quotes whatever a plain scalar would misread (a
  // leading "-" or "#", ": ", "null", "123", surrounding spaces…); if it still chose a block scalar
  // (it does for some titles, e.g. "---"), double quotes keep the title on its one line.
  const render = () => new Document({ title: node }).toString({ lineWidth: 0, minContentWidth: 0, doubleQuotedMinMultiLineLength: Number.MAX_SAFE_INTEGER }).replace(/\n$/, "");
  let line = render();
  if (line.includes("\n")) {
    node.type = Scalar.QUOTE_DOUBLE;
    line = render();
  }
  return line;
}

/**
 * A story as a file: front matter (title, then principles as a one-line list in the order tagged), then
 * the body byte for byte — its line endings, trailing whitespace and missing final newline included.
 * The closing `---` is the first line of its kind after the opening one and the title is always one
 * line, so a body that itself starts with `---` or holds front-matter-like text reads back unchanged.
 */
export function serializeStory(story: StoryFileContent): string {
  return `---\n${titleLine(story.title)}\nprinciples: [${story.principles.join(", ")}]\n---\n${story.body}`;
}

const OPENING_FENCE = /^---[ \t]*\r?\n/;
const FENCE_LINE = /^---[ \t]*\r?$/;

/** Splits off front matter: the YAML between a first line `---` and the next line `---`, or null when there is none. */
function splitFrontMatter(text: string): { yaml: string; body: string } | { unclosed: true } | null {
  const opening = OPENING_FENCE.exec(text);
  if (!opening) return null;
  let lineStart = opening[0].length;
  for (;;) {
    const newline = text.indexOf("\n", lineStart);
    const lineEnd = newline === -1 ? text.length : newline;
    if (FENCE_LINE.test(text.slice(lineStart, lineEnd))) {
      return { yaml: text.slice(opening[0].length, lineStart), body: newline === -1 ? "" : text.slice(newline + 1) };
    }
    if (newline === -1) return { unclosed: true };
    lineStart = newline + 1;
  }
}

const ATX_HEADING = /^ {0,3}#{1,6}[ \t]+(.*?)(?:[ \t]+#+)?[ \t]*$/;
const CODE_FENCE = /^ {0,3}(`{3,}|~{3,})/;
/** Section headings are not titles: "## Situation" names a STAR part, not the story. */
const STAR_HEADING = /^(?:situation|task|action|actions|result|results)\s*:?$/i;

/** The text of the body's first heading that is not a STAR section heading (outside code blocks), if any. */
function firstHeading(body: string): string | undefined {
  let fence: string | null = null;
  for (const line of body.split(/\r?\n/)) {
    const fenceMatch = CODE_FENCE.exec(line);
    if (fenceMatch) {
      const marker = fenceMatch[1];
      if (fence === null) fence = marker;
      else if (marker[0] === fence[0] && marker.length >= fence.length) fence = null;
      continue;
    }
    if (fence !== null) continue;
    const heading = ATX_HEADING.exec(line)?.[1]?.trim();
    if (heading && !STAR_HEADING.test(heading)) return heading;
  }
  return undefined;
}

/** The file's own name without folders or the .md extension, for a file that names its story nowhere else. */
function titleFromFileName(fileName: string): string {
  const base = fileName.split(/[\\/]/).pop() ?? "";
  return base.replace(/\.(?:md|markdown)$/i, "").trim() || "Untitled story";
}

function yamlErrorMessage(error: unknown): string {
  if (error instanceof YAMLParseError) {
    const reason = error.message.split(/ at line \d+/)[0];
    // Front matter starts on the file's second line, after the opening `---`.
    const where = error.linePos ? ` at line ${error.linePos[0].line + 1}, column ${error.linePos[0].col}` : "";
    const hint =
      error.code === "BLOCK_AS_IMPLICIT_KEY" ? ' A title that contains ": " must be in quotes: title: "…".' : "";
    return `Front matter is not valid YAML${where}: ${reason}.${hint}`;
  }
  return `Front matter is not valid YAML: ${error instanceof Error ? error.message : String(error)}.`;
}

const FRONT_MATTER_KEYS = new Set(["title", "principles"]);

/**
 * Reads a story file. Front matter gives the title and principles; a file without front matter (or
 * without a title in it) takes its title from its first heading, else from its file name, and keeps
 * its whole text as the body. Everything is checked with the same schema as the API, so a file is
 * accepted exactly when the same story could be created by hand. Nothing is dropped or repaired: a
 * field this format does not know is an error, not silently lost text.
 */
export function parseStoryFile(text: string, fileName: string): StoryFileParseResult {
  const fail = (message: string): StoryFileParseResult => ({ ok: false, error: { file: fileName, message } });
  // A byte order mark is an encoding marker, not text the user wrote.
  const source = text.startsWith("\uFEFF") ? text.slice(1) : text;

  const split = splitFrontMatter(source);
  if (split && "unclosed" in split) {
    return fail('Front matter opens with "---" on line 1 but is never closed; end it with a line "---".');
  }

  let body = source;
  let title: unknown;
  let principles: unknown = [];
  if (split) {
    body = split.body;
    let data: unknown;
    try {
      // The failsafe schema reads every scalar as a string, so a title like 2024 or "yes" stays as written.
      data = parseYaml(split.yaml, { schema: "failsafe" });
    } catch (error) {
      return fail(yamlErrorMessage(error));
    }
    if (data !== null && data !== undefined && data !== "") {
      if (typeof data !== "object" || Array.isArray(data)) {
        return fail("Front matter must be fields such as `title: …` and `principles: [ … ]`.");
      }
      const unknown = Object.keys(data).filter((key) => !FRONT_MATTER_KEYS.has(key));
      if (unknown.length > 0) {
        return fail(
          `Unknown front matter field${unknown.length === 1 ? "" : "s"}: ${unknown.join(", ")}. ` +
            "A story file has only title and principles; move anything else into the story text.",
        );
      }
      const fields = data as Record<string, unknown>;
      title = fields.title;
      if (fields.principles !== undefined && fields.principles !== "") {
        // "principles: dive-deep, ownership" is read as the list it was meant to be.
        principles =
          typeof fields.principles === "string"
            ? fields.principles.split(",").map((id) => id.trim()).filter(Boolean)
            : fields.principles;
      }
    }
  }
  if (title === undefined || title === null || title === "") title = firstHeading(body) ?? titleFromFileName(fileName);

  const parsed = storyCreateSchema.safeParse({ title, body, principles });
  if (!parsed.success) {
    const messages = [...new Set(parsed.error.issues.map((issue) => issue.message))];
    return fail(messages.map((message) => (/[.!?]$/.test(message) ? message : `${message}.`)).join(" "));
  }
  return { ok: true, input: parsed.data };
}
