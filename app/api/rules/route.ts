import { apiRoute, jsonResponse } from "@/lib/http/api";
import { STORY_RULES } from "@/lib/lint";
import { BANK_RULES } from "@/lib/lint/bank";

/** GET /api/rules — every rule `{ id, severity, summary, url }`. */
export const GET = apiRoute(async () => {
  const rules = [...STORY_RULES, ...BANK_RULES].map(({ id, severity, summary, url }) => ({ id, severity, summary, url }));
  return jsonResponse({ rules });
});
