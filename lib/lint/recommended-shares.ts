import type { SectionName } from "./types";

/** The split coaches recommend for a STAR answer: most of the time on what you did (20/10/60/10). */
export const RECOMMENDED_SHARES: Readonly<Record<SectionName, number>> = { situation: 0.2, task: 0.1, action: 0.6, result: 0.1 };
