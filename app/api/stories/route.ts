import { apiRoute, jsonResponse, parseOrThrow, readJson } from "@/lib/http/api";
import { createStory, listStories } from "@/lib/stories/data";
import { storyCreateSchema } from "@/lib/stories/schemas";
import { summarizeStory } from "@/lib/stories/summary";

export const dynamic = "force-dynamic";

/** GET /api/stories — live stories with their lint counts; `?trash=1` lists the trash instead. */
export const GET = apiRoute(async (request: Request) => {
  const trash = new URL(request.url).searchParams.get("trash");
  const stories = await listStories({ trash: trash === "1" || trash === "true" });
  return jsonResponse({ stories: stories.map(summarizeStory) });
});

/** POST /api/stories — create `{ title, body, principles }`. */
export const POST = apiRoute(async (request: Request) => {
  const input = parseOrThrow(storyCreateSchema, await readJson(request));
  const story = await createStory(input);
  return jsonResponse({ story }, 201);
});
