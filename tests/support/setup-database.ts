import fs from "node:fs";
import path from "node:path";
import { afterAll, inject } from "vitest";

// Runs before each test file is imported: give the file its own copy of the migrated template, so
// lib/db.ts (which reads DATABASE_URL on import) opens a database no other file writes to.
const template = inject("templateDatabase");
const copy = path.join(path.dirname(template), `${process.pid}-${Math.random().toString(36).slice(2)}.db`);
fs.copyFileSync(template, copy);
process.env.DATABASE_URL = `file:${copy}`;

afterAll(() => {
  for (const suffix of ["", "-wal", "-shm"]) fs.rmSync(copy + suffix, { force: true });
});
