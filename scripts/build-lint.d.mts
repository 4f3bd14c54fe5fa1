/** See build-lint.mjs: the entry modules, by the name each gets under dist/. */
export const ENTRY_POINTS: Record<string, string>;
/** Builds dist/ from lib/lint; resolves to the files written. */
export function buildLint(options?: { outdir?: string; quiet?: boolean; ifChanged?: boolean }): Promise<string[]>;
