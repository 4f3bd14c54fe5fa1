#!/usr/bin/env node
/**
 * Builds the linter as plain JavaScript into dist/, so `story-lint`, `story-bank/remark` and the
 * language server start without a TypeScript loader (issue 12). Run by `npm install` (postinstall),
 * by the test setup (so tests never run a stale build) and by hand with `npm run build:lint`.
 *
 * lib/lint's own modules are bundled; packages stay imports of node_modules. Code splitting keeps one
 * copy of the linter shared by the entry points, and puts what the CLI loads only when it lints (the
 * rules, the parser) in chunks of their own, so `story-lint --version` reads almost nothing.
 */
import { rm } from "node:fs/promises";
import { fileURLToPath } from "node:url";
import path from "node:path";

const root = fileURLToPath(new URL("..", import.meta.url));

/** Entry modules and the file each becomes under dist/. package.json's bin and exports name these. */
export const ENTRY_POINTS = {
  cli: "lib/lint/cli.ts",
  index: "lib/lint/index.ts",
  remark: "lib/lint/remark.ts",
  "lint-worker": "lib/lint/lint-worker.ts",
  "language-server": "lib/lint/lsp/server.ts",
  "lsp-processor": "lib/lint/lsp/workspace-lint.ts",
};

/** Builds dist/ from lib/lint; resolves to the list of files written. Throws on a build error. */
export async function buildLint({ outdir = path.join(root, "dist"), quiet = false } = {}) {
  const { build } = await import("esbuild");
  await rm(outdir, { recursive: true, force: true });
  const result = await build({
    absWorkingDir: root,
    entryPoints: Object.fromEntries(Object.entries(ENTRY_POINTS).map(([name, file]) => [name, path.join(root, file)])),
    outdir,
    bundle: true,
    splitting: true,
    format: "esm",
    platform: "node",
    target: "node20",
    packages: "external",
    outExtension: { ".js": ".mjs" },
    chunkNames: "chunks/[name]-[hash]",
    sourcemap: "linked",
    legalComments: "none",
    logLevel: quiet ? "error" : "warning",
    metafile: true,
  });
  return Object.keys(result.metafile.outputs);
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  try {
    const files = await buildLint({ quiet: process.argv.includes("--quiet") });
    if (!process.argv.includes("--quiet")) {
      console.log(`story-lint: built ${files.filter((file) => file.endsWith(".mjs")).length} modules into dist/`);
    }
  } catch (error) {
    // esbuild has already printed the errors with their places; one line says what failed.
    console.error(`story-lint: the linter could not be built (${error instanceof Error ? error.message.split("\n")[0] : error})`);
    process.exitCode = 1;
  }
}
