import { apiRoute, jsonResponse, parseOrThrow, readJson } from "@/lib/http/api";
import { getStoryOrThrow, trashStory, updateStory } from "@/lib/stories/data";
import { storyIdParam as storyId, type StoryRouteContext as Context } from "@/lib/stories/route-params";
import { storyUpdateSchema } from "@/lib/stories/schemas";

export const dynamic = "force-dynamic";

/** GET /api/stories/:id */
export const GET = apiRoute(async (_request: Request, context: Context) => {
  return jsonResponse({ story: await getStoryOrThrow(await storyId(context)) });
});

/** PUT /api/stories/:id — `{ title?, body?, principles?, version }`; 409 with `current` on a stale version. */
export const PUT = apiRoute(async (request: Request, context: Context) => {
  const id = await storyId(context);
  const input = parseOrThrow(storyUpdateSchema, await readJson(request));
  return jsonResponse({ story: await updateStory(id, input) });
});

/** DELETE /api/stories/:id — moves the story to the trash (POST …/restore brings it back). */
export const DELETE = apiRoute(async (_request: Request, context: Context) => {
  return jsonResponse({ story: await trashStory(await storyId(context)) });
});
