"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { createStory } from "@/lib/stories/data";
import { STAR_TEMPLATE } from "@/lib/stories/template";

/** "New story": starts an untitled story from the STAR template and opens it in the editor. */
export async function createStoryAction(): Promise<void> {
  const story = await createStory({ title: "Untitled story", body: STAR_TEMPLATE, principles: [] });
  revalidatePath("/");
  redirect(`/stories/${story.id}`);
}
