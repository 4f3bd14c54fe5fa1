import path from "node:path";
import { ApiError, apiRoute, jsonResponse, readJson } from "@/lib/http/api";
import { readSettings, writeSettings } from "@/lib/settings/settings-file";

export const dynamic = "force-dynamic";

/**
 * GET /api/settings — `{ settings, resolved }`: the saved `.story-lint.json` (`{}` when there is none)
 * and the configuration the app lints with, every default filled in and every rule's effective
 * setting. When the file cannot be read or is not valid settings, the app lints with the defaults:
 * then `settings` is `{}`, `resolved` the defaults, and `fileError.message` says what is wrong.
 */
export const GET = apiRoute(async () => {
  const read = await readSettings();
  if (read.ok) return jsonResponse({ settings: read.settings, resolved: read.resolved });
  return jsonResponse({ settings: {}, resolved: read.resolved, fileError: { message: read.error.message } });
});

/**
 * PUT /api/settings — replace the settings with a LintConfig (the CLI's `--config` format). 200 with
 * `{ settings, resolved }`; 400 `invalid_input` naming each bad field (`speakingRate`,
 * `targets.<principle-id>`, `rules.<rule-id>`), and then nothing is written. When the file replaced
 * was not valid settings, `backup` names the copy kept of it (`.story-lint.json.bak`).
 */
export const PUT = apiRoute(async (request: Request) => {
  const outcome = await writeSettings(await readJson(request));
  if (!outcome.ok) throw new ApiError(400, "invalid_input", outcome.message, outcome.fields);
  return jsonResponse({
    settings: outcome.settings,
    resolved: outcome.resolved,
    // The file replaced was not valid settings: where its copy is, so the client can say so.
    ...(outcome.backup && { backup: path.basename(outcome.backup) }),
  });
});
