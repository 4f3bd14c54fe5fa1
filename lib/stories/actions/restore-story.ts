"use server";

import { revalidatePath } from "next/cache";
import { restoreStory } from "@/lib/stories/data";
import { StoryNotFoundError } from "@/lib/stories/errors";
import { storyIdSchema } from "@/lib/stories/schemas";

/** The trash's "Restore" button. A story that is already gone is not an error worth a crash page. */
export async function restoreStoryAction(formData: FormData): Promise<void> {
  const id = storyIdSchema.safeParse(formData.get("id"));
  if (!id.success) return;
  try {
    await restoreStory(id.data);
  } catch (error) {
    if (!(error instanceof StoryNotFoundError)) throw error;
  }
  revalidatePath("/");
}
