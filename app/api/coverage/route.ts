import { apiRoute, jsonResponse } from "@/lib/http/api";
import { lintBank } from "@/lib/lint/bank";
import { listStories } from "@/lib/stories/data";

export const dynamic = "force-dynamic";

/** GET /api/coverage — the stories × principles matrix and the bank rules' messages. */
export const GET = apiRoute(async () => {
  const stories = await listStories();
  const { principles, messages } = lintBank(stories.map(({ id, title, principles, body }) => ({ id, title, principles, body })));
  return jsonResponse({
    principles: principles.map(({ id, name, storyIds, status }) => ({ id, name, storyIds, status })),
    messages,
  });
});
