"use client";

import { useRouter } from "next/navigation";
import { useCallback, useEffect, useMemo, useRef, useState } from "react";
import { PRINCIPLES, type PrincipleId } from "@/lib/principles";
import type { LintMeter } from "@/lib/lint/meter";
import type { PrincipleSuggestion } from "@/lib/lint/principle-suggestions";
import type { LintMessage } from "@/lib/lint/types";
import { TITLE_MAX } from "@/lib/stories/limits";
import type { StoryDto } from "@/lib/stories/types";
import { lintRemote, saveStory, type WaivedMessage } from "./api-client";
import { createEditor, forceLinting, revealRange, type Diagnostic, type EditorView } from "./codemirror";
import { fixLabel } from "./fix-label";
import { LengthMeter } from "./length-meter";
import { clearDraft, readDraft, writeDraft, type Draft } from "./drafts";
import { readEditorFont, writeEditorFont, type EditorFont } from "./editor-font";
import { messageKey, WarningsPanel } from "./warnings-panel";

/** Pause after the last keystroke before linting and before saving. */
const LINT_DELAY_MS = 250;
const SAVE_DELAY_MS = 800;
const RETRY_DELAY_MS = 5_000;

type SaveStatus =
  | { kind: "saved" }
  | { kind: "pending" }
  | { kind: "saving" }
  | { kind: "error"; message: string }
  | { kind: "offline"; message: string }
  | { kind: "conflict"; current: StoryDto };

function statusText(status: SaveStatus): string {
  switch (status.kind) {
    case "saved":
      return "Saved";
    case "pending":
      return "Unsaved changes";
    case "saving":
      return "Saving…";
    case "error":
      return `Not saved: ${status.message}`;
    case "offline":
      return `Not saved: ${status.message}. Your text is kept in this browser and will be saved when the server is back.`;
    case "conflict":
      return "Not saved: this story was changed in another tab or window. Both versions are shown below; choose one.";
  }
}

/**
 * The comment that waives one message for the line it is on (shared/SPEC.md §1). The reason is kept
 * with the story; "--" is collapsed so the reason cannot close the comment early.
 */
export function suppressionComment(ruleId: string, reason: string): string {
  const clean = reason.replace(/\s+/g, " ").replace(/-{2,}/g, "-").trim();
  return `<!-- story-lint disable-next-line ${ruleId}${clean ? `: ${clean}` : ""} -->\n`;
}

function toDiagnostic(message: LintMessage, length: number, onIgnore: (message: LintMessage) => void): Diagnostic {
  const from = Math.min(message.offset, length);
  const to = Math.min(Math.max(message.endOffset, from), length);
  return {
    from,
    to,
    severity: message.severity,
    source: message.ruleId,
    // Messages about a whole part (no `actual`: a missing figure, the spoken length, a principle's
    // evidence) get a quieter mark than those about words, so "were rewritten" stays visible inside
    // an Action that is also marked as a whole. CodeMirror gives a piece of text covered by several
    // diagnostics all their classes, hence "lint-word" too (see the theme in codemirror.ts).
    markClass: `rule-${message.ruleId} ${message.actual === undefined ? "lint-span" : "lint-word"}`,
    message: message.reason,
    renderMessage: () => {
      const box = document.createElement("div");
      const reason = document.createElement("p");
      reason.className = "diagnostic-reason";
      reason.textContent = message.reason;
      box.append(reason);
      if (message.note) {
        const note = document.createElement("p");
        note.className = "diagnostic-note";
        note.textContent = message.note;
        box.append(note);
      }
      const link = document.createElement("a");
      link.href = message.url;
      link.textContent = message.ruleId;
      box.append(link);
      return box;
    },
    actions: [
      ...(message.expected ?? []).map((replacement) => ({
        name: fixLabel(message, replacement, true),
        apply: (view: EditorView, start: number, end: number) => {
          view.dispatch({ changes: { from: start, to: end, insert: replacement } });
        },
      })),
      { name: "Ignore here…", apply: () => onIgnore(message) },
    ],
  };
}

interface Snapshot {
  title: string;
  body: string;
  principles: PrincipleId[];
}

const sameSnapshot = (a: Snapshot, b: Snapshot) =>
  a.title === b.title && a.body === b.body && a.principles.join() === b.principles.join();

/**
 * The story editor: title, a CodeMirror markdown editor with the linter's warnings inline, principle
 * tags, a length meter, and autosave. Edits are kept in the browser until the server confirms them,
 * and a save that would overwrite someone else's newer version shows both texts instead.
 */
export function StoryEditor({ story }: { story: StoryDto }) {
  const router = useRouter();
  const host = useRef<HTMLDivElement>(null);
  const view = useRef<EditorView | null>(null);

  const [title, setTitle] = useState(story.title);
  const [principles, setPrinciples] = useState<PrincipleId[]>(story.principles);
  const [status, setStatus] = useState<SaveStatus>({ kind: "saved" });
  const [messages, setMessages] = useState<LintMessage[]>([]);
  const [waived, setWaived] = useState<WaivedMessage[]>([]);
  const [ignoring, setIgnoring] = useState<string | null>(null);
  const [meter, setMeter] = useState<LintMeter | null>(null);
  const [suggestions, setSuggestions] = useState<PrincipleSuggestion[]>([]);
  // The server renders the default; the browser's remembered choice is applied once mounted.
  const [font, setFont] = useState<EditorFont>("prose");
  useEffect(() => setFont(readEditorFont()), []);
  const toggleFont = () => {
    const next = font === "mono" ? "prose" : "mono";
    setFont(next);
    writeEditorFont(next);
  };
  const [lintError, setLintError] = useState<string | null>(null);
  const [draft, setDraft] = useState<Draft | null>(null);

  // What is on screen, what the server last confirmed, and the version it has: refs, because the
  // save loop and CodeMirror's callbacks run outside React's render cycle.
  const current = useRef<Snapshot>({ title: story.title, body: story.body, principles: story.principles });
  const confirmed = useRef<Snapshot>({ ...current.current });
  const version = useRef(story.version);
  const saving = useRef(false);
  const conflicted = useRef(false);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);

  const flush = useCallback(async (): Promise<void> => {
    clearTimeout(timer.current);
    if (saving.current || conflicted.current) return;
    const snapshot = { ...current.current, principles: [...current.current.principles] };
    if (sameSnapshot(snapshot, confirmed.current)) {
      setStatus({ kind: "saved" });
      return;
    }
    saving.current = true;
    setStatus({ kind: "saving" });
    const outcome = await saveStory(story.id, { ...snapshot, version: version.current });
    saving.current = false;
    switch (outcome.kind) {
      case "saved":
        version.current = outcome.story.version;
        confirmed.current = snapshot;
        if (sameSnapshot(current.current, snapshot)) {
          clearDraft(story.id);
          setStatus({ kind: "saved" });
        } else {
          void flush(); // typed while the save was in flight
        }
        break;
      case "conflict":
        conflicted.current = true;
        setStatus({ kind: "conflict", current: outcome.current });
        break;
      case "rejected":
        setStatus({ kind: "error", message: outcome.message });
        break;
      case "offline":
        setStatus({ kind: "offline", message: outcome.message });
        timer.current = setTimeout(() => void flush(), RETRY_DELAY_MS);
        break;
    }
  }, [story.id]);

  const changed = useCallback(
    (patch: Partial<Snapshot>) => {
      current.current = { ...current.current, ...patch };
      writeDraft(story.id, { ...current.current, baseVersion: version.current, savedAt: Date.now() });
      if (conflicted.current) return;
      setStatus((previous) => (previous.kind === "saving" ? previous : { kind: "pending" }));
      clearTimeout(timer.current);
      timer.current = setTimeout(() => void flush(), SAVE_DELAY_MS);
    },
    [flush, story.id],
  );

  // Create CodeMirror once; it owns the body text from then on.
  useEffect(() => {
    if (!host.current) return;
    const editor = createEditor({
      parent: host.current,
      doc: story.body,
      label: "Story",
      lintDelay: LINT_DELAY_MS,
      onChange: (body) => changed({ body }),
      lint: async (target) => {
        const text = target.state.doc.toString();
        try {
          const result = await lintRemote(text, current.current.principles);
          if (target.state.doc.toString() === text) {
            setMessages(result.messages);
            setWaived(result.suppressed ?? []);
            setMeter(result.meter ?? null);
            setSuggestions(result.suggestions ?? []);
            setLintError(null);
          }
          return result.messages.map((message) =>
            toDiagnostic(message, text.length, (chosen) => setIgnoring(messageKey(chosen))),
          );
        } catch (error) {
          setLintError(error instanceof Error ? error.message : String(error));
          return [];
        }
      },
    });
    view.current = editor;
    const saved = readDraft(story.id);
    if (saved && !sameSnapshot(saved, { title: story.title, body: story.body, principles: story.principles })) {
      setDraft(saved);
    }
    const beforeUnload = (event: BeforeUnloadEvent) => {
      if (!sameSnapshot(current.current, confirmed.current)) event.preventDefault();
    };
    window.addEventListener("beforeunload", beforeUnload);
    return () => {
      window.removeEventListener("beforeunload", beforeUnload);
      clearTimeout(timer.current);
      editor.destroy();
      view.current = null;
    };
    // The story prop only seeds the editor; later renders must not recreate it.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  const replaceBody = (body: string) => {
    const editor = view.current;
    if (editor) editor.dispatch({ changes: { from: 0, to: editor.state.doc.length, insert: body } });
  };

  const togglePrinciple = (id: PrincipleId, on: boolean) => {
    const next = on ? [...principles, id] : principles.filter((p) => p !== id);
    setPrinciples(next);
    changed({ principles: next });
    if (view.current) forceLinting(view.current); // a principle's checks switch on with its tag
  };

  const resolveConflict = (keep: "mine" | "theirs") => {
    if (status.kind !== "conflict") return;
    const theirs = status.current;
    version.current = theirs.version;
    confirmed.current = { title: theirs.title, body: theirs.body, principles: theirs.principles };
    conflicted.current = false;
    if (keep === "theirs") {
      setTitle(theirs.title);
      setPrinciples(theirs.principles);
      current.current = { ...confirmed.current };
      replaceBody(theirs.body);
      clearDraft(story.id);
      setStatus({ kind: "saved" });
    } else {
      void flush();
    }
  };

  const restoreDraft = () => {
    if (!draft) return;
    setTitle(draft.title);
    setPrinciples(draft.principles);
    current.current = { title: draft.title, body: draft.body, principles: draft.principles };
    replaceBody(draft.body);
    setDraft(null);
    changed({});
  };

  const trash = async () => {
    const response = await fetch(`/api/stories/${story.id}`, { method: "DELETE" });
    if (response.ok) {
      clearDraft(story.id);
      router.push("/");
      router.refresh();
    } else {
      setStatus({ kind: "error", message: "the story could not be moved to the trash" });
    }
  };

  /** Writes a suppression comment above the message's line; the next lint moves it to "Waived". */
  const ignore = (message: LintMessage, reason: string) => {
    const editor = view.current;
    if (!editor) return;
    const line = editor.state.doc.lineAt(Math.min(message.offset, editor.state.doc.length));
    editor.dispatch({ changes: { from: line.from, insert: suppressionComment(message.ruleId, reason) } });
    setIgnoring(null);
  };

  /** One click tags: the same path as ticking the box, then focus moves to that box (the button goes). */
  const acceptSuggestion = (id: PrincipleId) => {
    if (!principles.includes(id)) togglePrinciple(id, true);
    document.getElementById(`principle-${id}`)?.focus();
  };

  const checked = useMemo(() => new Set(principles), [principles]);
  // Until the next lint answers, a suggestion just tagged must not linger.
  const shownSuggestions = suggestions.filter((suggestion) => !checked.has(suggestion.principleId));
  const nameOf = (id: PrincipleId) => PRINCIPLES.find((principle) => principle.id === id)?.name ?? id;

  return (
    <div className="editor-layout">
      <div className="editor-main">
        <h1>{title.trim() || "Untitled story"}</h1>
        {draft ? (
          <div className="notice" role="alert">
            <p>
              This browser kept changes to this story that the server never confirmed (from{" "}
              {new Date(draft.savedAt).toLocaleString()}).
            </p>
            <button type="button" className="button" onClick={restoreDraft}>
              Restore unsaved changes
            </button>{" "}
            <button
              type="button"
              className="button secondary"
              onClick={() => {
                clearDraft(story.id);
                setDraft(null);
              }}
            >
              Discard them
            </button>
          </div>
        ) : null}
        <p>
          <label htmlFor="story-title">Title</label>
          <input
            id="story-title"
            className="text-input title-input"
            value={title}
            maxLength={TITLE_MAX}
            onChange={(event) => {
              setTitle(event.target.value);
              changed({ title: event.target.value });
            }}
          />
        </p>
        <div className={font === "mono" ? "editor-host font-mono" : "editor-host"} ref={host} />
        <p className="editor-bar">
          <span role="status" aria-live="polite" className={`save-status save-${status.kind}`}>
            {statusText(status)}
          </span>
          <button type="button" className="button secondary" onClick={() => void flush()}>
            Save now
          </button>
          <button type="button" className="button secondary" aria-pressed={font === "mono"} onClick={toggleFont}>
            Monospace font
          </button>
          <a className="button secondary" href={`/stories/${story.id}/practice`}>
            Practice
          </a>
          <button type="button" className="button danger" onClick={() => void trash()}>
            Move to trash
          </button>
        </p>
        {status.kind === "conflict" ? (
          <section className="conflict" aria-labelledby="conflict-heading">
            <h2 id="conflict-heading">Two versions of this story</h2>
            <div className="conflict-columns">
              <div>
                <h3>Your version (in the editor)</h3>
                <pre className="story-body" aria-label="Your version">
                  {current.current.body}
                </pre>
                <button type="button" className="button" onClick={() => resolveConflict("mine")}>
                  Keep my version
                </button>
              </div>
              <div>
                <h3>Saved version {status.current.version}</h3>
                <pre className="story-body" aria-label="Saved version">
                  {status.current.body}
                </pre>
                <button type="button" className="button secondary" onClick={() => resolveConflict("theirs")}>
                  Use the saved version
                </button>
              </div>
            </div>
          </section>
        ) : null}
        <fieldset className="principles">
          <legend>Leadership Principles this story proves</legend>
          <div className="principle-suggestions" aria-live="polite">
            {shownSuggestions.length > 0 ? (
              <>
                <p className="principle-suggestions-intro">Your text already shows:</p>
                <ul>
                  {shownSuggestions.map((suggestion) => (
                    <li key={suggestion.principleId}>
                      <button
                        type="button"
                        className="button secondary"
                        onClick={() => acceptSuggestion(suggestion.principleId)}
                        aria-describedby={`suggestion-${suggestion.principleId}-because`}
                      >
                        Tag {nameOf(suggestion.principleId)}
                      </button>{" "}
                      <span className="principle-suggestion-because" id={`suggestion-${suggestion.principleId}-because`}>
                        {suggestion.because}
                      </span>
                    </li>
                  ))}
                </ul>
              </>
            ) : null}
          </div>
          <ul className="principle-choices">
            {PRINCIPLES.map((principle) => (
              <li key={principle.id} className="principle-choice">
                <input
                  type="checkbox"
                  id={`principle-${principle.id}`}
                  checked={checked.has(principle.id)}
                  onChange={(event) => togglePrinciple(principle.id, event.target.checked)}
                  aria-describedby={`principle-${principle.id}-hint`}
                />
                <label htmlFor={`principle-${principle.id}`}>{principle.name}</label>
                <span className="principle-hint" role="tooltip" id={`principle-${principle.id}-hint`}>
                  {principle.description} Typical questions: {principle.questions.join(" ")}
                </span>
              </li>
            ))}
          </ul>
        </fieldset>
      </div>
      <aside className="editor-side">
        <WarningsPanel
          messages={messages}
          waived={waived}
          error={lintError}
          ignoring={ignoring}
          onStartIgnore={(message) => setIgnoring(message ? messageKey(message) : null)}
          onIgnore={ignore}
          onReveal={(message) => view.current && revealRange(view.current, message.offset, message.endOffset)}
          onFix={(message, replacement) => {
            const editor = view.current;
            // Only when the text is still what was linted: a stale offset must never replace other words.
            if (editor && editor.state.sliceDoc(message.offset, message.endOffset) === message.actual) {
              editor.dispatch({ changes: { from: message.offset, to: message.endOffset, insert: replacement } });
            }
          }}
        />
        {meter ? <LengthMeter meter={meter} /> : null}
      </aside>
    </div>
  );
}
