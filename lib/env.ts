import path from "node:path";

/**
 * Where the embedded database lives. `DATABASE_URL` wins; otherwise a file under ./data/ in the
 * directory the app was started from. Relative `file:` URLs are made absolute against the working
 * directory so the Prisma CLI, the server and scripts all open the same file.
 */
export const DEFAULT_DATABASE_URL = "file:./data/story-bank.db";

export function resolveDatabaseUrl(raw: string | undefined = process.env.DATABASE_URL, cwd = process.cwd()): string {
  const url = raw && raw.trim() !== "" ? raw.trim() : DEFAULT_DATABASE_URL;
  if (!url.startsWith("file:")) {
    throw new Error(`DATABASE_URL must be a SQLite file URL such as ${DEFAULT_DATABASE_URL}; got ${JSON.stringify(url)}`);
  }
  const filePath = url.slice("file:".length).replace(/^\/\/(?=\/)/, "");
  return `file:${path.resolve(cwd, filePath)}`;
}

/** The database file's path on disk, from a `file:` URL. */
export function databaseFilePath(url: string = resolveDatabaseUrl()): string {
  return url.slice("file:".length);
}
