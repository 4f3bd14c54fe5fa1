import { PRINCIPLE_IDS, type PrincipleId } from "../principles";
import { DEFAULT_MAX_PRINCIPLES_PER_STORY, DEFAULT_MIN_STORIES, DEFAULT_TARGETS } from "./bank/defaults";
import { BANK_RULES } from "./bank/registry";
import { RULE_ALIASES, STORY_RULE_MODULES } from "./registry";
import { DEFAULT_SPEAKING_RATE } from "./speaking-rate";
import { lintConfigSchema, type LintConfig, type Severity } from "./types";

export type RuleSetting = Severity | "off";

/** A LintConfig with every default filled in. */
export interface ResolvedConfig {
  /** Setting of every known rule (story and bank), by current rule id. */
  rules: Record<string, RuleSetting>;
  targets: Record<PrincipleId, number>;
  maxPrinciplesPerStory: number;
  minStories: number;
  /** Words per minute for spoken-length estimates. */
  speakingRate: number;
}

export { DEFAULT_SPEAKING_RATE };

/** Every rule's default setting (story and bank), by rule id, shared by every lint. */
const DEFAULT_RULE_SETTINGS: Readonly<Record<string, RuleSetting>> = Object.fromEntries(
  [...STORY_RULE_MODULES.map((rule) => rule.meta), ...BANK_RULES].map((meta) => [meta.id, meta.severity]),
);

/** True when a config may name this rule id: a current story or bank rule, or an old id (alias). */
export function isKnownRuleId(id: string): boolean {
  return Object.hasOwn(DEFAULT_RULE_SETTINGS, RULE_ALIASES[id] ?? id);
}

/**
 * Fills in the defaults of a linter configuration. Rules keep their default severity unless set to
 * another severity or "off". Throws an Error naming the problem when the config does not match
 * lintConfigSchema or names a rule that does not exist, since a typo would otherwise silently lint
 * with the wrong rules.
 */
export function resolveConfig(config?: LintConfig): ResolvedConfig {
  const parsed = lintConfigSchema.safeParse(config ?? {});
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => `${issue.path.join(".") || "config"}: ${issue.message}`);
    throw new Error(`Invalid lint config: ${problems.join("; ")}`);
  }
  const rules: Record<string, RuleSetting> = { ...DEFAULT_RULE_SETTINGS };
  const unknown: string[] = [];
  for (const [id, setting] of Object.entries(parsed.data.rules ?? {})) {
    if (!isKnownRuleId(id)) unknown.push(id);
    else rules[RULE_ALIASES[id] ?? id] = setting;
  }
  if (unknown.length > 0) {
    throw new Error(
      `Unknown rule id${unknown.length > 1 ? "s" : ""} in lint config: ${unknown.map((id) => JSON.stringify(id)).join(", ")}; known rules: ${Object.keys(rules).join(", ")}`,
    );
  }
  const targets = { ...DEFAULT_TARGETS } as Record<PrincipleId, number>;
  for (const id of PRINCIPLE_IDS) {
    const value = parsed.data.targets?.[id];
    if (value !== undefined) targets[id] = value;
  }
  return {
    rules,
    targets,
    maxPrinciplesPerStory: parsed.data.maxPrinciplesPerStory ?? DEFAULT_MAX_PRINCIPLES_PER_STORY,
    minStories: parsed.data.minStories ?? DEFAULT_MIN_STORIES,
    speakingRate: parsed.data.speakingRate ?? DEFAULT_SPEAKING_RATE,
  };
}

/**
 * Whether `value` (parsed JSON, plugin options …) is a usable LintConfig: the schema, then the rule
 * ids resolveConfig knows. A problem is one line, issues joined with "; " and each led by its path
 * (`rules.we-instead-of-i: …`), for the CLI, the remark plugin and the language server to put after
 * their own words.
 */
export function checkLintConfig(value: unknown): { ok: true; config: LintConfig } | { ok: false; problem: string } {
  const parsed = lintConfigSchema.safeParse(value);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => (issue.path.length > 0 ? `${issue.path.join(".")}: ${issue.message}` : issue.message));
    return { ok: false, problem: problems.join("; ") };
  }
  try {
    resolveConfig(parsed.data); // rule ids that do not exist, which the schema cannot know
  } catch (error) {
    return { ok: false, problem: (error as Error).message };
  }
  return { ok: true, config: parsed.data };
}
