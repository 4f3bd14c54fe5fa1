import { useState } from "react";
import type { LintMessage, SectionName } from "@/lib/lint/types";
import type { WaivedMessage } from "./api-client";
import { fixLabel } from "./fix-label";

const GROUPS: { section: SectionName | null; label: string }[] = [
  { section: null, label: "Whole story" },
  { section: "situation", label: "Situation" },
  { section: "task", label: "Task" },
  { section: "action", label: "Action" },
  { section: "result", label: "Result" },
];

/** Identifies a message across re-lints of unchanged text. */
export function messageKey(message: LintMessage): string {
  return `${message.ruleId}:${message.offset}:${message.endOffset}`;
}

interface Props {
  messages: LintMessage[];
  waived: WaivedMessage[];
  error: string | null;
  /** The message whose "ignore here" form is open, by messageKey. */
  ignoring: string | null;
  onReveal: (message: LintMessage | { offset: number; endOffset: number }) => void;
  onFix: (message: LintMessage, replacement: string) => void;
  onStartIgnore: (message: LintMessage | null) => void;
  onIgnore: (message: LintMessage, reason: string) => void;
}

function IgnoreForm({ message, onIgnore, onCancel }: { message: LintMessage; onIgnore: Props["onIgnore"]; onCancel: () => void }) {
  const [reason, setReason] = useState("");
  const id = `ignore-${messageKey(message).replace(/\W/g, "-")}`;
  return (
    <form
      className="ignore-form"
      onSubmit={(event) => {
        event.preventDefault();
        onIgnore(message, reason);
      }}
    >
      <label htmlFor={id}>Why is it fine here?</label>
      <input
        id={id}
        className="text-input"
        value={reason}
        onChange={(event) => setReason(event.target.value)}
        placeholder="e.g. the whole team was paged"
        autoFocus
      />
      <button type="submit" className="button small">
        Ignore here
      </button>{" "}
      <button type="button" className="button secondary small" onClick={onCancel}>
        Cancel
      </button>
    </form>
  );
}

/** Every lint message, grouped by STAR section; each one jumps to its text in the editor. */
export function WarningsPanel({ messages, waived, error, ignoring, onReveal, onFix, onStartIgnore, onIgnore }: Props) {
  return (
    <section aria-label="Warnings" className="warnings">
      <h2>Warnings</h2>
      {error ? <p className="count-error">The linter could not run: {error}</p> : null}
      {messages.length === 0 && !error ? <p className="muted">Nothing to flag.</p> : null}
      {GROUPS.map(({ section, label }) => {
        const group = messages.filter((message) => message.section === section);
        if (group.length === 0) return null;
        return (
          <div key={label} className="warning-group">
            <h3>{label}</h3>
            <ul>
              {group.map((message) => (
                <li key={messageKey(message)} data-rule-id={message.ruleId}>
                  <button type="button" className="warning-jump" onClick={() => onReveal(message)}>
                    <span className={`severity count-${message.severity}`}>{message.severity}</span>{" "}
                    <span className="warning-reason">{message.reason}</span>
                  </button>
                  {message.note ? <p className="warning-note">{message.note}</p> : null}
                  {message.expected?.map((replacement) => (
                    <button
                      type="button"
                      key={replacement}
                      className="button secondary small"
                      onClick={() => onFix(message, replacement)}
                    >
                      {fixLabel(message, replacement)}
                    </button>
                  ))}{" "}
                  {ignoring === messageKey(message) ? (
                    <IgnoreForm message={message} onIgnore={onIgnore} onCancel={() => onStartIgnore(null)} />
                  ) : (
                    <button type="button" className="button secondary small" onClick={() => onStartIgnore(message)}>
                      Ignore here…
                    </button>
                  )}{" "}
                  <a href={message.url} className="rule-link">
                    About {message.ruleId}
                  </a>
                </li>
              ))}
            </ul>
          </div>
        );
      })}
      {waived.length > 0 ? (
        <div className="warning-group">
          <h3>Waived</h3>
          <ul>
            {waived.map(({ message, reason, comment }) => (
              <li key={`waived-${messageKey(message)}`} data-rule-id={message.ruleId}>
                <button type="button" className="warning-jump" onClick={() => onReveal(comment)}>
                  <span className="severity muted">waived</span> <span className="warning-reason">{message.reason}</span>
                </button>
                <p className="warning-note">{reason ? `Because: ${reason}` : "No reason given."}</p>
              </li>
            ))}
          </ul>
        </div>
      ) : null}
    </section>
  );
}
