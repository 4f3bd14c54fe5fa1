import type { LintMessage } from "@/lib/lint/types";

/**
 * What a quick fix's button says. Most fixes swap a few words and say so; star-unlabelled's fix
 * returns the whole story with headings inserted, which no one wants quoted back on a button.
 */
export function fixLabel(message: Pick<LintMessage, "ruleId" | "actual">, replacement: string, short = false): string {
  if (message.ruleId === "star-unlabelled") return "Add STAR headings";
  return short ? `Replace with “${replacement}”` : `Replace “${message.actual}” with “${replacement}”`;
}
