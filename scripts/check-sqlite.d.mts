/** See check-sqlite.mjs: null when better-sqlite3 loads, else one line with the cause and the fix. */
export function sqliteLoadProblem(root: string): string | null;
