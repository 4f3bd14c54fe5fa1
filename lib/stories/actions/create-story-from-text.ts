"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { createStory } from "@/lib/stories/data";
import { bodyFromText, titleFromText } from "@/lib/stories/pasted-story";
import { pastedStorySchema } from "@/lib/stories/schemas";

/** What the paste form shows after a refused submit: a message per field. */
export interface PasteStoryState {
  errors: { text?: string[]; title?: string[] };
  message: string | null;
}

/**
 * "Paste an answer you already have": creates a story from the pasted text (headings inserted where
 * the part finder can find the parts; the title given, or the first sentence) and opens it.
 */
export async function createStoryFromTextAction(_previous: PasteStoryState, formData: FormData): Promise<PasteStoryState> {
  const parsed = pastedStorySchema.safeParse({ text: formData.get("text") ?? "", title: formData.get("title") ?? "" });
  if (!parsed.success) {
    const fields = parsed.error.flatten().fieldErrors;
    return { errors: { text: fields.text, title: fields.title }, message: "The story was not created: see the messages below the fields." };
  }
  const title = parsed.data.title.trim() || titleFromText(parsed.data.text);
  const story = await createStory({ title, body: bodyFromText(parsed.data.text), principles: [] });
  revalidatePath("/");
  redirect(`/stories/${story.id}`);
}
