import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll } from "vitest";

/**
 * Moves this test file's database into a folder of its own, before lib/db.ts opens it. Import it
 * first, above anything that imports lib/db.ts. setup-database.ts puts every file's copy in one shared
 * folder, and the app keeps `.story-lint.json` beside the database, so without this one file's
 * settings would change what the other files' linters report.
 */
const shared = process.env.DATABASE_URL?.replace(/^file:/, "");
if (!shared) throw new Error("tests/support/setup-database.ts must run first");

export const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "story-bank-data-"));
const copy = path.join(dataDir, "story-bank.db");
fs.copyFileSync(shared, copy);
process.env.DATABASE_URL = `file:${copy}`;

afterAll(() => fs.rmSync(dataDir, { recursive: true, force: true }));
