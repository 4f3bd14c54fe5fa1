import type { LintMessage, SectionName } from "@/lib/lint/types";

const GROUPS: { section: SectionName | null; label: string }[] = [
  { section: null, label: "Whole story" },
  { section: "situation", label: "Situation" },
  { section: "task", label: "Task" },
  { section: "action", label: "Action" },
  { section: "result", label: "Result" },
];

interface Props {
  messages: LintMessage[];
  error: string | null;
  onReveal: (message: LintMessage) => void;
  onFix: (message: LintMessage, replacement: string) => void;
}

/** Every lint message, grouped by STAR section; each one jumps to its text in the editor. */
export function WarningsPanel({ messages, error, onReveal, onFix }: Props) {
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
                <li key={`${message.ruleId}:${message.offset}:${message.endOffset}`} data-rule-id={message.ruleId}>
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
                      Replace “{message.actual}” with “{replacement}”
                    </button>
                  ))}{" "}
                  <a href={message.url} className="rule-link">
                    About {message.ruleId}
                  </a>
                </li>
              ))}
            </ul>
          </div>
        );
      })}
    </section>
  );
}
