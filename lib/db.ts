import "server-only";
import { PrismaBetterSqlite3 } from "@prisma/adapter-better-sqlite3";
import { PrismaClient } from "@/lib/generated/prisma/client";
import { resolveDatabaseUrl } from "@/lib/env";

/** How long a write waits for another connection's lock before failing with SQLITE_BUSY. */
export const BUSY_TIMEOUT_MS = 5_000;

/**
 * Settings every connection runs before its first query (docs/reliability.md):
 * - WAL, so readers never block the writer and a crash mid-write leaves the last commit intact. It is
 *   stored in the file (scripts/start.mjs sets it too); repeating it covers `next dev`, tests and scripts.
 * - synchronous = FULL: in WAL mode the default (NORMAL) can lose the last commits on power loss even
 *   though the client was told they were saved; FULL fsyncs the WAL on every commit, so a 200 means on disk.
 * - busy_timeout, so a second process (the CLI, a migration, a backup) makes writes wait, not fail.
 */
const CONNECTION_PRAGMAS = [
  "PRAGMA journal_mode = WAL;",
  "PRAGMA synchronous = FULL;",
  `PRAGMA busy_timeout = ${BUSY_TIMEOUT_MS};`,
].join("\n");

/**
 * The better-sqlite3 adapter opens its connection in `connect()` and has no hook for PRAGMAs, so this
 * runs them on the fresh connection before Prisma receives it: no query can ever run without them.
 */
class DurableSqliteAdapter extends PrismaBetterSqlite3 {
  override async connect(): ReturnType<PrismaBetterSqlite3["connect"]> {
    const adapter = await super.connect();
    await adapter.executeScript(CONNECTION_PRAGMAS);
    return adapter;
  }
}

/**
 * The one Prisma client. Kept on globalThis so Next's dev server, which re-evaluates modules on every
 * edit, does not open a new SQLite connection each time.
 */
const globalForPrisma = globalThis as unknown as { storyBankPrisma?: PrismaClient };

function createClient(): PrismaClient {
  const adapter = new DurableSqliteAdapter({ url: resolveDatabaseUrl(), timeout: BUSY_TIMEOUT_MS });
  return new PrismaClient({ adapter });
}

export const db: PrismaClient = (globalForPrisma.storyBankPrisma ??= createClient());
