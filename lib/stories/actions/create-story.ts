"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { principleIdSchema } from "@/lib/principle-id-schema";
import { createStory } from "@/lib/stories/data";
import { STAR_TEMPLATE } from "@/lib/stories/template";

/**
 * "New story": starts an untitled story from the STAR template and opens it in the editor. A form may
 * send a `principle` (the coverage page's "Write a Frugality story"), which the story starts tagged with;
 * anything else in that field is ignored rather than refused, since the story is still wanted.
 */
export async function createStoryAction(formData?: FormData): Promise<void> {
  const principle = principleIdSchema.safeParse(formData?.get("principle"));
  const story = await createStory({ title: "Untitled story", body: STAR_TEMPLATE, principles: principle.success ? [principle.data] : [] });
  revalidatePath("/");
  redirect(`/stories/${story.id}`);
}
