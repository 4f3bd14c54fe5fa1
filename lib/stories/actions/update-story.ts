"use server";

import { revalidatePath } from "next/cache";
import { validationError } from "@/lib/http/api";
import { updateStory } from "@/lib/stories/data";
import { StoryNotFoundError, VersionConflictError } from "@/lib/stories/errors";
import { storyFormFields, type StoryFormState } from "@/lib/stories/form-state";
import { storyIdSchema, storyUpdateSchema } from "@/lib/stories/schemas";

/** Saves the story form. A stale version is answered with both texts; nothing is overwritten. */
export async function updateStoryAction(
  storyId: string,
  _previous: StoryFormState,
  formData: FormData,
): Promise<StoryFormState> {
  if (!storyIdSchema.safeParse(storyId).success) return { status: "error", message: "This story does not exist" };
  const parsed = storyUpdateSchema.safeParse({
    ...storyFormFields(formData),
    version: Number(formData.get("version")),
  });
  if (!parsed.success) {
    const error = validationError(parsed.error);
    return { status: "error", message: error.message, fields: error.fields };
  }
  try {
    const story = await updateStory(storyId, parsed.data);
    revalidatePath("/");
    revalidatePath(`/stories/${storyId}`);
    return { status: "saved", message: "Saved", version: story.version };
  } catch (error) {
    if (error instanceof VersionConflictError) {
      return {
        status: "conflict",
        message: `${error.message} Your text is still in the form; the saved text is shown below.`,
        version: error.current.version,
        current: { title: error.current.title, body: error.current.body },
      };
    }
    if (error instanceof StoryNotFoundError) {
      return { status: "error", message: "This story is no longer in the bank (it may be in the trash)" };
    }
    throw error;
  }
}
