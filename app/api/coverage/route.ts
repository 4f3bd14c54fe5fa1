import { apiRoute, jsonResponse } from "@/lib/http/api";
import { lintBank } from "@/lib/lint/bank";
import { readLintSettings } from "@/lib/settings/settings-file";
import { listStories } from "@/lib/stories/data";

export const dynamic = "force-dynamic";

/** GET /api/coverage — the stories × principles matrix and the bank rules' messages, under the app's settings. */
export const GET = apiRoute(async () => {
  const [stories, { config }] = await Promise.all([listStories(), readLintSettings()]);
  const { principles, messages } = lintBank(
    stories.map(({ id, title, principles, body }) => ({ id, title, principles, body })),
    config,
  );
  return jsonResponse({
    principles: principles.map(({ id, name, storyIds, status }) => ({ id, name, storyIds, status })),
    messages,
  });
});
