/** What a story form's server action returns: field errors and a message for the status region. */
export interface StoryFormState {
  status: "idle" | "saved" | "error" | "conflict";
  message: string;
  fields?: Record<string, string>;
  /** The stored version after a save, or the current one after a conflict. */
  version?: number;
  /** On a conflict: what is stored now, so the form can show both texts. */
  current?: { title: string; body: string };
}

export const initialStoryFormState: StoryFormState = { status: "idle", message: "" };

/** Reads a story form's fields into the shape the zod schemas expect. */
export function storyFormFields(formData: FormData) {
  return {
    title: String(formData.get("title") ?? ""),
    body: String(formData.get("body") ?? "").replace(/\r\n/g, "\n"),
    principles: formData.getAll("principles").map(String),
  };
}
