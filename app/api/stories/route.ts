import { apiRoute, jsonResponse, parseOrThrow, readJson } from "@/lib/http/api";
import { createStory, listStories } from "@/lib/stories/data";
import { readLintSettings } from "@/lib/settings/settings-file";
import { storyCreateSchema } from "@/lib/stories/schemas";
import { summarizeStory } from "@/lib/stories/summary";

export const dynamic = "force-dynamic";

/** GET /api/stories — live stories with their lint counts (under the app's settings); `?trash=1` lists the trash instead. */
export const GET = apiRoute(async (request: Request) => {
  const trash = new URL(request.url).searchParams.get("trash");
  const [stories, { config }] = await Promise.all([listStories({ trash: trash === "1" || trash === "true" }), readLintSettings()]);
  return jsonResponse({ stories: stories.map((story) => summarizeStory(story, config)) });
});

/** POST /api/stories — create `{ title, body, principles }`. */
export const POST = apiRoute(async (request: Request) => {
  const input = parseOrThrow(storyCreateSchema, await readJson(request));
  const story = await createStory(input);
  return jsonResponse({ story }, 201);
});
