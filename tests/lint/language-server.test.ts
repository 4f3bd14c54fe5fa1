import { spawn, type ChildProcess } from "node:child_process";
import { mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { TextDocument } from "vscode-languageserver-textdocument";
import {
  CodeActionRequest,
  ConfigurationRequest,
  createProtocolConnection,
  DidChangeTextDocumentNotification,
  DidChangeWatchedFilesNotification,
  DidOpenTextDocumentNotification,
  ExitNotification,
  FileChangeType,
  HoverRequest,
  InitializedNotification,
  InitializeRequest,
  PublishDiagnosticsNotification,
  RegistrationRequest,
  ShutdownRequest,
  StreamMessageReader,
  StreamMessageWriter,
  type CodeAction,
  type Diagnostic,
  type InitializeResult,
  type ProtocolConnection,
  type PublishDiagnosticsParams,
  type Registration,
} from "vscode-languageserver-protocol/node";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { lintStory, type LintConfig } from "../../lib/lint";

/**
 * story-lint-language-server over stdio, driven as an editor drives it: a real LSP client
 * (vscode-languageserver-protocol) spawns bin/story-lint-language-server.mjs --stdio in a workspace
 * folder of stories, opens one, and checks the diagnostics (exact ranges), the hover, and the quick
 * fixes, applying them as an editor would and reading the diagnostics that follow.
 */

const projectRoot = path.resolve(import.meta.dirname, "../..");
const CONFIG: LintConfig = { rules: { "we-instead-of-i": "error" } };

const DEPLOYS = `---
title: Fixed the flaky deploys
principles: [ownership]
---
**Situation:** Deploys failed about once a day and nobody owned the pipeline.

**Task:** I had to make deploys reliable again before the quarter ended.

**Action:** We rewrote the deploy scripts, and I added retries to the three flaky steps.

**Result:** Failed deploys dropped from five a week to one a month.
`;

const CHECKOUT = `---
title: Cut checkout p99 from 800 ms to 60 ms
principles: [dive-deep, deliver-results, bias-for-action, customer-obsession]
---
## Situation
Checkout p99 latency was 800 ms at the evening peak, and abandoned carts had climbed 9% in a month.

## Task
I owned the checkout API, and I had committed to getting p99 under 200 ms before the holiday code freeze.

## Action
I pulled a week of traces and found one inventory lookup making a database query per cart line. I rewrote it as a single batched query and shipped it behind a flag to 5% of traffic first.

## Result
p99 fell from 800 ms to 60 ms, three weeks ahead of the freeze, and abandoned carts dropped by 12%.
`;

let workspace: string;
let server: ChildProcess;
let client: ProtocolConnection;
let initialized: InitializeResult;
const registrations: Registration[] = [];
const diagnosticsWaiters: Array<{ uri: string; resolve: (params: PublishDiagnosticsParams) => void }> = [];
const latest = new Map<string, PublishDiagnosticsParams>();
/** What the server published, in order, for a timeout to say what came instead. */
const publishLog: string[] = [];

const uriOf = (relative: string) => pathToFileURL(path.join(workspace, relative)).href;

/** The next diagnostics the server publishes for `uri` (register before the notification that causes them). */
function nextDiagnostics(uri: string): Promise<PublishDiagnosticsParams> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(
      () => reject(new Error(`no diagnostics for ${uri} within 20 s; published meanwhile: ${publishLog.slice(-12).join(" | ")}`)),
      20_000,
    );
    diagnosticsWaiters.push({
      uri,
      resolve: (params) => {
        clearTimeout(timer);
        resolve(params);
      },
    });
  });
}

beforeAll(async () => {
  workspace = await mkdtemp(path.join(os.tmpdir(), "story-lint-lsp-"));
  await mkdir(path.join(workspace, "stories"));
  await writeFile(path.join(workspace, ".story-lint.json"), JSON.stringify(CONFIG));
  await writeFile(path.join(workspace, "stories/deploys.md"), DEPLOYS);
  await writeFile(path.join(workspace, "stories/checkout.md"), CHECKOUT);
  await writeFile(path.join(workspace, "README.md"), "# My interview stories\n\nWe keep them here.\n");

  server = spawn(process.execPath, [path.join(projectRoot, "bin/story-lint-language-server.mjs"), "--stdio"], {
    cwd: os.tmpdir(), // an editor starts servers anywhere; the workspace comes from initialize
    stdio: ["pipe", "pipe", "pipe"],
  });
  client = createProtocolConnection(new StreamMessageReader(server.stdout!), new StreamMessageWriter(server.stdin!));
  client.onRequest(ConfigurationRequest.type, (params) => params.items.map(() => ({})));
  client.onRequest(RegistrationRequest.type, (params) => {
    registrations.push(...params.registrations);
  });
  client.onNotification(PublishDiagnosticsNotification.type, (params) => {
    latest.set(params.uri, params);
    publishLog.push(`${params.uri.split("/").pop()}@${params.version}: ${params.diagnostics.map((d) => d.code).join(",")}`);
    const index = diagnosticsWaiters.findIndex((waiter) => waiter.uri === params.uri);
    if (index !== -1) diagnosticsWaiters.splice(index, 1)[0].resolve(params);
  });
  client.listen();
  const rootUri = pathToFileURL(workspace).href;
  initialized = await client.sendRequest(InitializeRequest.type, {
    processId: process.pid,
    rootUri,
    workspaceFolders: [{ uri: rootUri, name: "stories" }],
    capabilities: {
      workspace: { configuration: true, workspaceFolders: true, didChangeWatchedFiles: { dynamicRegistration: true } },
      textDocument: { codeAction: { codeActionLiteralSupport: { codeActionKind: { valueSet: ["quickfix"] } } }, hover: {} },
    },
  });
  await client.sendNotification(InitializedNotification.type, {});
});

afterAll(async () => {
  if (client) {
    await client.sendRequest(ShutdownRequest.type).catch(() => undefined);
    await client.sendNotification(ExitNotification.type).catch(() => undefined);
    client.dispose();
  }
  server?.kill();
  await rm(workspace, { recursive: true, force: true });
});

/** Opens a document as an editor does and resolves to its first diagnostics. */
async function open(relative: string, text: string): Promise<Diagnostic[]> {
  const uri = relative.includes(":") ? relative : uriOf(relative);
  const published = nextDiagnostics(uri);
  await client.sendNotification(DidOpenTextDocumentNotification.type, { textDocument: { uri, languageId: "markdown", version: 1, text } });
  return (await published).diagnostics;
}

let version = 1;
/** Replaces a document's whole text (full sync) and resolves to the diagnostics that follow. */
async function change(relative: string, text: string): Promise<Diagnostic[]> {
  const uri = uriOf(relative);
  const published = nextDiagnostics(uri);
  await client.sendNotification(DidChangeTextDocumentNotification.type, { textDocument: { uri, version: ++version }, contentChanges: [{ text }] });
  return (await published).diagnostics;
}

function applyEdit(text: string, action: CodeAction, uri: string): string {
  const edits = action.edit?.changes?.[uri] ?? [];
  return TextDocument.applyEdits(TextDocument.create(uri, "markdown", 0, text), edits);
}

describe("story-lint-language-server --stdio", () => {
  it("says what it offers: hovers and quick fixes, and no formatting (it never rewrites a story)", () => {
    expect(initialized.serverInfo?.name).toBe("story-lint-language-server");
    expect(initialized.capabilities.hoverProvider).toBe(true);
    expect(initialized.capabilities.codeActionProvider).toBeTruthy();
    expect(initialized.capabilities.documentFormattingProvider).toBeUndefined();
    // Every action comes whole, so the server does not claim to resolve them.
    expect(initialized.capabilities.codeActionProvider).toEqual({ codeActionKinds: ["quickfix"], resolveProvider: false });
  });

  it("publishes lintStory's messages under the workspace's .story-lint.json, with exact ranges, and the bank's message about this story", async () => {
    const diagnostics = await open("stories/deploys.md", DEPLOYS);
    const expected = lintStory(DEPLOYS, { config: CONFIG }).map((message) => ({
      code: message.ruleId,
      source: "story-lint",
      severity: { error: 1, warning: 2, info: 3 }[message.severity],
      range: { start: { line: message.line - 1, character: message.column - 1 }, end: { line: message.endLine - 1, character: message.endColumn - 1 } },
      message: message.note === undefined ? message.reason : `${message.reason}\n${message.note}`,
      codeDescription: { href: `http://127.0.0.1:3000${message.url}` },
    }));
    expect(expected.map((diagnostic) => diagnostic.code)).toContain("we-instead-of-i");
    const story = diagnostics.filter((diagnostic) => diagnostic.code !== "principle-thin");
    expect(story.map(({ code, source, severity, range, message, codeDescription }) => ({ code, source, severity, range, message, codeDescription }))).toEqual(expected);

    // "We" on line 9 (0-based 8), after "**Action:** ", as an error because .story-lint.json says so.
    const we = diagnostics.find((diagnostic) => diagnostic.code === "we-instead-of-i")!;
    expect(we).toMatchObject({ severity: 1, range: { start: { line: 8, character: 12 }, end: { line: 8, character: 14 } } });

    // The only Ownership story: the bank's principle-thin, on its principles line.
    const thin = diagnostics.filter((diagnostic) => diagnostic.code === "principle-thin");
    expect(thin).toEqual([
      expect.objectContaining({
        range: { start: { line: 2, character: 0 }, end: { line: 2, character: 23 } },
        message: expect.stringMatching(/^You have 1 story for Ownership: aim for at least 2,/),
      }),
    ]);
  });

  it("shows the reason, the interviewer's follow-up and the rule's page on hover", async () => {
    const hover = await client.sendRequest(HoverRequest.type, { textDocument: { uri: uriOf("stories/deploys.md") }, position: { line: 8, character: 13 } });
    const [message] = lintStory(DEPLOYS, { config: CONFIG }).filter((m) => m.ruleId === "we-instead-of-i");
    const value = (hover?.contents as { value: string }).value;
    expect(value).toContain(message.reason);
    expect(value).toContain(message.note!);
    expect(value).toContain("(http://127.0.0.1:3000/rules/we-instead-of-i)");
    expect(hover?.range).toEqual({ start: { line: 8, character: 12 }, end: { line: 8, character: 14 } });
    expect(await client.sendRequest(HoverRequest.type, { textDocument: { uri: uriOf("stories/deploys.md") }, position: { line: 1, character: 3 } })).toBeNull();
  });

  it("offers the replacement and 'ignore here, because …'; each, applied, clears the message", async () => {
    const uri = uriOf("stories/deploys.md");
    const we = latest.get(uri)!.diagnostics.find((diagnostic) => diagnostic.code === "we-instead-of-i")!;
    const actions = (await client.sendRequest(CodeActionRequest.type, {
      textDocument: { uri },
      range: we.range,
      context: { diagnostics: [we], only: ["quickfix"] },
    })) as CodeAction[];
    expect(actions.map((action) => action.title)).toEqual(["Replace `We` with `I`", "Ignore we-instead-of-i here, because …"]);

    const replaced = applyEdit(DEPLOYS, actions[0], uri);
    expect(replaced).toContain("**Action:** I rewrote the deploy scripts");
    expect((await change("stories/deploys.md", replaced)).map((d) => d.code)).not.toContain("we-instead-of-i");

    const ignored = applyEdit(DEPLOYS, actions[1], uri);
    expect(ignored.split("\n").slice(7, 10)).toEqual([
      "",
      "<!-- story-lint disable-next-line we-instead-of-i: because … -->",
      "**Action:** We rewrote the deploy scripts, and I added retries to the three flaky steps.",
    ]);
    const after = await change("stories/deploys.md", ignored);
    expect(after.map((d) => d.code)).not.toContain("we-instead-of-i");
    expect(after.map((d) => d.code)).toContain("principle-thin");
  });

  it("names the headings fix of a pasted answer for what it does, and applying it labels the parts", async () => {
    const pasted = [
      "Last spring our checkout page kept timing out during the big sales and support got hundreds of complaints a day.",
      "",
      "I was asked to get p99 under 200 ms before Black Friday. I profiled the service and found one cart query that scanned the whole table. I rewrote it with an index and added a load test to the pipeline.",
      "",
      "As a result p99 fell from 800 ms to 120 ms and the complaints stopped.",
      "",
    ].join("\n");
    const uri = uriOf("stories/pasted.md");
    const diagnostics = await open("stories/pasted.md", pasted);
    const unlabelled = diagnostics.find((diagnostic) => diagnostic.code === "star-unlabelled")!;
    expect(unlabelled).toBeDefined();
    const actions = (await client.sendRequest(CodeActionRequest.type, {
      textDocument: { uri },
      range: unlabelled.range,
      context: { diagnostics: [unlabelled] },
    })) as CodeAction[];
    const fix = actions.find((action) => action.title === "Add STAR headings")!;
    expect(fix.diagnostics).toEqual([unlabelled]);
    const labelled = applyEdit(pasted, fix, uri);
    expect(labelled.match(/^## \w+/gm)).toEqual(["## Situation", "## Task", "## Action", "## Result"]);
    expect((await change("stories/pasted.md", labelled)).map((d) => d.code)).not.toContain("star-unlabelled");
  });

  it("adds a second rule to the comment already above a line instead of stacking a comment that would waive nothing", async () => {
    const uri = uriOf("stories/deploys.md");
    const withComment = DEPLOYS.replace(
      "**Action:** We rewrote",
      "<!-- story-lint disable-next-line passive-action: because … -->\n**Action:** We rewrote",
    );
    const diagnostics = await change("stories/deploys.md", withComment);
    const we = diagnostics.find((diagnostic) => diagnostic.code === "we-instead-of-i")!;
    const actions = (await client.sendRequest(CodeActionRequest.type, { textDocument: { uri }, range: we.range, context: { diagnostics: [we] } })) as CodeAction[];
    const ignore = actions.find((action) => action.title.startsWith("Ignore we-instead-of-i"))!;
    const ignored = applyEdit(withComment, ignore, uri);
    expect(ignored).toContain("<!-- story-lint disable-next-line passive-action, we-instead-of-i: because … -->\n**Action:** We rewrote");
    expect((await change("stories/deploys.md", ignored)).map((d) => d.code)).not.toContain("we-instead-of-i");
    await change("stories/deploys.md", DEPLOYS);
  });

  it("lints an untitled buffer and a file outside the workspace itself (unified-language-server would throw or skip)", async () => {
    const untitled = await open("untitled:Untitled-1", "**Action:** We fixed it.\n").catch((error: Error) => error);
    expect(untitled).not.toBeInstanceOf(Error);
    const outsideDir = await mkdtemp(path.join(os.tmpdir(), "story-lint-outside-"));
    try {
      const outside = path.join(outsideDir, "pasted.md");
      await writeFile(outside, DEPLOYS);
      const uri = pathToFileURL(outside).href;
      const published = nextDiagnostics(uri);
      await client.sendNotification(DidOpenTextDocumentNotification.type, { textDocument: { uri, languageId: "markdown", version: 1, text: DEPLOYS } });
      const codes = (await published).diagnostics.map((d) => d.code);
      // The story rules at their defaults (the workspace's .story-lint.json is not this file's).
      expect(codes).toEqual(lintStory(DEPLOYS).map((message) => message.ruleId));
    } finally {
      await rm(outsideDir, { recursive: true, force: true });
    }
  });

  it("answers a hover inside a span, not at the position just after it", async () => {
    const uri = uriOf("stories/deploys.md");
    const at = async (character: number) =>
      ((await client.sendRequest(HoverRequest.type, { textDocument: { uri }, position: { line: 8, character } }))?.contents as { value: string } | undefined)?.value ?? "";
    expect(await at(12)).toContain("we-instead-of-i");
    expect(await at(14)).not.toContain("we-instead-of-i");
  });

  it("offers no 'ignore' for bank messages, which no comment waives", async () => {
    const uri = uriOf("stories/deploys.md");
    const thin = latest.get(uri)!.diagnostics.find((diagnostic) => diagnostic.code === "principle-thin")!;
    const actions = (await client.sendRequest(CodeActionRequest.type, { textDocument: { uri }, range: thin.range, context: { diagnostics: [thin] } })) as CodeAction[];
    expect(actions).toEqual([]);
  });

  it("reads the other stories of the workspace: an overstretched story hears so on its principles line", async () => {
    const diagnostics = await open("stories/checkout.md", CHECKOUT);
    expect(diagnostics.filter((d) => d.code === "story-overstretched")).toEqual([
      expect.objectContaining({
        range: { start: { line: 2, character: 0 }, end: { line: 2, character: 77 } },
        message: expect.stringMatching(/^You tagged “Cut checkout p99 from 800 ms to 60 ms” with 4 principles: keep the 3 /),
      }),
    ]);
  });

  it("watches the workspace's stories, and a second Ownership story saved outside the editor clears principle-thin", async () => {
    expect(registrations.map((registration) => registration.method)).toContain(DidChangeWatchedFilesNotification.method);
    await writeFile(
      path.join(workspace, "stories/on-call.md"),
      DEPLOYS.replace("Fixed the flaky deploys", "Took over the on-call rota"),
    );
    const uri = uriOf("stories/deploys.md");
    const published = nextDiagnostics(uri);
    await client.sendNotification(DidChangeWatchedFilesNotification.type, { changes: [{ uri: uriOf("stories/on-call.md"), type: FileChangeType.Created }] });
    expect((await published).diagnostics.map((d) => d.code)).not.toContain("principle-thin");
  });
});
