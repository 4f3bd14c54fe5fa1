/**
 * The migrations, applied by the real Prisma CLI through our offline schema engine stand-in
 * (scripts/schema-engine.mjs). This is what keeps the stand-in honest across Prisma upgrades: if the
 * CLI's protocol or the wasm engine changes, `migrate deploy` / `migrate status` stop working here first.
 */
import { execFile } from "node:child_process";
import { createHash } from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import Database from "better-sqlite3";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

const projectRoot = path.resolve(import.meta.dirname, "../..");
const prismaCli = path.join(projectRoot, "node_modules/prisma/build/index.js");
const schemaEngine = path.join(projectRoot, "scripts/schema-engine.mjs");
const migrationsDir = path.join(projectRoot, "prisma/migrations");

interface CommandResult {
  exitCode: number;
  stdout: string;
  stderr: string;
  durationMs: number;
}

/** Run a command to completion; a non-zero exit is a result to assert on, not an exception. */
function run(file: string, args: string[], env: Record<string, string> = {}): Promise<CommandResult> {
  const started = performance.now();
  return new Promise((resolve) => {
    execFile(
      file,
      args,
      {
        cwd: projectRoot,
        env: {
          ...process.env,
          // Test the stand-in even where a developer points this at a native engine binary.
          PRISMA_SCHEMA_ENGINE_BINARY: schemaEngine,
          // No update checks or telemetry: this machine may have no network at all.
          CHECKPOINT_DISABLE: "1",
          PRISMA_HIDE_UPDATE_MESSAGE: "1",
          NO_COLOR: "1",
          ...env,
        },
        timeout: 50_000,
      },
      (error, stdout, stderr) => {
        const exitCode = error ? (typeof error.code === "number" ? error.code : 1) : 0;
        resolve({ exitCode, stdout, stderr, durationMs: performance.now() - started });
      },
    );
  });
}

/** The migration directories in prisma/migrations, oldest first, with the SHA-256 of each script. */
function localMigrations(): { name: string; checksum: string }[] {
  return fs
    .readdirSync(migrationsDir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort()
    .map((name) => {
      const script = fs.readFileSync(path.join(migrationsDir, name, "migration.sql"));
      return { name, checksum: createHash("sha256").update(script).digest("hex") };
    });
}

describe("prisma migrate on an empty database, through scripts/schema-engine.mjs", () => {
  let tempDir: string;
  let databaseFile: string;
  let firstDeploy: CommandResult;
  const prisma = (...args: string[]) => run(process.execPath, [prismaCli, ...args], { DATABASE_URL: `file:${databaseFile}` });

  beforeAll(async () => {
    tempDir = fs.mkdtempSync(path.join(os.tmpdir(), "story-bank-migrations-"));
    databaseFile = path.join(tempDir, "test.db");
    firstDeploy = await prisma("migrate", "deploy");
  });

  afterAll(() => {
    if (tempDir) fs.rmSync(tempDir, { recursive: true, force: true });
  });

  it("has an init migration and a migration_lock.toml for sqlite", () => {
    expect(localMigrations().map((migration) => migration.name)).toContainEqual(expect.stringMatching(/^\d{14}_init$/));
    expect(fs.readFileSync(path.join(migrationsDir, "migration_lock.toml"), "utf8")).toContain('provider = "sqlite"');
  });

  it("deploy creates the database and applies every migration", () => {
    expect(firstDeploy.exitCode, firstDeploy.stderr).toBe(0);
    expect(firstDeploy.stdout).toContain("All migrations have been successfully applied.");
    for (const { name } of localMigrations()) expect(firstDeploy.stdout).toContain(name);
    expect(fs.existsSync(databaseFile)).toBe(true);
  });

  it("status exits 0 and reports the schema up to date", async () => {
    const status = await prisma("migrate", "status");
    expect(status.exitCode, status.stderr).toBe(0);
    expect(status.stdout).toContain("Database schema is up to date!");
  });

  it("a second deploy is a no-op", async () => {
    const secondDeploy = await prisma("migrate", "deploy");
    expect(secondDeploy.exitCode, secondDeploy.stderr).toBe(0);
    expect(secondDeploy.stdout).toContain("No pending migrations to apply.");
  });

  describe("the resulting database", () => {
    let db: Database.Database;
    beforeAll(() => {
      db = new Database(databaseFile, { readonly: true, fileMustExist: true });
    });
    afterAll(() => db?.close());

    it.each(["Story", "StoryPrinciple", "Setting", "_prisma_migrations"])("has the table %s", (table) => {
      const row = db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name = ?").get(table);
      expect(row).toEqual({ name: table });
    });

    it("records each migration as finished, with the SHA-256 of its migration.sql as checksum", () => {
      const rows = db
        .prepare(
          "SELECT migration_name AS name, checksum, finished_at IS NOT NULL AS finished, rolled_back_at IS NULL AS live " +
            "FROM _prisma_migrations ORDER BY migration_name",
        )
        .all();
      expect(rows).toEqual(localMigrations().map(({ name, checksum }) => ({ name, checksum, finished: 1, live: 1 })));
    });
  });
});

describe("scripts/schema-engine.mjs", () => {
  it("is executable, since the Prisma CLI runs it as a binary", () => {
    expect(() => fs.accessSync(schemaEngine, fs.constants.X_OK)).not.toThrow();
  });

  it("answers --version like the native engine, with the wasm build's git hash", async () => {
    const result = await run(schemaEngine, ["--version"]);
    expect(result.exitCode).toBe(0);
    expect(result.stdout).toMatch(/^schema-engine-cli [0-9a-f]{40} \(wasm stand-in\)\n$/);
  });

  it("refuses a non-SQLite datasource with a message that says why", async () => {
    const url = "postgresql://user@localhost:5432/story_bank";
    const result = await run(schemaEngine, ["--datasource", JSON.stringify({ url }), "cli", "can-connect-to-database"]);
    expect(result.exitCode).toBe(1);
    const [, errorLine] = result.stderr.trim().split("\n");
    expect(JSON.parse(errorLine)).toMatchObject({
      level: "ERROR",
      target: "schema_engine::logger",
      fields: { message: expect.stringContaining("supports SQLite only, but this datasource uses `postgresql`") },
    });
  });
});
