import { createRequire } from "node:module";
import type * as Lsp from "vscode-languageserver/node";
import { TextDocument } from "vscode-languageserver-textdocument";
import { version as VERSION } from "../../../package.json";
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

  (lsp as { createConnection: unknown }).createConnection = (...args: unknown[]) => {
    const created = (createConnection as (...a: unknown[]) => Lsp.Connection)(...args);
    connection = created;
    wrapHandler(created, "onInitialize", (handler) => async (params: Lsp.InitializeParams, ...rest: unknown[]) => {
      canWatchFiles = params.capabilities.workspace?.didChangeWatchedFiles?.dynamicRegistration === true;
      const result = (await (handler as (...a: unknown[]) => Promise<Lsp.InitializeResult>)(params, ...rest)) ?? { capabilities: {} };
      delete result.capabilities.documentFormattingProvider;
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
      const theirs = ((await (handler as (...a: unknown[]) => unknown)(params, ...rest)) ?? []) as Lsp.CodeAction[];
      return [...theirs.map((action) => refined(action, params)), ...ignoreActions(lsp, params, documents.get(params.textDocument.uri))];
    });
    // A mirror of the open documents (unified-language-server's own is private), for the code actions.
    wrapHandler(created, "onDidOpenTextDocument", (handler) => (event: Lsp.DidOpenTextDocumentParams) => {
      const { uri, languageId, version, text } = event.textDocument;
      documents.set(uri, TextDocument.create(uri, languageId, version, text));
      return (handler as (e: unknown) => unknown)(event);
    });
    wrapHandler(created, "onDidChangeTextDocument", (handler) => (event: Lsp.DidChangeTextDocumentParams) => {
      const document = documents.get(event.textDocument.uri);
      if (document) documents.set(document.uri, TextDocument.update(document, event.contentChanges, event.textDocument.version));
      return (handler as (e: unknown) => unknown)(event);
    });
    wrapHandler(created, "onDidCloseTextDocument", (handler) => (event: Lsp.DidCloseTextDocumentParams) => {
      documents.delete(event.textDocument.uri);
      published.delete(event.textDocument.uri);
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
const NOT_SUPPRESSIBLE = new Set(["suppression-unknown-rule", "bank-too-small", "principle-uncovered", "principle-thin", "story-overstretched", "figure-inconsistent"]);

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
    const comment = `${indent}<!-- story-lint disable-next-line ${ruleId}: because … -->${eol}`;
    const action = lsp.CodeAction.create(
      `Ignore ${ruleId} here, because …`,
      { changes: { [params.textDocument.uri]: [lsp.TextEdit.insert({ line, character: 0 }, comment)] } },
      lsp.CodeActionKind.QuickFix,
    );
    action.diagnostics = [diagnostic];
    actions.push(action);
  }
  return actions;
}

/** The hover on a flagged span: each message there with its rule, reason, note and rule page. */
function hoverAt(lsp: typeof Lsp, diagnostics: readonly Lsp.Diagnostic[], position: Lsp.Position): Lsp.Hover | null {
  const before = (a: Lsp.Position, b: Lsp.Position) => a.line < b.line || (a.line === b.line && a.character <= b.character);
  const here = diagnostics.filter((d) => d.source === "story-lint" && before(d.range.start, position) && before(position, d.range.end));
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
