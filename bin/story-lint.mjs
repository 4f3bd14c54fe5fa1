#!/usr/bin/env node
// Launcher for `npx story-lint`: the linter is TypeScript, so register tsx's loader (with the project's
// tsconfig, whatever the working directory) and hand over to lib/lint/cli.ts.
import { fileURLToPath } from "node:url";
import { register } from "tsx/esm/api";

register({ tsconfig: fileURLToPath(new URL("../tsconfig.json", import.meta.url)) });

// `story-lint dir | head` closes the pipe early; that is not an error worth a stack trace.
process.stdout.on("error", (error) => {
  if (error.code === "EPIPE") process.exit(process.exitCode ?? 0);
  throw error;
});

try {
  const { runCli } = await import("../lib/lint/cli.ts");
  process.exitCode = await runCli(process.argv.slice(2), {
    stdout: process.stdout,
    stderr: process.stderr,
    cwd: process.cwd(),
  });
} catch (error) {
  // A bug in the linter, not a problem with the stories: say so, and keep exit 1 for "errors found".
  process.stderr.write(`story-lint: internal error\n${error instanceof Error ? error.stack : String(error)}\n`);
  process.exitCode = 2;
}
