/** Limits of shared/SPEC.md §4. A request over any of them stores nothing. */
export const TITLE_MAX = 200;
/** A story body is what the linter reads, so its limit is the linter's (shared/SPEC.md §4). */
export { BODY_MAX } from "@/lib/lint/limits";
export const PRINCIPLES_MAX = 6;
/** Largest JSON request body the API reads, in bytes; bigger requests get 413 before parsing. */
export const REQUEST_MAX_BYTES = 1_000_000;
