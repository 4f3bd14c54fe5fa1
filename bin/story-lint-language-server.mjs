#!/usr/bin/env node
// Launcher for `story-lint-language-server --stdio` (also --node-ipc, --socket=PORT, --pipe=NAME, as
// vscode-languageserver reads them): the language server as built into dist/ by `npm install`.
import { importBuilt } from "./import-built.mjs";

const args = process.argv.slice(2);
const USAGE = "Usage: story-lint-language-server --stdio | --node-ipc | --socket=PORT | --pipe=NAME\n";

if (args.includes("--help") || args.includes("-h")) {
  process.stdout.write(`${USAGE}\nstory-lint for editors that speak the Language Server Protocol: diagnostics, hovers and quick fixes\non STAR stories (markdown files with YAML front matter). See the README for VS Code, Neovim and Helix.\n`);
  process.exit(0);
}
if (args.includes("--version") || args.includes("-v")) {
  const { readFile } = await import("node:fs/promises");
  process.stdout.write(`${JSON.parse(await readFile(new URL("../package.json", import.meta.url), "utf8")).version}\n`);
  process.exit(0);
}
if (!args.some((arg) => /^--(stdio|node-ipc|socket=\d+|pipe=.+)$/.test(arg))) {
  process.stderr.write(`story-lint-language-server: say how to talk: --stdio (what editors use)\n${USAGE}`);
  process.exit(2);
}

const server = await importBuilt("language-server", "story-lint-language-server");
await server.startLanguageServer();
