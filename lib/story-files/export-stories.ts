import "server-only";
import { listStories } from "@/lib/stories/data";
import { exportArchiveName, storyFileNames } from "./file-names";
import { serializeStory } from "./story-file";
import { writeZip } from "./zip";

/**
 * The whole bank (live stories; the trash stays behind) as a zip of story files, oldest story first.
 * Each entry is dated with its story's last edit, so the archive's listing says what changed when.
 */
export async function exportStoryArchive(now: Date = new Date()): Promise<{ fileName: string; bytes: Uint8Array }> {
  const stories = (await listStories()).sort((a, b) => a.createdAt.localeCompare(b.createdAt) || a.id.localeCompare(b.id));
  const names = storyFileNames(stories.map((story) => story.title));
  const encoder = new TextEncoder();
  const bytes = writeZip(
    stories.map((story, i) => ({ name: names[i], data: encoder.encode(serializeStory(story)), modified: new Date(story.updatedAt) })),
  );
  return { fileName: exportArchiveName(now), bytes };
}
