import Database from "better-sqlite3";
import { describe, expect, it } from "vitest";
import { databaseFilePath } from "@/lib/env";

// As in production, the file is already in WAL mode before the app connects (scripts/start.mjs sets it).
// That matters: a fresh connection to a WAL file gets better-sqlite3's compiled-in default of
// synchronous = NORMAL, which can lose acknowledged commits on power loss.
{
  const file = new Database(databaseFilePath());
  file.pragma("journal_mode = WAL");
  file.close();
}
const { BUSY_TIMEOUT_MS, db } = await import("@/lib/db");

/** A PRAGMA's value on the app's own connection: these are per-connection settings. */
async function pragma(name: string, run: typeof db.$queryRawUnsafe = db.$queryRawUnsafe.bind(db)): Promise<string> {
  const rows = await run<Record<string, unknown>[]>(`PRAGMA ${name}`);
  return String(Object.values(rows[0] ?? {})[0]);
}

describe("the app's SQLite connection (lib/db.ts)", () => {
  it.each([
    { name: "journal_mode", expected: "wal" },
    { name: "synchronous", expected: "2" }, // FULL: each commit is fsynced before the save is acknowledged
    { name: "busy_timeout", expected: String(BUSY_TIMEOUT_MS) },
  ])("runs with $name = $expected", async ({ name, expected }) => {
    expect(await pragma(name)).toBe(expected);
  });

  it("keeps synchronous = FULL inside a transaction", async () => {
    expect(await db.$transaction((tx) => pragma("synchronous", tx.$queryRawUnsafe.bind(tx)))).toBe("2");
  });
});
