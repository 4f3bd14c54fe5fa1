"use client";

import { useActionState, useId } from "react";
import { tagStoryAction, type TagStoryState } from "@/lib/stories/actions/tag-story";

/**
 * One click tags a story with a principle. Named "Tag <story> with <principle>" for screen readers,
 * since a list of buttons all called "Tag" says nothing; a refusal (the story changed since the page
 * loaded) is read out beside the button.
 */
export function TagButton(props: { storyId: string; version: number; principleId: string; storyTitle: string; principleName: string; label?: string }) {
  const [state, action, pending] = useActionState<TagStoryState, FormData>(tagStoryAction, { message: null });
  const messageId = useId();
  const name = `Tag ${props.storyTitle} with ${props.principleName}`;
  return (
    <form action={action} className="inline-form">
      <input type="hidden" name="id" value={props.storyId} />
      <input type="hidden" name="principle" value={props.principleId} />
      <input type="hidden" name="version" value={props.version} />
      <button
        type="submit"
        className="button small"
        aria-label={props.label ? undefined : name}
        aria-describedby={state.message ? messageId : undefined}
        disabled={pending}
      >
        {props.label ?? "Tag"}
      </button>{" "}
      <span id={messageId} aria-live="polite" className="count-error">
        {state.message}
      </span>
    </form>
  );
}
