import { apiRoute, jsonResponse, parseOrThrow, readJson } from "@/lib/http/api";
import { lintStoryWithSuppressions } from "@/lib/lint";
import { meterOf } from "@/lib/lint/meter";
import { suggestPrinciples } from "@/lib/lint/principle-suggestions";
import { lintRequestSchema } from "@/lib/lint/request";
import { readLintSettings } from "@/lib/settings/settings-file";

export const dynamic = "force-dynamic";

/**
 * POST /api/lint — `{ markdown, principles? }` → `{ messages, suppressed, meter, suggestions }`; nothing is saved.
 * Beyond the spec's `{ messages }`, for the editor: `suppressed` lists what the story's
 * `<!-- story-lint disable … -->` comments waived and why, and `meter` the sections' shares and
 * spoken length. Both follow the app's settings (lib/settings): rule severities and "off", speaking rate.
 * `suggestions` (lib/lint/principle-suggestions.ts) the untagged principles the text already proves,
 * each with its evidence and a short `because`, for the editor's "Tag …" buttons; never any of
 * `principles` (or, when absent, the front matter's).
 */
export const POST = apiRoute(async (request: Request) => {
  const input = parseOrThrow(lintRequestSchema, await readJson(request));
  const { config, resolved } = await readLintSettings();
  const { messages, suppressed, sections } = lintStoryWithSuppressions(input.markdown, { principles: input.principles, config });
  return jsonResponse({
    messages,
    suppressed,
    meter: meterOf(sections, input.markdown, resolved.speakingRate),
    suggestions: suggestPrinciples(input.markdown, input.principles ? { tagged: input.principles } : {}),
  });
});
