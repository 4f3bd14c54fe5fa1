"use client";

import { useActionState, useId, useState } from "react";
import { createStoryFromTextAction, type PasteStoryState } from "@/lib/stories/actions/create-story-from-text";

/** The first-run offer: paste an answer already written somewhere else and get it as a story. */
export function PasteAnswer() {
  const [open, setOpen] = useState(false);
  const [state, action, pending] = useActionState<PasteStoryState, FormData>(createStoryFromTextAction, { errors: {}, message: null });
  const id = useId();
  return (
    <div className="paste-answer">
      <button type="button" className="button secondary" aria-expanded={open} aria-controls={`${id}-form`} onClick={() => setOpen(!open)}>
        Paste an answer you already have
      </button>
      <form id={`${id}-form`} action={action} hidden={!open} className="paste-form">
        <p aria-live="polite" className="count-error">
          {state.message}
        </p>
        <label htmlFor={`${id}-text`}>Your answer</label>
        <textarea
          id={`${id}-text`}
          name="text"
          rows={10}
          className="text-input"
          aria-describedby={state.errors.text ? `${id}-text-error` : `${id}-text-hint`}
          aria-invalid={state.errors.text ? true : undefined}
        />
        <span id={`${id}-text-hint`} className="muted">
          With or without Situation, Task, Action and Result labels: where they are missing, headings are added where each part starts.
        </span>
        {state.errors.text ? (
          <span id={`${id}-text-error`} className="count-error">
            {state.errors.text.join(" ")}
          </span>
        ) : null}
        <label htmlFor={`${id}-title`}>Title (optional: the first sentence otherwise)</label>
        <input
          id={`${id}-title`}
          name="title"
          className="text-input"
          aria-describedby={state.errors.title ? `${id}-title-error` : undefined}
          aria-invalid={state.errors.title ? true : undefined}
        />
        {state.errors.title ? (
          <span id={`${id}-title-error`} className="count-error">
            {state.errors.title.join(" ")}
          </span>
        ) : null}
        <div>
          <button type="submit" className="button" disabled={pending}>
            Create story from this answer
          </button>
        </div>
      </form>
    </div>
  );
}
