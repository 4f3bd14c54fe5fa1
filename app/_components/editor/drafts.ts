import type { PrincipleId } from "@/lib/principles";

/**
 * Unsaved edits kept in the browser's localStorage until the server confirms them, so a reload, a
 * closed tab or a crashed server never loses typing. One entry per story.
 */
export interface Draft {
  title: string;
  body: string;
  principles: PrincipleId[];
  /** The story version the edits started from. */
  baseVersion: number;
  savedAt: number;
}

const key = (storyId: string) => `story-bank:draft:${storyId}`;

export function writeDraft(storyId: string, draft: Draft): void {
  try {
    localStorage.setItem(key(storyId), JSON.stringify(draft));
  } catch {
    // Storage full or disabled (private mode): the server save still runs; nothing else to do here.
  }
}

export function readDraft(storyId: string): Draft | null {
  try {
    const raw = localStorage.getItem(key(storyId));
    if (!raw) return null;
    const value = JSON.parse(raw) as Partial<Draft>;
    if (typeof value.title !== "string" || typeof value.body !== "string" || !Array.isArray(value.principles)) return null;
    return {
      title: value.title,
      body: value.body,
      principles: value.principles,
      baseVersion: Number(value.baseVersion) || 0,
      savedAt: Number(value.savedAt) || 0,
    };
  } catch {
    return null;
  }
}

export function clearDraft(storyId: string): void {
  try {
    localStorage.removeItem(key(storyId));
  } catch {
    // see writeDraft
  }
}
