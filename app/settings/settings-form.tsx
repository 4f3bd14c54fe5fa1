"use client";

import Link from "next/link";
import { useState, type FormEvent } from "react";
import type { RuleSetting } from "@/lib/lint/config";
import {
  formValuesOf,
  RULE_SETTINGS,
  settingsFromForm,
  type SettingsFormModel,
  type SettingsFormValues,
  type SettingsRule,
} from "@/lib/settings/form-values";
import styles from "./settings.module.css";

// No zod and no linter here: the server page hands over the rules, defaults and bounds, and
// PUT /api/settings does the validating.

type NumberField = "speakingRate" | "minStories" | "maxPrinciplesPerStory";

type Status = { kind: "idle" | "saving" | "saved" | "error"; text: string };

interface SaveResponse {
  resolved?: Parameters<typeof formValuesOf>[0];
  backup?: string;
  error?: { message?: string; fields?: Record<string, string> };
}

/** Element ids, from the field keys PUT /api/settings names problems with. */
const inputId = (field: string) => `setting-${field.replace(/[^\w-]/g, "-")}`;
const errorId = (field: string) => `${inputId(field)}-error`;
const hintId = (field: string) => `${inputId(field)}-hint`;

function describedBy(...ids: (string | false | undefined)[]): string | undefined {
  const present = ids.filter(Boolean);
  return present.length > 0 ? present.join(" ") : undefined;
}

function FieldError({ field, errors }: { field: string; errors: Record<string, string> }) {
  return errors[field] ? (
    <p id={errorId(field)} className={styles.fieldError}>
      {errors[field]}
    </p>
  ) : null;
}

/**
 * The settings form: a row per rule, the speaking rate and the coverage numbers. Save sends only what
 * differs from the defaults to PUT /api/settings, so the saved `.story-lint.json` stays short; the
 * status region says "Settings saved" or what to fix, and each bad field carries its own message.
 */
export function SettingsForm({ model, initial }: { model: SettingsFormModel; initial: SettingsFormValues }) {
  const [values, setValues] = useState(initial);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [status, setStatus] = useState<Status>({ kind: "idle", text: "" });
  const busy = status.kind === "saving";

  async function send(settings: Record<string, unknown>, done: string) {
    setStatus({ kind: "saving", text: "Saving…" });
    let response: Response;
    let data: SaveResponse | null;
    try {
      response = await fetch("/api/settings", {
        method: "PUT",
        headers: { "Content-Type": "application/json" },
        body: JSON.stringify(settings),
      });
      data = (await response.json().catch(() => null)) as SaveResponse | null;
    } catch {
      setStatus({ kind: "error", text: "Not saved: the server could not be reached. Try again." });
      return;
    }
    if (response.ok && data?.resolved) {
      setValues(formValuesOf(data.resolved));
      setErrors({});
      const backup = data.backup ? `. The old file was not valid settings; a copy of it was kept as ${data.backup}.` : "";
      setStatus({ kind: "saved", text: `${done}${backup}` });
      return;
    }
    setErrors(data?.error?.fields ?? {});
    setStatus({ kind: "error", text: `Not saved: ${data?.error?.message ?? `the server answered ${response.status}`}` });
  }

  function save(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    void send(settingsFromForm(values, model), "Settings saved");
  }

  function resetToDefaults() {
    void send({}, "Settings reset to defaults");
  }

  const setRule = (id: string, setting: RuleSetting) => setValues((old) => ({ ...old, rules: { ...old.rules, [id]: setting } }));
  const setNumber = (name: NumberField, value: string) => setValues((old) => ({ ...old, [name]: value }));
  const setTarget = (id: string, value: string) => setValues((old) => ({ ...old, targets: { ...old.targets, [id]: value } }));

  const storyRules = model.rules.filter((rule) => rule.scope === "story");
  const bankRules = model.rules.filter((rule) => rule.scope === "bank");

  function numberInput(name: NumberField, label: string, hint: string) {
    const bounds = model.bounds[name];
    return (
      <div className={styles.field}>
        <label htmlFor={inputId(name)}>{label}</label>
        <input
          id={inputId(name)}
          name={name}
          type="number"
          inputMode="numeric"
          min={bounds.min}
          max={bounds.max}
          step={1}
          className={`text-input ${styles.number}`}
          value={values[name]}
          onChange={(event) => setNumber(name, event.target.value)}
          aria-invalid={errors[name] ? true : undefined}
          aria-describedby={describedBy(hintId(name), errors[name] && errorId(name))}
        />
        <p id={hintId(name)} className={`muted ${styles.hint}`}>
          {hint} Default {model.defaults[name]}; {bounds.min} to {bounds.max}.
        </p>
        <FieldError field={name} errors={errors} />
      </div>
    );
  }

  return (
    // noValidate: our messages (per field, and in the status region) replace the browser's bubbles.
    <form className={styles.form} onSubmit={save} noValidate aria-busy={busy}>
      <section aria-labelledby="rules-heading">
        <h2 id="rules-heading" className={styles.heading}>
          Rules
        </h2>
        <p className="muted">
          Each rule&rsquo;s severity, or off to stop it. Errors count against a core story; info is a gentle hint.
        </p>
        <FieldError field="rules" errors={errors} />
        <RuleTable caption="Story rules" rules={storyRules} values={values} errors={errors} onChange={setRule} />
        <RuleTable caption="Bank rules" rules={bankRules} values={values} errors={errors} onChange={setRule} />
      </section>

      <section aria-labelledby="length-heading">
        <h2 id="length-heading" className={styles.heading}>
          Spoken length
        </h2>
        {numberInput(
          "speakingRate",
          "Speaking rate (words per minute)",
          "How fast you speak in an interview: the editor's length meter, practice mode and the interview-day sheet time your stories with it.",
        )}
      </section>

      <section aria-labelledby="coverage-heading">
        <h2 id="coverage-heading" className={styles.heading}>
          Coverage
        </h2>
        <div className={styles.pair}>
          {numberInput("minStories", "Minimum stories", "With fewer stories than this, the coverage page asks for more.")}
          {numberInput(
            "maxPrinciplesPerStory",
            "Most principles per story",
            "A story tagged with more principles than this is flagged as stretched too thin.",
          )}
        </div>
        <fieldset className={styles.targets} aria-describedby={describedBy("targets-hint", errors.targets && errorId("targets"))}>
          <legend>Stories wanted per principle</legend>
          <p id="targets-hint" className={`muted ${styles.hint}`}>
            A principle counts as covered once it has this many stories; 0 means you do not need it. {model.bounds.target.min}{" "}
            to {model.bounds.target.max}.
          </p>
          <FieldError field="targets" errors={errors} />
          <ul className={styles.targetList}>
            {model.principles.map((principle) => {
              const field = `targets.${principle.id}`;
              return (
                <li key={principle.id} className={styles.target}>
                  <label htmlFor={inputId(field)}>{principle.name}</label>
                  <input
                    id={inputId(field)}
                    name={field}
                    type="number"
                    inputMode="numeric"
                    min={model.bounds.target.min}
                    max={model.bounds.target.max}
                    step={1}
                    className={`text-input ${styles.number}`}
                    value={values.targets[principle.id] ?? ""}
                    onChange={(event) => setTarget(principle.id, event.target.value)}
                    aria-invalid={errors[field] ? true : undefined}
                    aria-describedby={describedBy(hintId(field), errors[field] && errorId(field))}
                  />
                  <span id={hintId(field)} className={`muted ${styles.hint}`}>
                    default {principle.defaultTarget}
                  </span>
                  <FieldError field={field} errors={errors} />
                </li>
              );
            })}
          </ul>
        </fieldset>
      </section>

      <div className={styles.actions}>
        <button type="submit" className="button" disabled={busy}>
          Save
        </button>
        <button type="button" className="button secondary" disabled={busy} onClick={resetToDefaults}>
          Reset to defaults
        </button>
        <a href="/api/settings/download" download=".story-lint.json">
          Download .story-lint.json
        </a>
      </div>
      <p role="status" className={status.kind === "error" ? styles.statusError : styles.status}>
        {status.text}
      </p>
    </form>
  );
}

function RuleTable({
  caption,
  rules,
  values,
  errors,
  onChange,
}: {
  caption: string;
  rules: readonly SettingsRule[];
  values: SettingsFormValues;
  errors: Record<string, string>;
  onChange: (id: string, setting: RuleSetting) => void;
}) {
  if (rules.length === 0) return null;
  return (
    <div className={styles.group}>
      <table className={styles.rules}>
        <caption className={styles.caption}>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">Rule and what it checks</th>
            <th scope="col">Setting</th>
          </tr>
        </thead>
        <tbody>
          {rules.map((rule) => {
            const field = `rules.${rule.id}`;
            return (
              <tr key={rule.id}>
                <td>
                  <Link href={rule.url} className={styles.ruleId}>
                    {rule.id}
                  </Link>
                  <span id={hintId(field)} className={styles.summary}>
                    {rule.summary}
                  </span>
                </td>
                <td>
                  <select
                    id={inputId(field)}
                    name={rule.id}
                    aria-label={rule.id}
                    className={styles.select}
                    value={values.rules[rule.id] ?? rule.defaultSetting}
                    onChange={(event) => onChange(rule.id, event.target.value as RuleSetting)}
                    aria-invalid={errors[field] ? true : undefined}
                    aria-describedby={describedBy(hintId(field), errors[field] && errorId(field))}
                  >
                    {RULE_SETTINGS.map((setting) => (
                      <option key={setting} value={setting}>
                        {setting === rule.defaultSetting ? `${setting} (default)` : setting}
                      </option>
                    ))}
                  </select>
                  <FieldError field={field} errors={errors} />
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
