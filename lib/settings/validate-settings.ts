import type { z } from "zod";
import { isKnownRuleId, resolveConfig, type ResolvedConfig } from "@/lib/lint/config";
import { lintConfigSchema, type LintConfig } from "@/lib/lint/types";
import { getPrinciple, isPrincipleId } from "@/lib/principles";

/**
 * Checks the app's linter settings: exactly the CLI's `.story-lint.json` format, so the same checks as
 * `story-lint --config` (lintConfigSchema, then resolveConfig for rule ids). Pure, no file system, so
 * the settings file, the HTTP route and the tests share it. Problems are named per field, with the
 * field keys the HTTP error contract uses (`speakingRate`, `targets.ownership`, `rules.<rule-id>`).
 */

/** Inclusive bounds of a number setting, read from lintConfigSchema so the form and the schema agree. */
export interface NumberBounds {
  min: number;
  max: number;
}

function boundsOf(schema: z.ZodNumber): NumberBounds {
  return { min: schema.minValue ?? 0, max: schema.maxValue ?? Number.MAX_SAFE_INTEGER };
}

const shape = lintConfigSchema.shape;

export const SETTING_BOUNDS = {
  speakingRate: boundsOf(shape.speakingRate.unwrap()),
  minStories: boundsOf(shape.minStories.unwrap()),
  maxPrinciplesPerStory: boundsOf(shape.maxPrinciplesPerStory.unwrap()),
  target: boundsOf(shape.targets.unwrap().valueType),
} as const satisfies Record<string, NumberBounds>;

/** What a person reads for each number field, in the settings form's words. */
const NUMBER_LABELS: Record<Exclude<keyof typeof SETTING_BOUNDS, "target">, string> = {
  speakingRate: "Speaking rate",
  minStories: "Minimum stories",
  maxPrinciplesPerStory: "Most principles per story",
};

export type SettingsValidation =
  | { ok: true; settings: LintConfig; resolved: ResolvedConfig }
  | { ok: false; message: string; fields: Record<string, string> };

function numberProblem(label: string, bounds: NumberBounds): string {
  return `${label} must be a whole number from ${bounds.min} to ${bounds.max}`;
}

function describeIssue(issue: z.core.$ZodIssue): { field: string; message: string } {
  const [top, key] = issue.path.map(String);
  if (top === undefined) {
    if (issue.code === "unrecognized_keys") {
      return { field: "_", message: `Unknown setting${issue.keys.length > 1 ? "s" : ""}: ${issue.keys.join(", ")}` };
    }
    return { field: "_", message: "Settings must be a JSON object" };
  }
  if (top in NUMBER_LABELS) {
    const name = top as keyof typeof NUMBER_LABELS;
    return { field: name, message: numberProblem(NUMBER_LABELS[name], SETTING_BOUNDS[name]) };
  }
  if (top === "targets") {
    if (key === undefined) {
      return issue.code === "unrecognized_keys"
        ? { field: "targets", message: `Unknown principle id${issue.keys.length > 1 ? "s" : ""} in targets: ${issue.keys.join(", ")}` }
        : { field: "targets", message: "Targets must be an object of principle ids and numbers" };
    }
    const label = isPrincipleId(key) ? `Target for ${getPrinciple(key).name}` : `Target for ${key}`;
    return { field: `targets.${key}`, message: numberProblem(label, SETTING_BOUNDS.target) };
  }
  if (top === "rules") {
    if (key === undefined) return { field: "rules", message: "Rules must be an object of rule ids and settings" };
    return { field: `rules.${key}`, message: `Setting for ${key} must be one of error, warning, info or off` };
  }
  return { field: issue.path.map(String).join("."), message: issue.message };
}

function failure(fields: Record<string, string>): SettingsValidation {
  return { ok: false, message: Object.values(fields).join("; "), fields };
}

/**
 * Validates settings as the CLI validates its `--config` file and fills in the defaults. Never throws:
 * every problem is a value naming its field (the first problem per field).
 */
export function validateSettings(input: unknown): SettingsValidation {
  const parsed = lintConfigSchema.safeParse(input);
  if (!parsed.success) {
    const fields: Record<string, string> = {};
    for (const issue of parsed.error.issues) {
      const { field, message } = describeIssue(issue);
      fields[field] ??= message;
    }
    return failure(fields);
  }
  // The registry knows the rule ids (it changes as rules are added); name each one it does not know.
  const fields: Record<string, string> = {};
  for (const id of Object.keys(parsed.data.rules ?? {})) {
    if (!isKnownRuleId(id)) fields[`rules.${id}`] = `Unknown rule id "${id}"; see the Rules page for the ones there are`;
  }
  if (Object.keys(fields).length > 0) return failure(fields);
  try {
    return { ok: true, settings: parsed.data, resolved: resolveConfig(parsed.data) };
  } catch (error) {
    return failure({ _: (error as Error).message });
  }
}
