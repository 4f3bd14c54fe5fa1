import "server-only";
import { PrismaBetterSqlite3 } from "@prisma/adapter-better-sqlite3";
import { PrismaClient } from "@/lib/generated/prisma/client";
import { resolveDatabaseUrl } from "@/lib/env";

/**
 * The one Prisma client. Kept on globalThis so Next's dev server, which re-evaluates modules on every
 * edit, does not open a new SQLite connection each time.
 */
const globalForPrisma = globalThis as unknown as { storyBankPrisma?: PrismaClient };

function createClient(): PrismaClient {
  const adapter = new PrismaBetterSqlite3({ url: resolveDatabaseUrl() });
  return new PrismaClient({ adapter });
}

export const db: PrismaClient = (globalForPrisma.storyBankPrisma ??= createClient());
