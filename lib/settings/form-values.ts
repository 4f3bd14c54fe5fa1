import type { ResolvedConfig, RuleSetting } from "@/lib/lint/config";
import type { Severity } from "@/lib/lint/types";
import type { PrincipleId } from "@/lib/principles";
import type { NumberBounds } from "./validate-settings";

/**
 * The settings form's data, between the server page and the browser. Type imports only, so the form's
 * bundle carries neither zod nor the linter.
 */

export const RULE_SETTINGS = ["error", "warning", "info", "off"] as const satisfies readonly RuleSetting[];

/** One rule row of the form: what the rule checks and its default. */
export interface SettingsRule {
  id: string;
  summary: string;
  url: string;
  scope: "story" | "bank";
  defaultSetting: Severity;
}

/** What the form shows besides the values: rules, principles, defaults and bounds. Built on the server. */
export interface SettingsFormModel {
  rules: SettingsRule[];
  principles: { id: PrincipleId; name: string; defaultTarget: number }[];
  defaults: { speakingRate: number; minStories: number; maxPrinciplesPerStory: number };
  bounds: { speakingRate: NumberBounds; minStories: NumberBounds; maxPrinciplesPerStory: NumberBounds; target: NumberBounds };
}

/** The form's fields as typed: numbers stay strings until they are sent, so a half-typed value is kept. */
export interface SettingsFormValues {
  rules: Record<string, RuleSetting>;
  targets: Record<string, string>;
  speakingRate: string;
  minStories: string;
  maxPrinciplesPerStory: string;
}

export function formValuesOf(resolved: ResolvedConfig): SettingsFormValues {
  return {
    rules: { ...resolved.rules },
    targets: Object.fromEntries(Object.entries(resolved.targets).map(([id, target]) => [id, String(target)])),
    speakingRate: String(resolved.speakingRate),
    minStories: String(resolved.minStories),
    maxPrinciplesPerStory: String(resolved.maxPrinciplesPerStory),
  };
}

/** A typed number, or the text itself when it is not one (so the server can name the field), or undefined when blank. */
function numberOf(raw: string | undefined): number | string | undefined {
  const text = (raw ?? "").trim();
  if (text === "") return undefined;
  const value = Number(text);
  return Number.isFinite(value) ? value : text;
}

/**
 * The `.story-lint.json` settings the form describes: only what differs from the defaults, so a rule
 * whose default changes later follows the new default unless the person chose otherwise. A blank
 * number field means its default.
 */
export function settingsFromForm(values: SettingsFormValues, model: SettingsFormModel): Record<string, unknown> {
  const settings: Record<string, unknown> = {};
  const rules: Record<string, RuleSetting> = {};
  for (const rule of model.rules) {
    const chosen = values.rules[rule.id];
    if (chosen !== undefined && chosen !== rule.defaultSetting) rules[rule.id] = chosen;
  }
  if (Object.keys(rules).length > 0) settings.rules = rules;
  const targets: Record<string, number | string> = {};
  for (const principle of model.principles) {
    const target = numberOf(values.targets[principle.id]);
    if (target !== undefined && target !== principle.defaultTarget) targets[principle.id] = target;
  }
  if (Object.keys(targets).length > 0) settings.targets = targets;
  for (const name of ["maxPrinciplesPerStory", "minStories", "speakingRate"] as const) {
    const value = numberOf(values[name]);
    if (value !== undefined && value !== model.defaults[name]) settings[name] = value;
  }
  return settings;
}
