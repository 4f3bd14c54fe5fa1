"use server";

import { revalidatePath } from "next/cache";
import { getPrinciple } from "@/lib/principles";
import { getStoryOrThrow, updateStory } from "@/lib/stories/data";
import { StoryNotFoundError, VersionConflictError } from "@/lib/stories/errors";
import { PRINCIPLES_MAX } from "@/lib/stories/limits";
import { tagStorySchema } from "@/lib/stories/schemas";

/** What the button shows after a click: nothing on success (the page re-renders with the new tag). */
export interface TagStoryState {
  message: string | null;
}

/**
 * Adds one principle to a story's tags, keeping the others in their order. Uses the version the
 * page was rendered with, so a story edited since (in the editor, another tab, the API) is never
 * changed behind the person's back: they are told to reload instead.
 */
export async function tagStoryAction(_previous: TagStoryState, formData: FormData): Promise<TagStoryState> {
  const parsed = tagStorySchema.safeParse({
    id: formData.get("id"),
    principle: formData.get("principle"),
    version: formData.get("version"),
  });
  if (!parsed.success) return { message: "This button no longer matches a story. Reload the page and try again." };
  const { id, principle, version } = parsed.data;
  try {
    const story = await getStoryOrThrow(id);
    if (!story.principles.includes(principle)) {
      if (story.principles.length >= PRINCIPLES_MAX) {
        return { message: `“${story.title}” already has ${PRINCIPLES_MAX} principles, the most a story can carry; untag one in the editor first.` };
      }
      // Optimistic concurrency: updateStory writes only if the stored version is still `version`.
      await updateStory(id, { principles: [...story.principles, principle], version });
    }
  } catch (error) {
    if (error instanceof VersionConflictError) {
      return { message: `“${error.current.title}” was changed since this page loaded, so it was not tagged with ${getPrinciple(principle).name}. Reload to see it.` };
    }
    if (error instanceof StoryNotFoundError) return { message: "This story is no longer in the bank (it may be in the trash)." };
    throw error;
  }
  revalidatePath("/coverage");
  revalidatePath("/");
  return { message: null };
}
