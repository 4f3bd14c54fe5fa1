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
import { spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import { createRequire } from "node:module";
import { existsSync } from "node:fs";
import { readdir, readFile, rename, rm, writeFile } from "node:fs/promises";
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

/** What the last build was made from: each input file (project-relative) with its content hash. */
const INPUTS_FILE = ".inputs.json";

/**
 * Builds dist/ from lib/lint; resolves to the list of files written (empty when `ifChanged` found the
 * build up to date). Throws on a build error. The new build is written beside dist/ and swapped in by
 * rename, so a CLI started meanwhile sees the old build or the new one, never half of one.
 * `ifChanged` skips the build when every file the last build read (from its metafile) is unchanged.
 */
export async function buildLint({ outdir = path.join(root, "dist"), quiet = false, ifChanged = false } = {}) {
  if (ifChanged && (await upToDate(outdir))) return [];
  const { build } = await import("esbuild");
  const staging = `${outdir}.building-${process.pid}-${Date.now()}`;
  const result = await build({
    absWorkingDir: root,
    entryPoints: Object.fromEntries(Object.entries(ENTRY_POINTS).map(([name, file]) => [name, path.join(root, file)])),
    outdir: staging,
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
  await writeDeclarations(path.join(staging, "types"), quiet);
  const inputs = {};
  for (const input of Object.keys(result.metafile.inputs)) inputs[input] = await hashOf(path.join(root, input));
  await writeFile(path.join(staging, INPUTS_FILE), `${JSON.stringify(inputs, null, 2)}\n`);
  const retired = `${outdir}.old-${process.pid}-${Date.now()}`;
  await rename(outdir, retired).catch((error) => {
    if (error.code !== "ENOENT") throw error;
  });
  await rename(staging, outdir);
  await rm(retired, { recursive: true, force: true });
  return Object.keys(result.metafile.outputs);
}

/** The modules whose types package.json's exports give: what a user imports. */
const TYPED_ENTRIES = ["lib/lint/index.ts", "lib/lint/remark.ts"];

/**
 * Type declarations for `story-bank` and `story-bank/remark`, with the project's TypeScript (emitted
 * without a type check of their own: `npm run typecheck` is that, and a build in the middle of an edit
 * should not fail on it). Without
 * it (an install that left out dev dependencies) the JavaScript is built all the same, untyped.
 */
async function writeDeclarations(outdir, quiet) {
  let tsc;
  try {
    tsc = createRequire(import.meta.url).resolve("typescript/bin/tsc");
  } catch {
    if (!quiet) console.log("story-lint: typescript is not installed, so dist/ has no type declarations");
    return;
  }
  const args = [tsc, "--declaration", "--emitDeclarationOnly", "--noCheck", "--skipLibCheck", "--strict", "--target", "ES2022"];
  args.push("--module", "esnext", "--moduleResolution", "bundler", "--resolveJsonModule", "--esModuleInterop");
  args.push("--types", "node", "--rootDir", path.join(root, "lib"), "--outDir", outdir, ...TYPED_ENTRIES.map((file) => path.join(root, file)));
  const result = spawnSync(process.execPath, args, { cwd: root, encoding: "utf8" });
  if (result.status !== 0) throw new Error(`type declarations failed:\n${result.stdout}${result.stderr}`);
  await addImportExtensions(outdir);
}

/**
 * Our sources import `./types`, as the bundler resolves it; under Node's own resolution (a user's
 * `moduleResolution: nodenext`) an ES module must name the file, and TypeScript silently types an
 * unresolved import as any. So each relative specifier in the declarations gets the `.js` TypeScript
 * maps to the `.d.ts` beside it (or `/index.js` for a folder).
 */
async function addImportExtensions(directory) {
  for (const entry of await readdir(directory, { withFileTypes: true, recursive: true })) {
    if (!entry.isFile() || !entry.name.endsWith(".d.ts")) continue;
    const file = path.join(entry.parentPath, entry.name);
    const text = await readFile(file, "utf8");
    const fixed = text.replace(/(from\s+|import\()(["'])(\.{1,2}\/[^"']*)\2/g, (whole, keyword, quote, specifier) => {
      if (/\.(js|mjs|json)$/.test(specifier)) return whole;
      const target = path.resolve(entry.parentPath, specifier);
      const resolved = existsSync(`${target}.d.ts`) ? `${specifier}.js` : existsSync(path.join(target, "index.d.ts")) ? `${specifier}/index.js` : specifier;
      return `${keyword}${quote}${resolved}${quote}`;
    });
    if (fixed !== text) await writeFile(file, fixed);
  }
}

async function upToDate(outdir) {
  let inputs;
  try {
    inputs = JSON.parse(await readFile(path.join(outdir, INPUTS_FILE), "utf8"));
  } catch {
    return false;
  }
  for (const [input, hash] of Object.entries(inputs)) {
    if ((await hashOf(path.join(root, input)).catch(() => null)) !== hash) return false;
  }
  // An entry point added since (and so in no metafile yet) needs a build too.
  return Object.values(ENTRY_POINTS).every((file) => Object.hasOwn(inputs, file));
}

async function hashOf(file) {
  return createHash("sha256").update(await readFile(file)).digest("hex");
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
