"use client";

import { useRouter } from "next/navigation";
import { useId, useState, type ChangeEvent } from "react";

/** The answer of POST /api/import (see app/api/import/route.ts). */
interface ImportResult {
  created: { file: string; id: string; title: string }[];
  updated: { file: string; id: string; title: string }[];
  skipped: { file: string; reason: string }[];
  errors: { file: string; message: string }[];
}

interface Report {
  summary: string;
  /** One line per file that needs the person's attention: errors, then files skipped for a reason other than "unchanged". */
  details: string[];
}

function plural(count: number, word: string) {
  return `${count} ${word}${count === 1 ? "" : "s"}`;
}

function reportOf(result: ImportResult): Report {
  const unchanged = result.skipped.filter((s) => s.reason === "unchanged").length;
  const otherSkips = result.skipped.filter((s) => s.reason !== "unchanged");
  const parts = [`${result.created.length} created`, `${result.updated.length} updated`, `${unchanged} unchanged`];
  if (otherSkips.length > 0) parts.push(`${otherSkips.length} skipped`);
  parts.push(plural(result.errors.length, "error"));
  return {
    summary: `Import finished: ${parts.join(", ")}.`,
    details: [
      ...result.errors.map((e) => `${e.file}: ${e.message}`),
      ...otherSkips.map((s) => `${s.file}: skipped (${s.reason})`),
    ],
  };
}

/**
 * Export and import of the whole bank as story files (shared/SPEC.md §1): a download link for the zip,
 * and a file input that sends .md files or zips to POST /api/import, says what happened to each file,
 * and refreshes the list.
 */
export function BankFiles() {
  const router = useRouter();
  const inputId = useId();
  const [busy, setBusy] = useState(false);
  const [report, setReport] = useState<Report | null>(null);

  async function importFiles(event: ChangeEvent<HTMLInputElement>) {
    const input = event.currentTarget;
    const files = Array.from(input.files ?? []);
    if (files.length === 0) return;
    const form = new FormData();
    for (const file of files) form.append("files", file);
    setBusy(true);
    setReport({ summary: `Importing ${plural(files.length, "file")}…`, details: [] });
    try {
      const response = await fetch("/api/import", { method: "POST", body: form });
      const data: unknown = await response.json().catch(() => null);
      if (!response.ok) {
        const message = (data as { error?: { message?: string } } | null)?.error?.message;
        setReport({ summary: `Nothing was imported: ${message ?? `the server answered ${response.status}`}`, details: [] });
        return;
      }
      setReport(reportOf(data as ImportResult));
      router.refresh();
    } catch {
      setReport({ summary: "Nothing was imported: the server could not be reached. Try again.", details: [] });
    } finally {
      setBusy(false);
      // Clearing the input lets the same file be chosen again after it was fixed.
      input.value = "";
    }
  }

  return (
    <section aria-labelledby="bank-files-heading" className="bank-files">
      <h2 id="bank-files-heading">Export and import</h2>
      <p>
        <a href="/api/export" download className="button secondary">
          Export all stories
        </a>{" "}
        <span className="muted">A zip with one markdown file per story.</span>
      </p>
      <p>
        <label htmlFor={inputId}>Import stories</label>{" "}
        <input
          id={inputId}
          type="file"
          accept=".md,.markdown,.zip,text/markdown,application/zip"
          multiple
          disabled={busy}
          aria-describedby={`${inputId}-hint`}
          onChange={importFiles}
        />
      </p>
      <p id={`${inputId}-hint`} className="muted">
        Markdown files with a title and principles in front matter, or a zip of them. A file whose title matches a
        story updates that story; the others become new stories.
      </p>
      <div role="status" aria-live="polite">
        {report ? (
          <>
            <p>{report.summary}</p>
            {report.details.length > 0 ? (
              <ul className="messages">
                {report.details.map((line, i) => (
                  <li key={i}>{line}</li>
                ))}
              </ul>
            ) : null}
          </>
        ) : null}
      </div>
    </section>
  );
}
