import { readdir, stat } from "node:fs/promises";
import path from "node:path";

/** A directory under the walked root that could not be read, with the fs error as its cause. */
export class FolderReadError extends Error {
  constructor(
    /** The unreadable directory, relative to the root ("" for the root itself). */
    readonly relative: string,
    readonly cause: unknown,
  ) {
    super(`cannot read ${relative || "."}`);
  }
}

/**
 * The .md files under `directory`, relative to it, depth first with entries in code-point order, so
 * every machine and locale lists them alike. Skips node_modules and dot-directories below the root (a
 * root named explicitly is walked even if it is one). Symbolic links to files are followed; links to
 * directories are not, which also rules out cycles. The story-lint CLI walks folders with this, and the
 * language server finds a workspace's stories with it. Throws FolderReadError.
 */
export async function markdownFilesUnder(directory: string, prefix = ""): Promise<string[]> {
  let entries;
  try {
    entries = await readdir(path.join(directory, prefix), { withFileTypes: true });
  } catch (error) {
    throw new FolderReadError(prefix, error);
  }
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  const found: string[] = [];
  for (const entry of entries) {
    const relative = path.join(prefix, entry.name);
    if (entry.isDirectory()) {
      if (entry.name === "node_modules" || entry.name.startsWith(".")) continue;
      found.push(...(await markdownFilesUnder(directory, relative)));
    } else if (entry.name.toLowerCase().endsWith(".md") && (entry.isFile() || (await isFileLink(path.join(directory, relative))))) {
      found.push(relative);
    }
  }
  return found;
}

async function isFileLink(absolute: string): Promise<boolean> {
  try {
    return (await stat(absolute)).isFile();
  } catch {
    return false; // A dangling link in a directory is not a story; skip it rather than fail the run.
  }
}
