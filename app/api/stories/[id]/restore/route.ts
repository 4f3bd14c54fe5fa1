import { apiRoute, jsonResponse } from "@/lib/http/api";
import { restoreStory } from "@/lib/stories/data";
import { storyIdParam, type StoryRouteContext } from "@/lib/stories/route-params";

export const dynamic = "force-dynamic";

/** POST /api/stories/:id/restore — takes a story out of the trash. */
export const POST = apiRoute(async (_request: Request, context: StoryRouteContext) => {
  return jsonResponse({ story: await restoreStory(await storyIdParam(context)) });
});
