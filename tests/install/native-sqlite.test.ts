import { spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { sqliteLoadProblem } from "../../scripts/check-sqlite.mjs";

const root = path.resolve(import.meta.dirname, "../..");
const modules = path.join(root, "node_modules");

/**
 * A copy of the project as npm 12 leaves it when better-sqlite3's install script is blocked: the
 * package's JavaScript is there, its compiled binary (build/) is not. `npm start` must say that in one
 * line with the fix, before it tries to migrate.
 */
function projectWithUnbuiltSqlite(dir: string): void {
  fs.mkdirSync(path.join(dir, "scripts"));
  for (const name of ["start.mjs", "check-sqlite.mjs"]) {
    fs.copyFileSync(path.join(root, "scripts", name), path.join(dir, "scripts", name));
  }
  fs.copyFileSync(path.join(root, "package.json"), path.join(dir, "package.json"));
  const target = path.join(dir, "node_modules");
  fs.mkdirSync(target);
  fs.cpSync(path.join(modules, "better-sqlite3"), path.join(target, "better-sqlite3"), {
    recursive: true,
    filter: (source) => !["build", "deps", "src"].includes(path.basename(source)),
  });
  for (const dependency of ["bindings", "file-uri-to-path"]) {
    fs.symlinkSync(path.join(modules, dependency), path.join(target, dependency), "dir");
  }
}

describe("the native SQLite module", () => {
  let dir: string;
  beforeAll(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), "story-bank-unbuilt-"));
    projectWithUnbuiltSqlite(dir);
  });
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  it("loads in this install", () => {
    expect(sqliteLoadProblem(root)).toBeNull();
  });

  it("is reported as not built, with the fix, when its binary is missing", () => {
    expect(sqliteLoadProblem(dir)).toBe(
      "better-sqlite3 was not built: run `npm rebuild better-sqlite3`; with npm 12, check that package.json's allowScripts approves it (\"better-sqlite3\": true)",
    );
  });

  it("is reported as not installed when the package is absent", () => {
    const empty = fs.mkdtempSync(path.join(os.tmpdir(), "story-bank-empty-"));
    try {
      fs.writeFileSync(path.join(empty, "package.json"), "{}");
      expect(sqliteLoadProblem(empty)).toBe("better-sqlite3 is not installed: run `npm install`");
    } finally {
      fs.rmSync(empty, { recursive: true, force: true });
    }
  });

  it("stops npm start with that one line before any migration runs", () => {
    const database = path.join(dir, "data", "story-bank.db");
    const started = spawnSync(process.execPath, [path.join(dir, "scripts", "start.mjs")], {
      cwd: dir,
      env: { ...process.env, DATABASE_URL: `file:${database}`, PORT: "3999" },
      encoding: "utf8",
      timeout: 30_000,
    });
    expect(started.status).toBe(1);
    expect(started.stderr.trim().split("\n")).toEqual([
      "story-bank: better-sqlite3 was not built: run `npm rebuild better-sqlite3`; with npm 12, check that package.json's allowScripts approves it (\"better-sqlite3\": true)",
    ]);
    expect(started.stdout).not.toContain("migration");
    expect(fs.existsSync(path.join(dir, "data"))).toBe(false);
  });
});
