import { execFileSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import type { TestProject } from "vitest/node";
import { buildLint } from "../../scripts/build-lint.mjs";
import { sqliteLoadProblem } from "../../scripts/check-sqlite.mjs";

declare module "vitest" {
  export interface ProvidedContext {
    templateDatabase: string;
  }
}

/**
 * Builds the linter's JavaScript, and migrates one template database with the real Prisma CLI (and our schema-engine stand-in) before the
 * suite; each test file then works on its own copy (tests/support/setup-database.ts), so files run in
 * parallel without seeing each other's stories.
 */
export default async function setup(project: TestProject) {
  // Tests that run bin/story-lint.mjs, story-bank/remark or the language server run dist/: build it
  // from the code under test, never from whatever an earlier install left there.
  await buildLint({ quiet: true, ifChanged: true });
  // Said once, plainly, instead of a failed migration and then every database test failing on its own.
  const sqliteProblem = sqliteLoadProblem(process.cwd());
  if (sqliteProblem) throw new Error(`story-bank: ${sqliteProblem}`);
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "story-bank-test-"));
  const file = path.join(dir, "template.db");
  execFileSync(process.execPath, [path.resolve("node_modules/prisma/build/index.js"), "migrate", "deploy"], {
    env: { ...process.env, DATABASE_URL: `file:${file}` },
    stdio: "pipe",
  });
  project.provide("templateDatabase", file);
  return () => fs.rmSync(dir, { recursive: true, force: true });
}
