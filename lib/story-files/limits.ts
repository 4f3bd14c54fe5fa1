/**
 * Limits on imports, so an upload can never exhaust the server's memory or time. A story file is small
 * (a body of at most 20,000 characters is at most 60 KB of UTF-8), so each limit leaves ample room for
 * a real bank while refusing a zip bomb long before it expands.
 */

/** Largest import request, multipart overhead included; bigger requests get 413 before parsing. */
export const IMPORT_MAX_BYTES = 5 * 1024 * 1024;
/** Most files one import may hold: uploaded files plus every entry (folders included) of every zip. */
export const IMPORT_MAX_FILES = 1_000;
/** Largest single story file, uploaded or unzipped; a bigger one is reported as an error, never read. */
export const STORY_FILE_MAX_BYTES = 256 * 1024;
/** Most bytes all zips of one import may expand to; past this the import is refused with 413. */
export const IMPORT_MAX_EXPANDED_BYTES = 32 * 1024 * 1024;

/** An import over one of the limits above: answered 413 with this message, and nothing is stored. */
export class ImportLimitError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "ImportLimitError";
  }
}
