import { existsSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { fileURLToPath } from "node:url";
import type * as Lsp from "vscode-languageserver/node";
import { TextDocument } from "vscode-languageserver-textdocument";
import { version as VERSION } from "../../../package.json";
import { BANK_RULES } from "../bank/registry";
import { FRONT_MATTER } from "../front-matter";

/**
 * `story-lint-language-server --stdio`: story-lint in any editor that speaks the Language Server
 * Protocol, built on unified-language-server (which lints open documents with our processor, turns
 * messages into diagnostics and `expected` into quick fixes) with what a story linter needs on top:
 *
 * - a hover on a flagged span with the rule, the reason, the interviewer's follow-up (note) and a link
 *   to the rule's page;
 * - an "Ignore … here, because …" quick fix that writes the suppression comment (SPEC §1) above the line;
 * - file watchers on the workspace's stories and `.story-lint.json`, so bank messages and settings
 *   follow changes made outside the editor;
 * - no formatting: unified-language-server would rewrite a story through remark-stringify, and a
 *   linter should never change someone's prose unasked.
 *
 * unified-language-server creates its connection itself and keeps it, so we wrap the connection it
 * creates (vscode-languageserver's createConnection, from the copy it imports) to add handlers without
 * replacing its own: a handler registered twice for one method replaces the first.
 */
export async function startLanguageServer(): Promise<void> {
  const fromServerLibrary = createRequire(import.meta.resolve("unified-language-server"));
  const lsp = fromServerLibrary("vscode-languageserver/node.js") as typeof Lsp;
  const createConnection = lsp.createConnection;
  let connection: Lsp.Connection | undefined;
  const documents = new Map<string, TextDocument>();
  const published = new Map<string, Lsp.Diagnostic[]>();
  let canWatchFiles = false;
  /** Workspace folder paths from initialize; documents outside them unified-language-server skips. */
  let folders: string[] = [];
  /** Open documents unified-language-server would not lint (untitled buffers, files outside every
   * workspace folder and every project): this server lints those itself. */
  const ownDocuments = new Set<string>();
  const lintOwn = async (document: TextDocument) => {
    const diagnostics = await lintOutside(document);
    if (connection && ownDocuments.has(document.uri)) connection.sendDiagnostics({ uri: document.uri, version: document.version, diagnostics });
  };

  (lsp as { createConnection: unknown }).createConnection = (...args: unknown[]) => {
    const created = (createConnection as (...a: unknown[]) => Lsp.Connection)(...args);
    connection = created;
    wrapHandler(created, "onInitialize", (handler) => async (params: Lsp.InitializeParams, ...rest: unknown[]) => {
      canWatchFiles = params.capabilities.workspace?.didChangeWatchedFiles?.dynamicRegistration === true;
      folders = (params.workspaceFolders ?? (params.rootUri ? [{ uri: params.rootUri, name: "root" }] : []))
        .filter((folder) => folder.uri.startsWith("file:"))
        .map((folder) => path.resolve(fileURLToPath(folder.uri))); // no trailing slash
      const result = (await (handler as (...a: unknown[]) => Promise<Lsp.InitializeResult>)(params, ...rest)) ?? { capabilities: {} };
      delete result.capabilities.documentFormattingProvider;
      // It advertises resolving code actions but answers no such request; every action it sends is whole.
      result.capabilities.codeActionProvider = { codeActionKinds: [lsp.CodeActionKind.QuickFix], resolveProvider: false };
      result.capabilities.hoverProvider = true;
      result.serverInfo = { name: "story-lint-language-server", version: VERSION };
      return result;
    });
    wrapHandler(created, "onInitialized", (handler) => async (...args: unknown[]) => {
      await (handler as (...a: unknown[]) => unknown)(...args);
      if (canWatchFiles) {
        await created.client.register(lsp.DidChangeWatchedFilesNotification.type, {
          watchers: [{ globPattern: "**/*.md" }, { globPattern: "**/.story-lint.json" }],
        });
      }
    });
    wrapHandler(created, "onCodeAction", (handler) => async (params: Lsp.CodeActionParams, ...rest: unknown[]) => {
      const document = documents.get(params.textDocument.uri);
      const theirs = ownDocuments.has(params.textDocument.uri)
        ? replacementActions(lsp, params, document)
        : (((await (handler as (...a: unknown[]) => unknown)(params, ...rest)) ?? []) as Lsp.CodeAction[]);
      return [...theirs.map((action) => refined(action, params)), ...ignoreActions(lsp, params, document)];
    });
    // A mirror of the open documents (unified-language-server's own is private), for the code actions.
    wrapHandler(created, "onDidOpenTextDocument", (handler) => (event: Lsp.DidOpenTextDocumentParams) => {
      const { uri, languageId, version, text } = event.textDocument;
      const document = TextDocument.create(uri, languageId, version, text);
      documents.set(uri, document);
      // unified-language-server throws on a URI that is not a file (an untitled buffer) and silently
      // skips a file outside every workspace and project: those this server lints itself.
      if (!linterSkips(uri, folders)) return (handler as (e: unknown) => unknown)(event);
      ownDocuments.add(uri);
      return lintOwn(document);
    });
    wrapHandler(created, "onDidChangeTextDocument", (handler) => (event: Lsp.DidChangeTextDocumentParams) => {
      const document = documents.get(event.textDocument.uri);
      if (document) documents.set(document.uri, TextDocument.update(document, event.contentChanges, event.textDocument.version));
      if (ownDocuments.has(event.textDocument.uri)) return document ? lintOwn(documents.get(document.uri)!) : undefined;
      return (handler as (e: unknown) => unknown)(event);
    });
    wrapHandler(created, "onDidCloseTextDocument", (handler) => (event: Lsp.DidCloseTextDocumentParams) => {
      documents.delete(event.textDocument.uri);
      published.delete(event.textDocument.uri);
      if (ownDocuments.delete(event.textDocument.uri)) {
        connection?.sendDiagnostics({ uri: event.textDocument.uri, diagnostics: [] });
        return undefined;
      }
      return (handler as (e: unknown) => unknown)(event);
    });
    const sendDiagnostics = created.sendDiagnostics.bind(created);
    created.sendDiagnostics = (params) => {
      published.set(params.uri, params.diagnostics);
      return sendDiagnostics(params);
    };
    return created;
  };

  // Imported only now, so that its import of vscode-languageserver sees the wrapped createConnection.
  const { createUnifiedLanguageServer } = await import("unified-language-server");
  createUnifiedLanguageServer({
    configurationSection: "storyLint",
    // A file URL is loaded as it is, so the workspace's own remark (if any) never stands in for ours.
    processorName: new URL("./lsp-processor.mjs", import.meta.url).href,
    processorSpecifier: "storyLintProcessor",
  });
  if (!connection) throw new Error("unified-language-server did not create its connection through vscode-languageserver");
  connection.onHover((params) => hoverAt(lsp, published.get(params.textDocument.uri) ?? [], params.position));
}

type HandlerName = "onInitialize" | "onInitialized" | "onCodeAction" | "onDidOpenTextDocument" | "onDidChangeTextDocument" | "onDidCloseTextDocument";

/** Makes `connection[name](handler)` register `wrap(handler)` instead. */
function wrapHandler(connection: Lsp.Connection, name: HandlerName, wrap: (handler: unknown) => unknown): void {
  const register = (connection[name] as (handler: unknown) => unknown).bind(connection);
  (connection as unknown as Record<HandlerName, unknown>)[name] = (handler: unknown) => register(wrap(handler));
}

/** Longest quick-fix title quoted whole; editors show titles on one line of a menu. */
const TITLE_MAX = 72;

/**
 * unified-language-server's "Replace `actual` with `expected`" fix, told which diagnostic it fixes
 * (so an editor can offer it from that diagnostic's lightbulb) and with a title a menu can show: the
 * headings fix of star-unlabelled replaces the whole story, so it is named for what it does.
 */
function refined(action: Lsp.CodeAction, params: Lsp.CodeActionParams): Lsp.CodeAction {
  const edit = action.edit?.changes?.[params.textDocument.uri]?.[0];
  const same = (a: Lsp.Range, b: Lsp.Range) =>
    a.start.line === b.start.line && a.start.character === b.start.character && a.end.line === b.end.line && a.end.character === b.end.character;
  const diagnostic = edit ? params.context.diagnostics.find((d) => d.source === "story-lint" && same(d.range, edit.range)) : undefined;
  if (!diagnostic) return action;
  let title = action.title;
  if (diagnostic.code === "star-unlabelled") title = "Add STAR headings";
  else if (title.length > TITLE_MAX && edit) title = `Replace with \`${shorten(edit.newText)}\``;
  return { ...action, title, diagnostics: [diagnostic] };
}

function shorten(text: string): string {
  const line = text.replace(/\s+/g, " ").trim();
  return line.length <= 40 ? line : `${line.slice(0, 39)}…`;
}

/** Rules a suppression comment cannot waive: bank rules (about the whole bank) and reports about comments. */
const NOT_SUPPRESSIBLE: ReadonlySet<string> = new Set(["suppression-unknown-rule", ...BANK_RULES.map((rule) => rule.id)]);

/**
 * "Ignore <rule> here, because …": inserts `<!-- story-lint disable-next-line <rule>: because … -->`
 * above the line the message starts on, indented as that line is, for the candidate to finish the
 * reason (which the editor and the app show beside the waived message). Not offered inside the front
 * matter, where a comment would break the YAML.
 */
function ignoreActions(lsp: typeof Lsp, params: Lsp.CodeActionParams, document: TextDocument | undefined): Lsp.CodeAction[] {
  if (!document) return [];
  const text = document.getText();
  const frontMatter = FRONT_MATTER.exec(text);
  const bodyStartLine = frontMatter ? document.positionAt(frontMatter[0].length).line : 0;
  const actions: Lsp.CodeAction[] = [];
  const seen = new Set<string>();
  for (const diagnostic of params.context.diagnostics) {
    const ruleId = typeof diagnostic.code === "string" ? diagnostic.code : undefined;
    if (diagnostic.source !== "story-lint" || !ruleId || NOT_SUPPRESSIBLE.has(ruleId)) continue;
    const line = diagnostic.range.start.line;
    if (line < bodyStartLine || seen.has(`${ruleId}:${line}`)) continue;
    seen.add(`${ruleId}:${line}`);
    const lineText = document.getText({ start: { line, character: 0 }, end: { line: line + 1, character: 0 } });
    const indent = /^[ \t]*/.exec(lineText)?.[0] ?? "";
    const eol = text.includes("\r\n") ? "\r\n" : "\n";
    // A comment already waiving other rules for this line gets this rule's id too: a second comment
    // above the line would be the first one's "next line", and waive nothing.
    const above = line > 0 ? document.getText({ start: { line: line - 1, character: 0 }, end: { line, character: 0 } }) : "";
    const existing = /^([ \t]*<!--\s*story-lint\s+disable-next-line\s+)([^:>]*?)(\s*(?::[\s\S]*?)?-->)/.exec(above);
    const edit =
      existing && existing[2].trim() !== ""
        ? lsp.TextEdit.insert({ line: line - 1, character: existing[1].length + existing[2].length }, `, ${ruleId}`)
        : lsp.TextEdit.insert({ line, character: 0 }, `${indent}<!-- story-lint disable-next-line ${ruleId}: because … -->${eol}`);
    if (existing && existing[2].split(/[\s,]+/).includes(ruleId)) continue;
    const action = lsp.CodeAction.create(
      `Ignore ${ruleId} here, because …`,
      { changes: { [params.textDocument.uri]: [edit] } },
      lsp.CodeActionKind.QuickFix,
    );
    action.diagnostics = [diagnostic];
    actions.push(action);
  }
  return actions;
}

/** The hover on a flagged span: each message there with its rule, reason, note and rule page. */
function hoverAt(lsp: typeof Lsp, diagnostics: readonly Lsp.Diagnostic[], position: Lsp.Position): Lsp.Hover | null {
  const atOrBefore = (a: Lsp.Position, b: Lsp.Position) => a.line < b.line || (a.line === b.line && a.character <= b.character);
  const empty = (r: Lsp.Range) => r.start.line === r.end.line && r.start.character === r.end.character;
  // Ranges end before their end position; an empty range answers at its one point.
  const inside = (r: Lsp.Range) =>
    empty(r) ? atOrBefore(r.start, position) && atOrBefore(position, r.start) : atOrBefore(r.start, position) && !atOrBefore(r.end, position);
  const here = diagnostics.filter((d) => d.source === "story-lint" && inside(d.range));
  if (here.length === 0) return null;
  // The narrowest span first (the word under the cursor before a message about the whole story).
  const size = (d: Lsp.Diagnostic) => (d.range.end.line - d.range.start.line) * 1e6 + d.range.end.character - d.range.start.character;
  here.sort((a, b) => size(a) - size(b));
  const value = here
    .map((d) => {
      // unified-language-server puts the note on the lines after the reason.
      const [reason, ...note] = d.message.split("\n");
      const link = d.codeDescription ? `\n\n[About ${d.code}](${d.codeDescription.href})` : "";
      return `**${reason}** \`${d.code ?? "story-lint"}\`${note.length > 0 ? `\n\n${note.join("\n")}` : ""}${link}`;
    })
    .join("\n\n---\n\n");
  return { contents: { kind: lsp.MarkupKind.Markdown, value }, range: here[0].range };
}

/**
 * True when unified-language-server would not lint this document: not a file (an untitled buffer,
 * which it throws on), outside every workspace folder, or, with no folders, in no project (it looks up
 * for a package.json or .git and gives up silently).
 */
function linterSkips(uri: string, folders: readonly string[]): boolean {
  if (!uri.startsWith("file:")) return true;
  const file = fileURLToPath(uri);
  if (folders.length > 0) return !folders.some((folder) => file.startsWith(folder + path.sep));
  for (let directory = path.dirname(file); ; directory = path.dirname(directory)) {
    for (const marker of ["package.json", ".git"]) {
      if (existsSync(path.join(directory, marker))) return false;
    }
    if (path.dirname(directory) === directory) return true;
  }
}

/**
 * Diagnostics for a document this server lints itself, as unified-language-server would make them:
 * the story rules (under a .story-lint.json in the file's folder, if any), no bank rules.
 */
async function lintOutside(document: TextDocument): Promise<Lsp.Diagnostic[]> {
  const { storyLintProcessor } = await import("./workspace-lint");
  const { VFile } = await import("vfile");
  const isFile = document.uri.startsWith("file:");
  const absolute = isFile ? fileURLToPath(document.uri) : undefined;
  // No path: the story rules only. A file outside every workspace has no bank to speak of, and its
  // folder may be a home directory too big to read on every keystroke.
  const file = new VFile({ value: document.getText(), ...(absolute ? { cwd: path.dirname(absolute) } : {}) });
  const processor = storyLintProcessor();
  try {
    await processor.run(processor.parse(file), file);
  } catch (error) {
    file.message(`story-lint could not lint this document: ${(error as Error).message}`, { place: { line: 1, column: 1 } }).fatal = true;
  }
  return file.messages.map((message) => {
    const place = message.place && "start" in message.place ? message.place : undefined;
    const start = { line: (place?.start.line ?? message.line ?? 1) - 1, character: (place?.start.column ?? message.column ?? 1) - 1 };
    const end = place ? { line: place.end.line - 1, character: place.end.column - 1 } : start;
    return {
      range: { start, end },
      message: message.note ? `${message.reason}\n${message.note}` : message.reason,
      severity: message.fatal === true ? 1 : message.fatal === false ? 2 : 3,
      ...(message.ruleId ? { code: message.ruleId } : {}),
      source: "story-lint",
      ...(message.url ? { codeDescription: { href: message.url } } : {}),
      ...(message.expected ? { data: { expected: message.expected } } : {}),
    } satisfies Lsp.Diagnostic;
  });
}

/** The `expected` replacements as quick fixes, for documents this server lints itself. */
function replacementActions(lsp: typeof Lsp, params: Lsp.CodeActionParams, document: TextDocument | undefined): Lsp.CodeAction[] {
  if (!document) return [];
  const actions: Lsp.CodeAction[] = [];
  for (const diagnostic of params.context.diagnostics) {
    const expected = (diagnostic.data as { expected?: unknown } | undefined)?.expected;
    if (!Array.isArray(expected)) continue;
    for (const replacement of expected) {
      if (typeof replacement !== "string") continue;
      const actual = document.getText(diagnostic.range);
      const action = lsp.CodeAction.create(
        replacement === "" ? `Remove \`${actual}\`` : `Replace \`${actual}\` with \`${replacement}\``,
        { changes: { [params.textDocument.uri]: [lsp.TextEdit.replace(diagnostic.range, replacement)] } },
        lsp.CodeActionKind.QuickFix,
      );
      if (expected.length === 1) action.isPreferred = true;
      actions.push(action);
    }
  }
  return actions;
}
