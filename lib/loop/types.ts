import type { PrincipleId } from "@/lib/principles";

/** One interviewer of a loop and the Leadership Principles they will ask about, in the order asked. */
export interface Interviewer {
  name: string;
  principles: PrincipleId[];
}

/** An interview loop: the interviewers in the order the candidate meets them. */
export interface Loop {
  interviewers: Interviewer[];
}

/** What the planner needs of a story; a `StoryDto` fits. */
export interface PlanStory {
  id: string;
  title: string;
  principles: readonly PrincipleId[];
}

/** One question of the loop: an interviewer (by position in `loop.interviewers`) and a principle they ask. */
export interface Slot {
  interviewer: number;
  principleId: PrincipleId;
}

/** A slot and the story planned for it, or null when no story is left to fill it. */
export interface Assignment extends Slot {
  storyId: string | null;
}

/** A story tagged with an unfilled slot's principle, and the slot it already fills instead. */
export interface Candidate {
  storyId: string;
  usedBy: Slot;
}

/**
 * Why a slot stays empty: `no-story-tagged` when no story in the bank carries the principle,
 * `tagged-stories-taken` when every story that carries it already fills another slot.
 */
export type UnfilledReason = "no-story-tagged" | "tagged-stories-taken";

export interface UnfilledSlot extends Slot {
  reason: UnfilledReason;
  /** Every story tagged with the principle (all already used), least versatile first. */
  candidates: Candidate[];
  /** One sentence for the reader, e.g. "No free story is tagged Frugality; “Cut AWS bill” would fill it…". */
  message: string;
}

export interface LoopPlan {
  /** One entry per slot, interviewers in order and each interviewer's principles in order. */
  assignments: Assignment[];
  /** The assignments with no story, explained, in the same order. */
  unfilled: UnfilledSlot[];
  filled: number;
  total: number;
  /** Stories the plan leaves free (backups for follow-up questions), least versatile first. */
  spareStoryIds: string[];
}
