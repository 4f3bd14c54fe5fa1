/**
 * The longest story the linter is asked to read, in UTF-16 code units (JavaScript string length):
 * POST /api/lint's markdown, and a stored story's body (lib/stories/limits.ts takes it from here, so a
 * story that can be saved can always be linted). tests/reliability fuzzes the linter up to it.
 */
export const BODY_MAX = 20_000;
