#!/usr/bin/env node
// Launcher for `npx story-lint`: runs the linter as built into dist/ by `npm install` (scripts/build-lint.mjs),
// plain JavaScript with no TypeScript loader, so a run starts as fast as Node does.

// `story-lint dir | head` closes the pipe early; that is not an error worth a stack trace.
process.stdout.on("error", (error) => {
  if (error.code === "EPIPE") process.exit(process.exitCode ?? 0);
  throw error;
});

let cli;
try {
  cli = await import("../dist/cli.mjs");
} catch (error) {
  if (error?.code !== "ERR_MODULE_NOT_FOUND" || !String(error.message).includes("dist")) throw error;
  process.stderr.write("story-lint: the linter is not built: run `npm run build:lint` (npm install does it)\n");
  process.exit(2);
}

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
