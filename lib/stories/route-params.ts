import { StoryNotFoundError } from "./errors";
import { storyIdSchema } from "./schemas";

export type StoryRouteContext = { params: Promise<{ id: string }> };

/** The story id of a route; an id that cannot name a story is answered like a missing story (404). */
export async function storyIdParam(context: StoryRouteContext): Promise<string> {
  const { id } = await context.params;
  if (!storyIdSchema.safeParse(id).success) throw new StoryNotFoundError(id);
  return id;
}
