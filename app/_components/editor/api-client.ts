import type { LintMessage } from "@/lib/lint/types";
import type { LintMeter } from "@/lib/lint/meter";
import type { PrincipleSuggestion } from "@/lib/lint/principle-suggestions";
import type { PrincipleId } from "@/lib/principles";
import type { StoryDto } from "@/lib/stories/types";

/** Browser-side calls to the app's own JSON API (shared/SPEC.md §4). */

/** A message a `<!-- story-lint disable … -->` comment waived, with the reason written there. */
export interface WaivedMessage {
  message: LintMessage;
  reason: string | null;
  comment: { offset: number; endOffset: number };
}

export interface LintResult {
  messages: LintMessage[];
  suppressed?: WaivedMessage[];
  meter?: LintMeter;
  /** Untagged principles the text already proves (optional: older servers send none). */
  suggestions?: PrincipleSuggestion[];
}

export async function lintRemote(markdown: string, principles: PrincipleId[], signal?: AbortSignal): Promise<LintResult> {
  const response = await fetch("/api/lint", {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ markdown, principles }),
    signal,
  });
  if (!response.ok) throw new Error(await errorMessage(response));
  return response.json();
}

export type SaveOutcome =
  | { kind: "saved"; story: StoryDto }
  | { kind: "conflict"; current: StoryDto }
  | { kind: "rejected"; message: string }
  | { kind: "offline"; message: string };

export async function saveStory(
  id: string,
  input: { title: string; body: string; principles: PrincipleId[]; version: number },
): Promise<SaveOutcome> {
  let response: Response;
  try {
    response = await fetch(`/api/stories/${id}`, {
      method: "PUT",
      headers: { "content-type": "application/json" },
      body: JSON.stringify(input),
    });
  } catch {
    return { kind: "offline", message: "the server could not be reached" };
  }
  if (response.ok) return { kind: "saved", story: (await response.json()).story };
  if (response.status === 409) return { kind: "conflict", current: (await response.json()).current };
  if (response.status >= 500) return { kind: "offline", message: await errorMessage(response) };
  return { kind: "rejected", message: await errorMessage(response) };
}

async function errorMessage(response: Response): Promise<string> {
  try {
    const body = await response.json();
    if (typeof body?.error?.message === "string") return body.error.message;
  } catch {
    // not JSON: fall through to the status line
  }
  return `the server answered ${response.status} ${response.statusText}`.trim();
}
