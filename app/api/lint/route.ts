import { apiRoute, jsonResponse, parseOrThrow, readJson } from "@/lib/http/api";
import { lintStoryWithSuppressions } from "@/lib/lint";
import { measureStory } from "@/lib/lint/meter";
import { lintRequestSchema } from "@/lib/lint/request";

export const dynamic = "force-dynamic";

/**
 * POST /api/lint — `{ markdown, principles? }` → `{ messages, suppressed, meter }`; nothing is saved.
 * Beyond the spec's `{ messages }`, for the editor: `suppressed` lists what the story's
 * `<!-- story-lint disable … -->` comments waived and why, and `meter` the sections' shares and
 * spoken length.
 */
export const POST = apiRoute(async (request: Request) => {
  const input = parseOrThrow(lintRequestSchema, await readJson(request));
  const { messages, suppressed } = lintStoryWithSuppressions(input.markdown, { principles: input.principles });
  return jsonResponse({ messages, suppressed, meter: measureStory(input.markdown) });
});
