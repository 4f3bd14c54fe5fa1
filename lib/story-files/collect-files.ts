import { IMPORT_MAX_EXPANDED_BYTES, IMPORT_MAX_FILES, ImportLimitError, STORY_FILE_MAX_BYTES } from "./limits";
import type { StoryFileError } from "./story-file";
import { extractZipEntry, listZipEntries, ZipFormatError } from "./zip";

/**
 * Turns an import's uploads (.md files and .zip archives) into story file texts, opening archives
 * within the limits of ./limits. Per-file problems become error or skipped items, in file order, so one
 * bad file never blocks the others; only a limit on the whole import throws (ImportLimitError).
 */

export interface UploadedFile {
  name: string;
  bytes: Uint8Array;
}

/** A file the import will read as a story; `file` names it for the report ("bank.zip/ownership.md"). */
export interface StoryFileText {
  file: string;
  text: string;
}

export interface SkippedFile {
  file: string;
  reason: string;
}

/** Every file of an import, in the order given (zip entries in archive order): to read, skipped, or failed. */
export type CollectedFile =
  | ({ kind: "text" } & StoryFileText)
  | ({ kind: "skipped" } & SkippedFile)
  | ({ kind: "error" } & StoryFileError);

const STORY_FILE = /\.(?:md|markdown)$/i;
const ZIP_FILE = /\.zip$/i;
const ZIP_MAGIC = [0x50, 0x4b, 0x03, 0x04];
const strictUtf8 = new TextDecoder("utf-8", { fatal: true });

function isZip(upload: UploadedFile): boolean {
  if (ZIP_FILE.test(upload.name)) return true;
  return !STORY_FILE.test(upload.name) && ZIP_MAGIC.every((byte, i) => upload.bytes[i] === byte);
}

function tooLargeMessage(size: number): string {
  return (
    `The file is ${Math.ceil(size / 1024).toLocaleString("en-US")} KB; a story file may be at most ` +
    `${STORY_FILE_MAX_BYTES / 1024} KB (a story's text is at most 20,000 characters).`
  );
}

/** UTF-8 text, or an error: a file in another encoding would import as garbled text. */
function decode(file: string, bytes: Uint8Array): CollectedFile {
  try {
    return { kind: "text", file, text: strictUtf8.decode(bytes) };
  } catch {
    return { kind: "error", file, message: "The file is not UTF-8 text; save it as UTF-8 and import it again." };
  }
}

function skipReason(entryName: string): string | null {
  const base = entryName.split(/[\\/]/).pop() ?? "";
  if (entryName.startsWith("__MACOSX/") || base.startsWith("._")) return "macOS metadata, not a story";
  if (ZIP_FILE.test(base)) return "a zip inside a zip is not opened";
  if (!STORY_FILE.test(base)) return "not a .md story file";
  return null;
}

export function collectStoryFiles(uploads: readonly UploadedFile[]): CollectedFile[] {
  const collected: CollectedFile[] = [];
  const skip = (file: string, reason: string) => collected.push({ kind: "skipped", file, reason });
  const fail = (file: string, message: string) => collected.push({ kind: "error", file, message });
  let fileCount = 0;
  let expandedBytes = 0;
  const countFiles = (n: number) => {
    fileCount += n;
    if (fileCount > IMPORT_MAX_FILES) {
      throw new ImportLimitError(
        `An import may hold at most ${IMPORT_MAX_FILES.toLocaleString("en-US")} files, zip entries included; nothing was imported.`,
      );
    }
  };

  for (const upload of uploads) {
    if (!isZip(upload)) {
      countFiles(1);
      if (!STORY_FILE.test(upload.name)) skip(upload.name, "not a .md or .zip file");
      else if (upload.bytes.length > STORY_FILE_MAX_BYTES) fail(upload.name, tooLargeMessage(upload.bytes.length));
      else collected.push(decode(upload.name, upload.bytes));
      continue;
    }

    let entries;
    try {
      entries = listZipEntries(upload.bytes, IMPORT_MAX_FILES);
    } catch (error) {
      if (error instanceof ZipFormatError) {
        fail(upload.name, error.message);
        continue;
      }
      throw error;
    }
    countFiles(entries.length);

    // Decide every entry and check the archive's expanded size before inflating any of it.
    const decided = entries.map((entry) => {
      const file = `${upload.name}/${entry.name}`;
      const reason = entry.directory ? "folder" : skipReason(entry.name);
      if (reason) return { kind: "skipped", file, reason } as const;
      if (entry.size > STORY_FILE_MAX_BYTES) return { kind: "error", file, message: tooLargeMessage(entry.size) } as const;
      return { kind: "extract", file, entry } as const;
    });
    for (const item of decided) if (item.kind === "extract") expandedBytes += item.entry.size;
    if (expandedBytes > IMPORT_MAX_EXPANDED_BYTES) {
      throw new ImportLimitError(
        `The zip archives of an import may expand to at most ${IMPORT_MAX_EXPANDED_BYTES / 1024 / 1024} MB of story files; ` +
          `${upload.name} goes past that, so nothing was imported.`,
      );
    }
    for (const item of decided) {
      if (item.kind !== "extract") {
        collected.push(item);
        continue;
      }
      try {
        collected.push(decode(item.file, extractZipEntry(upload.bytes, item.entry)));
      } catch (error) {
        if (!(error instanceof ZipFormatError)) throw error;
        fail(item.file, error.message);
      }
    }
  }
  return collected;
}
