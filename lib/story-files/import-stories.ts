import "server-only";
import { createStory, listStories, updateStory } from "@/lib/stories/data";
import { StoryNotFoundError, VersionConflictError } from "@/lib/stories/errors";
import type { StoryCreateInput } from "@/lib/stories/schemas";
import type { StoryDto } from "@/lib/stories/types";
import type { CollectedFile, SkippedFile } from "./collect-files";
import { parseStoryFile, type StoryFileError } from "./story-file";

/** A story the import created or updated, and the file it came from. */
export interface ImportedStory {
  file: string;
  id: string;
  title: string;
}

/**
 * The answer of POST /api/import (shared/SPEC.md §4 `{ created, updated, skipped, errors }`), each a
 * list in the order the files were given, so a person can see what happened to every file.
 */
export interface ImportResult {
  created: ImportedStory[];
  updated: ImportedStory[];
  skipped: SkippedFile[];
  errors: StoryFileError[];
}

type Plan =
  | { action: "create" }
  | { action: "unchanged"; story: StoryDto }
  | { action: "update"; story: StoryDto };

function sameContent(story: StoryDto, input: StoryCreateInput): boolean {
  return (
    story.title === input.title &&
    story.body === input.body &&
    story.principles.length === input.principles.length &&
    story.principles.every((id, i) => id === input.principles[i])
  );
}

/**
 * Pairs each file with the live story it updates. A file updates the live story with exactly its title;
 * titles are not unique, so each story is claimed by at most one file: first every file that matches a
 * story exactly (unchanged), then the rest in order with the oldest unclaimed story of that title, and a
 * file left without one creates a story. So an export imported into the same bank changes nothing, and
 * into an empty bank recreates every story, same-titled ones included.
 */
function planImport(inputs: readonly StoryCreateInput[], live: readonly StoryDto[]): Plan[] {
  const byTitle = new Map<string, StoryDto[]>();
  for (const story of [...live].sort((a, b) => a.createdAt.localeCompare(b.createdAt) || a.id.localeCompare(b.id))) {
    byTitle.set(story.title, [...(byTitle.get(story.title) ?? []), story]);
  }
  const claimed = new Set<string>();
  const unclaimed = (title: string) => (byTitle.get(title) ?? []).filter((story) => !claimed.has(story.id));

  const plans: (Plan | undefined)[] = inputs.map((input) => {
    const story = unclaimed(input.title).find((candidate) => sameContent(candidate, input));
    if (!story) return undefined;
    claimed.add(story.id);
    return { action: "unchanged", story };
  });
  return plans.map((plan, i) => {
    if (plan) return plan;
    const story = unclaimed(inputs[i].title)[0];
    if (!story) return { action: "create" };
    claimed.add(story.id);
    return { action: "update", story };
  });
}

/**
 * Imports story files: parses each, then creates or updates its story. Every story is written on its
 * own (createStory and updateStory are each atomic), so a file that fails stores nothing and never
 * stops the files after it. Updates use the version read at the start of the import, so an edit made
 * meanwhile is reported as an error instead of being overwritten.
 */
export async function importStoryFiles(collected: readonly CollectedFile[]): Promise<ImportResult> {
  type Outcome =
    | { kind: "created"; story: ImportedStory }
    | { kind: "updated"; story: ImportedStory }
    | { kind: "skipped"; skipped: SkippedFile }
    | { kind: "error"; error: StoryFileError };
  const outcomes: (Outcome | undefined)[] = collected.map((item) => {
    if (item.kind === "skipped") return { kind: "skipped", skipped: { file: item.file, reason: item.reason } };
    if (item.kind === "error") return { kind: "error", error: { file: item.file, message: item.message } };
    return undefined;
  });

  const parsed: { index: number; file: string; input: StoryCreateInput }[] = [];
  for (const [index, item] of collected.entries()) {
    if (item.kind !== "text") continue;
    const result = parseStoryFile(item.text, item.file);
    if (result.ok) parsed.push({ index, file: item.file, input: result.input });
    else outcomes[index] = { kind: "error", error: result.error };
  }

  const plans = planImport(
    parsed.map((p) => p.input),
    await listStories(),
  );
  for (const [i, { index, file, input }] of parsed.entries()) {
    const plan = plans[i];
    try {
      if (plan.action === "unchanged") {
        outcomes[index] = { kind: "skipped", skipped: { file, reason: "unchanged" } };
      } else if (plan.action === "update") {
        const story = await updateStory(plan.story.id, { ...input, version: plan.story.version });
        outcomes[index] = { kind: "updated", story: { file, id: story.id, title: story.title } };
      } else {
        const story = await createStory(input);
        outcomes[index] = { kind: "created", story: { file, id: story.id, title: story.title } };
      }
    } catch (error) {
      outcomes[index] = { kind: "error", error: { file, message: writeErrorMessage(error, input.title) } };
    }
  }

  const result: ImportResult = { created: [], updated: [], skipped: [], errors: [] };
  for (const outcome of outcomes) {
    if (!outcome) continue;
    if (outcome.kind === "created") result.created.push(outcome.story);
    else if (outcome.kind === "updated") result.updated.push(outcome.story);
    else if (outcome.kind === "skipped") result.skipped.push(outcome.skipped);
    else result.errors.push(outcome.error);
  }
  return result;
}

function writeErrorMessage(error: unknown, title: string): string {
  if (error instanceof VersionConflictError) {
    return `"${title}" was edited while the import ran; nothing was overwritten. Import the file again to update it.`;
  }
  if (error instanceof StoryNotFoundError) {
    return `"${title}" was moved to the trash while the import ran; nothing was changed. Import the file again to recreate it.`;
  }
  // Unexpected, so logged; the other files are still imported and this one stored nothing.
  console.error("Import: could not store a story file", error);
  return "The story could not be saved because of a server error; nothing was stored for this file.";
}
