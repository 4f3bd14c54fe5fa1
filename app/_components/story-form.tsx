"use client";

import { useActionState, useState } from "react";
import { PRINCIPLES, type PrincipleId } from "@/lib/principles";
import { initialStoryFormState, type StoryFormState } from "@/lib/stories/form-state";
import { BODY_MAX, PRINCIPLES_MAX, TITLE_MAX } from "@/lib/stories/limits";

type Action = (state: StoryFormState, formData: FormData) => Promise<StoryFormState>;

interface StoryFormProps {
  action: Action;
  submitLabel: string;
  initial: { title: string; body: string; principles: PrincipleId[]; version?: number };
}

/**
 * The plain story form: title, markdown body and principle tags, saved through a server action.
 * Errors are tied to their fields with aria-describedby; the status region announces the outcome.
 */
export function StoryForm({ action, submitLabel, initial }: StoryFormProps) {
  const [state, formAction, pending] = useActionState(action, initialStoryFormState);
  // Controlled fields: React resets uncontrolled ones after a form action, which would throw away the
  // text a user typed when a save fails or conflicts.
  const [title, setTitle] = useState(initial.title);
  const [body, setBody] = useState(initial.body);
  const [checked, setChecked] = useState<Set<PrincipleId>>(() => new Set(initial.principles));
  const version = state.version ?? initial.version;
  const fieldError = (name: string) =>
    state.fields?.[name] ? (
      <p id={`${name}-error`} className="count-error">
        {state.fields[name]}
      </p>
    ) : null;

  return (
    <form action={formAction} className="story-form">
      {version !== undefined ? <input type="hidden" name="version" value={version} /> : null}
      <p>
        <label htmlFor="title">Title</label>
        <br />
        <input
          id="title"
          name="title"
          value={title}
          onChange={(event) => setTitle(event.target.value)}
          maxLength={TITLE_MAX}
          required
          aria-invalid={Boolean(state.fields?.title)}
          aria-describedby={state.fields?.title ? "title-error" : undefined}
          className="text-input"
        />
      </p>
      {fieldError("title")}
      <p>
        <label htmlFor="body">Story</label>
        <br />
        <textarea
          id="body"
          name="body"
          value={body}
          onChange={(event) => setBody(event.target.value)}
          rows={22}
          maxLength={BODY_MAX}
          aria-invalid={Boolean(state.fields?.body)}
          aria-describedby={state.fields?.body ? "body-error" : undefined}
          className="text-input story-textarea"
        />
      </p>
      {fieldError("body")}
      <fieldset aria-describedby={state.fields?.principles ? "principles-error" : undefined}>
        <legend>Leadership Principles (up to {PRINCIPLES_MAX})</legend>
        <ul className="principle-choices">
          {PRINCIPLES.map((principle) => (
            <li key={principle.id}>
              <input
                type="checkbox"
                id={`principle-${principle.id}`}
                name="principles"
                value={principle.id}
                checked={checked.has(principle.id)}
                onChange={(event) => {
                  const next = new Set(checked);
                  if (event.target.checked) next.add(principle.id);
                  else next.delete(principle.id);
                  setChecked(next);
                }}
                aria-describedby={`principle-${principle.id}-description`}
              />
              <label htmlFor={`principle-${principle.id}`} title={principle.description}>
                {principle.name}
              </label>
              <span id={`principle-${principle.id}-description`} className="visually-hidden">
                {principle.description}
              </span>
            </li>
          ))}
        </ul>
      </fieldset>
      {fieldError("principles")}
      <p className="form-actions">
        <button type="submit" className="button" disabled={pending}>
          {state.status === "conflict" ? "Save my version over it" : submitLabel}
        </button>
        <span role="status" className={state.status === "error" || state.status === "conflict" ? "count-error" : undefined}>
          {pending ? "Saving…" : state.message}
        </span>
      </p>
      {state.status === "conflict" && state.current ? (
        <section aria-labelledby="conflict-heading" className="conflict">
          <h2 id="conflict-heading">The saved version</h2>
          <p className="muted">Title: {state.current.title}</p>
          <label htmlFor="conflict-body">Saved story text</label>
          <textarea id="conflict-body" readOnly value={state.current.body} rows={12} className="text-input story-textarea" />
        </section>
      ) : null}
    </form>
  );
}
