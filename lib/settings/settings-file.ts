import "server-only";
import { randomUUID } from "node:crypto";
import { mkdir, open, readFile, rename, rm } from "node:fs/promises";
import path from "node:path";
import { databaseFilePath } from "@/lib/env";
import { resolveConfig, type ResolvedConfig } from "@/lib/lint/config";
import type { LintConfig } from "@/lib/lint/types";
import { validateSettings, type SettingsValidation } from "./validate-settings";

/**
 * The app's linter settings live in one `.story-lint.json` beside the SQLite database: the exact file
 * `story-lint --config` reads, so `npx story-lint --config data/.story-lint.json stories/` lints with
 * the app's settings. Every read and write validates it (lib/settings/validate-settings.ts).
 *
 * The file is the person's data, found at run time, not part of the app: every read of it carries a
 * `turbopackIgnore: true` comment, or `next build` cannot tell where the path points and traces the
 * whole project (sources, README, tests) into every route that imports this module.
 */

export const SETTINGS_FILE_NAME = ".story-lint.json";

/** Where the settings file is: the database's folder (DATABASE_URL, default ./data/). */
export function settingsFilePath(): string {
  return path.join(path.dirname(databaseFilePath()), SETTINGS_FILE_NAME);
}

/** The settings file's path as a person types it: relative to the folder the app runs in when inside it. */
export function settingsFileDisplayPath(file: string = settingsFilePath(), cwd: string = process.cwd()): string {
  const relative = path.relative(cwd, file);
  return relative !== "" && !relative.startsWith("..") && !path.isAbsolute(relative) ? relative : file;
}

/** Why the settings file could not be used. The file itself is left exactly as it was. */
export interface SettingsFileError {
  file: string;
  message: string;
  /** Per-field problems when the file is JSON but not valid settings. */
  fields?: Record<string, string>;
}

export type SettingsRead =
  | {
      ok: true;
      /** False when there is no file yet: the settings are then the defaults, `{}`. */
      exists: boolean;
      settings: LintConfig;
      resolved: ResolvedConfig;
    }
  | {
      ok: false;
      error: SettingsFileError;
      /** The defaults, which the app lints with until the file is fixed or replaced. */
      resolved: ResolvedConfig;
    };

function describeFsError(error: unknown): string {
  switch ((error as NodeJS.ErrnoException | undefined)?.code) {
    case "EACCES":
    case "EPERM":
      return "permission denied";
    case "EISDIR":
      return "it is a folder, not a file";
    default:
      return (error as Error | undefined)?.message ?? String(error);
  }
}

/**
 * Reads and validates the settings file. A missing file is the defaults; a file that cannot be read or
 * is not valid settings is an error value (never thrown, never overwritten), so the settings page can
 * say what is wrong while the rest of the app keeps linting with the defaults.
 */
export async function readSettings(file: string = settingsFilePath()): Promise<SettingsRead> {
  const defaults = () => resolveConfig({});
  let text: string;
  try {
    text = await readFile(/*turbopackIgnore: true*/ file, "utf8");
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return { ok: true, exists: false, settings: {}, resolved: defaults() };
    return { ok: false, error: { file, message: `The settings file ${file} cannot be read: ${describeFsError(error)}` }, resolved: defaults() };
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    return {
      ok: false,
      error: { file, message: `The settings file ${file} is not valid JSON: ${(error as Error).message}` },
      resolved: defaults(),
    };
  }
  const checked = validateSettings(json);
  if (!checked.ok) {
    return {
      ok: false,
      error: { file, message: `The settings file ${file} is invalid: ${checked.message}`, fields: checked.fields },
      resolved: defaults(),
    };
  }
  return { ok: true, exists: true, settings: checked.settings, resolved: checked.resolved };
}

/**
 * The configuration the app's linters run with: the saved settings, or the defaults while the file is
 * missing or broken (the settings page shows why).
 */
export async function readLintSettings(file: string = settingsFilePath()): Promise<{ config: LintConfig; resolved: ResolvedConfig }> {
  const read = await readSettings(file);
  return read.ok ? { config: read.settings, resolved: read.resolved } : { config: {}, resolved: read.resolved };
}

/** The settings file's text as it is on disk (pretty-printed JSON when the app wrote it), or null when there is none. */
export async function readSettingsText(file: string = settingsFilePath()): Promise<string | null> {
  try {
    return await readFile(/*turbopackIgnore: true*/ file, "utf8");
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return null;
    throw error;
  }
}

/** The text the app writes: the CLI's format, pretty-printed, with a final newline. */
export function formatSettings(settings: LintConfig): string {
  return `${JSON.stringify(settings, null, 2)}\n`;
}

export type SettingsWrite = SettingsValidation & {
  /** Where a previous file that was not valid settings was copied before being replaced. */
  backup?: string;
};

/**
 * Validates `input` and, only when it is valid, replaces the settings file atomically: the JSON goes
 * to a temporary file in the same folder, is fsynced, and is renamed over the old file, and the folder
 * is fsynced, so a crash leaves either the old settings or the new ones, never half a file. A previous
 * file that is not valid settings (hand-edited with a typo) is copied to `.story-lint.json.bak` first,
 * so replacing it never loses what the person wrote.
 */
export async function writeSettings(input: unknown, file: string = settingsFilePath()): Promise<SettingsWrite> {
  const checked = validateSettings(input);
  if (!checked.ok) return checked;
  const previous = await readSettings(file);
  let backup: string | undefined;
  if (!previous.ok) {
    backup = `${file}.bak`;
    // Read and written whole (not copyFile, which can spin on a file being rewritten meanwhile); if
    // this fails the write is abandoned and the broken file stays as it was.
    await writeFileAtomic(backup, await readFile(/*turbopackIgnore: true*/ file));
  }
  await writeFileAtomic(file, formatSettings(checked.settings));
  return { ...checked, ...(backup && { backup }) };
}

async function writeFileAtomic(file: string, text: string | Uint8Array): Promise<void> {
  const directory = path.dirname(file);
  await mkdir(directory, { recursive: true });
  const temporary = path.join(directory, `${path.basename(file)}.${process.pid}.${randomUUID()}.tmp`);
  try {
    const handle = await open(temporary, "wx", 0o644);
    try {
      await handle.writeFile(text);
      await handle.sync();
    } finally {
      await handle.close();
    }
    await rename(temporary, file);
  } catch (error) {
    await rm(temporary, { force: true });
    throw error;
  }
  await syncDirectory(directory);
}

/** Makes the rename itself durable. Some platforms cannot open or fsync a folder; the rename still happened. */
async function syncDirectory(directory: string): Promise<void> {
  let handle;
  try {
    handle = await open(directory, "r");
    await handle.sync();
  } catch (error) {
    if (!["EISDIR", "EPERM", "EINVAL", "EACCES"].includes((error as NodeJS.ErrnoException).code ?? "")) throw error;
  } finally {
    await handle?.close();
  }
}
