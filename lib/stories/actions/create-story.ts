"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { validationError } from "@/lib/http/api";
import { createStory } from "@/lib/stories/data";
import { storyFormFields, type StoryFormState } from "@/lib/stories/form-state";
import { storyCreateSchema } from "@/lib/stories/schemas";

/** The "New story" form: validates with the API's schema, creates, then opens the story. */
export async function createStoryAction(_previous: StoryFormState, formData: FormData): Promise<StoryFormState> {
  const parsed = storyCreateSchema.safeParse(storyFormFields(formData));
  if (!parsed.success) {
    const error = validationError(parsed.error);
    return { status: "error", message: error.message, fields: error.fields };
  }
  const story = await createStory(parsed.data);
  revalidatePath("/");
  redirect(`/stories/${story.id}`);
}
