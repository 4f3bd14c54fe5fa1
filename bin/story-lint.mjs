#!/usr/bin/env node
// Launcher for `npx story-lint`: runs the linter as built into dist/ by `npm install` (scripts/build-lint.mjs),
// plain JavaScript with no TypeScript loader, so a run starts as fast as Node does.

import { importBuilt } from "./import-built.mjs";

// `story-lint dir | head` closes the pipe early; that is not an error worth a stack trace.
process.stdout.on("error", (error) => {
  if (error.code === "EPIPE") process.exit(process.exitCode ?? 0);
  throw error;
});

const cli = await importBuilt("cli", "story-lint");

try {
  process.exitCode = await cli.runCli(process.argv.slice(2), {
    stdout: process.stdout,
    stderr: process.stderr,
    cwd: process.cwd(),
  });
} catch (error) {
  // A bug in the linter, not a problem with the stories: say so, and keep exit 1 for "errors found".
  process.stderr.write(`story-lint: internal error\n${error instanceof Error ? error.stack : String(error)}\n`);
  process.exitCode = 2;
}
