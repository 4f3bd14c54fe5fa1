import { apiRoute } from "@/lib/http/api";
import { formatSettings, readSettingsText, SETTINGS_FILE_NAME } from "@/lib/settings/settings-file";

export const dynamic = "force-dynamic";

/**
 * GET /api/settings/download — the saved settings file as a `.story-lint.json` download, byte for
 * byte (`{}` when nothing is saved yet), ready for `story-lint --config`.
 */
export const GET = apiRoute(async () => {
  const text = (await readSettingsText()) ?? formatSettings({});
  return new Response(text, {
    headers: {
      "Content-Type": "application/json; charset=utf-8",
      "Content-Disposition": `attachment; filename="${SETTINGS_FILE_NAME}"`,
      "Cache-Control": "no-store",
    },
  });
});
