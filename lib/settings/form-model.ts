import { STORY_RULES } from "@/lib/lint";
import { BANK_RULES } from "@/lib/lint/bank";
import { resolveConfig } from "@/lib/lint/config";
import { PRINCIPLES } from "@/lib/principles";
import type { SettingsFormModel } from "./form-values";
import { SETTING_BOUNDS } from "./validate-settings";

/**
 * What the settings form offers, read from the linter itself: every registered rule (story rules,
 * then bank rules, in registry order) with its default, every principle with its default target.
 * Nothing is listed by hand, so a rule added to the registry appears on the page by itself.
 */
export function settingsFormModel(): SettingsFormModel {
  const defaults = resolveConfig({});
  return {
    rules: [...STORY_RULES, ...BANK_RULES].map(({ id, summary, url, scope, severity }) => ({
      id,
      summary,
      url,
      scope,
      defaultSetting: severity,
    })),
    principles: PRINCIPLES.map(({ id, name }) => ({ id, name, defaultTarget: defaults.targets[id] })),
    defaults: {
      speakingRate: defaults.speakingRate,
      minStories: defaults.minStories,
      maxPrinciplesPerStory: defaults.maxPrinciplesPerStory,
    },
    bounds: SETTING_BOUNDS,
  };
}
