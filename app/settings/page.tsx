import type { Metadata } from "next";
import { formValuesOf } from "@/lib/settings/form-values";
import { settingsFormModel } from "@/lib/settings/form-model";
import { readSettings, settingsFileDisplayPath } from "@/lib/settings/settings-file";
import { SettingsForm } from "./settings-form";
import styles from "./settings.module.css";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Settings" };

/**
 * The linter's settings: each rule's severity or "off", the speaking rate, and the coverage targets.
 * Saved as the `.story-lint.json` beside the database, the same file the command-line linter reads with
 * `--config`; every part of the app that lints uses it.
 */
export default async function SettingsPage() {
  const read = await readSettings();
  const file = settingsFileDisplayPath();
  return (
    <div className={styles.page}>
      <h1>Settings</h1>
      <p className="muted">
        How the linter reads your stories, everywhere in the app: the editor, the story list, coverage, practice and the
        interview-day sheet. They are saved in <code>{file}</code>, the file the command-line linter reads:{" "}
        <code>npx story-lint --config {file} stories/</code>.
      </p>
      {read.ok ? null : (
        <div className="notice" role="alert">
          <p>
            <strong>Your settings file could not be used.</strong> {read.error.message}
          </p>
          <p>
            The app lints with the defaults until the file is fixed. Saving here replaces it, and keeps a copy of the old
            file as <code>{file}.bak</code>.
          </p>
        </div>
      )}
      <SettingsForm model={settingsFormModel()} initial={formValuesOf(read.resolved)} />
    </div>
  );
}
