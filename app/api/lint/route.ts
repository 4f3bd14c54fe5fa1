import { apiRoute, jsonResponse, parseOrThrow, readJson } from "@/lib/http/api";
import { lintStory } from "@/lib/lint";
import { measureStory } from "@/lib/lint/meter";
import { lintRequestSchema } from "@/lib/lint/request";

export const dynamic = "force-dynamic";

/**
 * POST /api/lint — `{ markdown, principles? }` → `{ messages, meter }`; nothing is saved. `meter` (the
 * sections' shares and spoken length) is extra to the spec's `{ messages }`, for the editor.
 */
export const POST = apiRoute(async (request: Request) => {
  const input = parseOrThrow(lintRequestSchema, await readJson(request));
  return jsonResponse({
    messages: lintStory(input.markdown, { principles: input.principles }),
    meter: measureStory(input.markdown),
  });
});
