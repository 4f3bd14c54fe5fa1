import { describe, expect, it } from "vitest";
import { STORY_RULES } from "@/lib/lint";
import { BANK_RULES } from "@/lib/lint/bank";
import { resolveConfig } from "@/lib/lint/config";
import { PRINCIPLES } from "@/lib/principles";
import { settingsFormModel } from "@/lib/settings/form-model";
import { formValuesOf, settingsFromForm, type SettingsFormValues } from "@/lib/settings/form-values";
import { validateSettings } from "@/lib/settings/validate-settings";

const model = settingsFormModel();
const defaults = formValuesOf(resolveConfig({}));

const edit = (change: (values: SettingsFormValues) => void): SettingsFormValues => {
  const values = structuredClone(defaults);
  change(values);
  return values;
};

describe("settingsFormModel", () => {
  it("lists every registered rule, story rules first, each with its default, and every principle", () => {
    expect(model.rules.map((rule) => rule.id)).toEqual([...STORY_RULES, ...BANK_RULES].map((rule) => rule.id));
    for (const rule of model.rules) {
      expect(rule.url).toBe(`/rules/${rule.id}`);
      expect(rule.summary).not.toBe("");
    }
    expect(model.principles.map((principle) => principle.name)).toEqual(PRINCIPLES.map((principle) => principle.name));
    expect(model.defaults).toEqual({ speakingRate: 150, minStories: 5, maxPrinciplesPerStory: 3 });
    expect(model.bounds.speakingRate).toEqual({ min: 60, max: 300 });
  });
});

describe("settingsFromForm", () => {
  const cases: { name: string; values: SettingsFormValues; expected: Record<string, unknown> }[] = [
    { name: "the defaults untouched", values: defaults, expected: {} },
    {
      name: "a rule turned off and one raised to error",
      values: edit((values) => {
        values.rules["vague-outcome"] = "off";
        values.rules["bank-too-small"] = "error";
      }),
      expected: { rules: { "vague-outcome": "off", "bank-too-small": "error" } },
    },
    {
      name: "a rule set back to its default",
      values: edit((values) => {
        values.rules["vague-outcome"] = "warning";
      }),
      expected: {},
    },
    {
      name: "changed numbers, with spaces around one",
      values: edit((values) => {
        values.speakingRate = " 130 ";
        values.minStories = "8";
        values.targets.ownership = "3";
        values.targets.frugality = "0";
      }),
      expected: { targets: { ownership: 3, frugality: 0 }, minStories: 8, speakingRate: 130 },
    },
    {
      name: "blank numbers, which mean their defaults",
      values: edit((values) => {
        values.speakingRate = "";
        values.targets.ownership = "  ";
      }),
      expected: {},
    },
    {
      name: "text that is no number, passed on for the server to name",
      values: edit((values) => {
        values.maxPrinciplesPerStory = "three";
      }),
      expected: { maxPrinciplesPerStory: "three" },
    },
  ];

  it.each(cases)("sends only what differs from the defaults: $name", ({ values, expected }) => {
    expect(settingsFromForm(values, model)).toEqual(expected);
  });

  it("round-trips through validation: what the form sends resolves to what it showed", () => {
    const values = edit((draft) => {
      draft.rules["we-instead-of-i"] = "info";
      draft.speakingRate = "170";
      draft.targets["dive-deep"] = "4";
    });
    const checked = validateSettings(settingsFromForm(values, model));
    expect(checked.ok).toBe(true);
    if (checked.ok) expect(formValuesOf(checked.resolved)).toEqual(values);
  });
});
