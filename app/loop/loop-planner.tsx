"use client";

import Link from "next/link";
import { useEffect, useId, useMemo, useRef, useState } from "react";
import { checkLoop, parseStoredLoop, type LoopProblem, type LoopProblemField } from "@/lib/loop/check-loop";
import { createDefaultLoop } from "@/lib/loop/default-loop";
import { LOOP_LIMITS } from "@/lib/loop/limits";
import { interviewerLabel, planLoop } from "@/lib/loop/plan-loop";
import type { Interviewer, Loop, LoopPlan, PlanStory } from "@/lib/loop/types";
import { PRINCIPLES, getPrinciple, type PrincipleId } from "@/lib/principles";
import styles from "./loop.module.css";

// No zod here: the checks come from lib/loop/check-loop.ts, which says what lib/loop/schema.ts says.

/** Versioned, so a later loop shape can read or drop what this one wrote. */
const STORAGE_KEY = "story-bank:loop:v1";

/** An interviewer as the editor holds it: `key` keeps React's rows (and focus) attached across removals. */
interface DraftInterviewer extends Interviewer {
  key: number;
}

function toDraft(loop: Loop, firstKey: number): DraftInterviewer[] {
  return loop.interviewers.map((interviewer, index) => ({ ...interviewer, key: firstKey + index }));
}

function readStoredLoop(): Loop | null {
  try {
    const raw = window.localStorage.getItem(STORAGE_KEY);
    return raw === null ? null : parseStoredLoop(JSON.parse(raw));
  } catch {
    // Storage blocked or the entry is not JSON: start from the default, as on a first visit.
    return null;
  }
}

/** A name no interviewer has yet, "Interviewer N" from the new position upwards. */
function freshName(interviewers: readonly Interviewer[]): string {
  const taken = new Set(interviewers.map((interviewer) => interviewer.name.trim()));
  let number = interviewers.length + 1;
  while (taken.has(`Interviewer ${number}`)) number += 1;
  return `Interviewer ${number}`;
}

/** A new interviewer asks about the first principle the loop does not cover yet. */
function freshPrinciple(interviewers: readonly Interviewer[]): PrincipleId {
  const asked = new Set(interviewers.flatMap((interviewer) => interviewer.principles));
  return (PRINCIPLES.find((principle) => !asked.has(principle.id)) ?? PRINCIPLES[0]).id;
}

/** The loop editor and the live plan. Planning is cheap (at most 32 slots), so it reruns on every edit. */
export function LoopPlanner({ stories }: { stories: PlanStory[] }) {
  const nextKey = useRef(100);
  const [draft, setDraft] = useState<DraftInterviewer[]>(() => toDraft(createDefaultLoop(), 0));
  // The server renders the default loop; the saved one is read after hydration. Until then the editor is
  // disabled, so an edit made before the read cannot be overwritten by it.
  const [restored, setRestored] = useState(false);
  const [focusKey, setFocusKey] = useState<number | null>(null);
  const addButton = useRef<HTMLButtonElement>(null);
  const [focusAdd, setFocusAdd] = useState(false);

  useEffect(() => {
    const restore = () => {
      const stored = readStoredLoop();
      if (stored) {
        setDraft(toDraft(stored, nextKey.current));
        nextKey.current += stored.interviewers.length;
      }
    };
    restore();
    setRestored(true);
    // Another tab editing the loop: follow it.
    const onStorage = (event: StorageEvent) => {
      if (event.key === STORAGE_KEY) restore();
    };
    window.addEventListener("storage", onStorage);
    return () => window.removeEventListener("storage", onStorage);
  }, []);

  const loop: Loop = useMemo(
    () => ({ interviewers: draft.map(({ name, principles }) => ({ name, principles })) }),
    [draft],
  );
  const problems = useMemo(() => checkLoop(loop), [loop]);
  const plan = useMemo(() => planLoop(loop, stories), [loop, stories]);

  useEffect(() => {
    if (!restored || problems.length > 0) return;
    try {
      // Stored as parseStoredLoop returns it (names trimmed), so another tab that reads it and writes it
      // back writes the same string, which fires no further storage event.
      const stored: Loop = { interviewers: loop.interviewers.map(({ name, principles }) => ({ name: name.trim(), principles })) };
      window.localStorage.setItem(STORAGE_KEY, JSON.stringify(stored));
    } catch {
      // Storage full or blocked: the plan still works for this visit.
    }
  }, [loop, problems, restored]);

  const update = (key: number, change: Partial<Interviewer>) =>
    setDraft((current) => current.map((interviewer) => (interviewer.key === key ? { ...interviewer, ...change } : interviewer)));

  const add = () => {
    const key = nextKey.current++;
    setDraft((current) => [...current, { key, name: freshName(current), principles: [freshPrinciple(current)] }]);
    setFocusKey(key);
  };

  const remove = (key: number) => {
    setDraft((current) => current.filter((interviewer) => interviewer.key !== key));
    // The removed row took focus with it; hand it to "Add interviewer" once that is enabled again.
    setFocusAdd(true);
  };

  useEffect(() => {
    if (!focusAdd) return;
    addButton.current?.focus();
    setFocusAdd(false);
  }, [focusAdd]);

  const reset = () => {
    setDraft(toDraft(createDefaultLoop(), nextKey.current));
    nextKey.current += 5;
  };

  const problemsOf = (index: number, field: LoopProblemField) =>
    problems.filter((problem) => problem.interviewer === index && problem.field === field);

  return (
    <div className={styles.layout}>
      <section aria-labelledby="loop-editor-heading" className={styles.editor}>
        <h2 id="loop-editor-heading">Your loop</h2>
        <fieldset disabled={!restored} className={styles.bare}>
          <legend className="visually-hidden">Interviewers</legend>
          <ol className={styles.interviewers}>
            {draft.map((interviewer, index) => (
              <li key={interviewer.key}>
                <InterviewerEditor
                  index={index}
                  interviewer={interviewer}
                  autoFocusName={focusKey === interviewer.key}
                  canRemove={draft.length > LOOP_LIMITS.minInterviewers}
                  nameProblems={problemsOf(index, "name")}
                  principleProblems={problemsOf(index, "principles")}
                  onChange={(change) => update(interviewer.key, change)}
                  onRemove={() => remove(interviewer.key)}
                />
              </li>
            ))}
          </ol>
          <div className={styles.actions}>
            <button
              ref={addButton}
              type="button"
              className="button"
              onClick={add}
              disabled={draft.length >= LOOP_LIMITS.maxInterviewers}
              aria-describedby="loop-size-hint"
            >
              Add interviewer
            </button>
            <button type="button" className="button secondary" onClick={reset}>
              Reset to the default loop
            </button>
          </div>
          <p id="loop-size-hint" className={styles.hint}>
            A loop has {LOOP_LIMITS.minInterviewers} to {LOOP_LIMITS.maxInterviewers} interviewers.
          </p>
        </fieldset>
        <p aria-live="polite" className={problems.length > 0 ? styles.notSaved : styles.hint}>
          {!restored ? "" : problems.length > 0 ? "Not saved: fix the problems marked above." : "Saved in this browser."}
        </p>
      </section>
      <PlanView loop={loop} plan={plan} stories={stories} />
    </div>
  );
}

interface InterviewerEditorProps {
  index: number;
  interviewer: DraftInterviewer;
  autoFocusName: boolean;
  canRemove: boolean;
  nameProblems: LoopProblem[];
  principleProblems: LoopProblem[];
  onChange: (change: Partial<Interviewer>) => void;
  onRemove: () => void;
}

function InterviewerEditor(props: InterviewerEditorProps) {
  const { index, interviewer, autoFocusName, canRemove, nameProblems, principleProblems, onChange, onRemove } = props;
  const id = useId();
  const chosen = new Set(interviewer.principles);
  const full = interviewer.principles.length >= LOOP_LIMITS.maxPrinciplesPerInterviewer;
  const nameInput = useRef<HTMLInputElement>(null);

  useEffect(() => {
    if (autoFocusName) nameInput.current?.focus();
  }, [autoFocusName]);

  const toggle = (principleId: PrincipleId, on: boolean) =>
    onChange({
      // Appended, so the plan asks in the order the user picked.
      principles: on ? [...interviewer.principles, principleId] : interviewer.principles.filter((p) => p !== principleId),
    });

  return (
    <fieldset className={styles.interviewer}>
      <legend>Interviewer {index + 1}</legend>
      <div className={styles.nameRow}>
        <label htmlFor={`${id}-name`}>Name</label>
        <input
          ref={nameInput}
          id={`${id}-name`}
          className="text-input"
          value={interviewer.name}
          maxLength={LOOP_LIMITS.maxNameLength}
          onChange={(event) => onChange({ name: event.target.value })}
          aria-invalid={nameProblems.length > 0 || undefined}
          aria-describedby={nameProblems.length > 0 ? `${id}-name-error` : undefined}
        />
        <button type="button" className="button small danger" onClick={onRemove} disabled={!canRemove}>
          Remove
        </button>
      </div>
      {nameProblems.length > 0 ? (
        <p id={`${id}-name-error`} className={styles.error}>
          {nameProblems.map((problem) => problem.message).join(" ")}
        </p>
      ) : null}
      <fieldset
        className={styles.principles}
        aria-describedby={`${id}-principles-hint${principleProblems.length > 0 ? ` ${id}-principles-error` : ""}`}
      >
        <legend>Principles asked</legend>
        <p id={`${id}-principles-hint`} className={styles.hint}>
          Pick {LOOP_LIMITS.minPrinciplesPerInterviewer} to {LOOP_LIMITS.maxPrinciplesPerInterviewer}; {interviewer.principles.length}{" "}
          picked.
        </p>
        {principleProblems.length > 0 ? (
          <p id={`${id}-principles-error`} className={styles.error}>
            {principleProblems.map((problem) => problem.message).join(" ")}
          </p>
        ) : null}
        <ul className={styles.choices}>
          {PRINCIPLES.map((principle) => (
            <li key={principle.id}>
              <input
                type="checkbox"
                id={`${id}-${principle.id}`}
                checked={chosen.has(principle.id)}
                // A fifth principle cannot be picked; unpick one first.
                disabled={full && !chosen.has(principle.id)}
                onChange={(event) => toggle(principle.id, event.target.checked)}
              />
              <label htmlFor={`${id}-${principle.id}`}>{principle.name}</label>
            </li>
          ))}
        </ul>
      </fieldset>
    </fieldset>
  );
}

function PlanView({ loop, plan, stories }: { loop: Loop; plan: LoopPlan; stories: readonly PlanStory[] }) {
  const titles = useMemo(() => new Map(stories.map((story) => [story.id, story.title])), [stories]);
  const unfilled = new Map(plan.unfilled.map((slot) => [`${slot.interviewer}:${slot.principleId}`, slot]));
  const spare = plan.spareStoryIds.map((id) => ({ id, title: titles.get(id) ?? id }));

  return (
    <section aria-labelledby="loop-plan-heading" className={styles.plan}>
      <h2 id="loop-plan-heading">Plan</h2>
      <p aria-live="polite">
        <strong>
          {plan.filled} of {plan.total} {plan.total === 1 ? "question has" : "questions have"} a story.
        </strong>
        {stories.length === 0 ? (
          <>
            {" "}
            Your bank has no stories yet; <Link href="/">write some</Link> and tag them with principles.
          </>
        ) : null}
      </p>
      <table className={styles.table}>
        <caption>Which story to tell each interviewer</caption>
        <thead>
          <tr>
            <th scope="col">Interviewer</th>
            <th scope="col">Principle</th>
            <th scope="col">Story</th>
          </tr>
        </thead>
        <tbody>
          {plan.assignments.map((assignment) => {
            const key = `${assignment.interviewer}:${assignment.principleId}`;
            const gap = unfilled.get(key);
            return (
              <tr key={key} className={assignment.storyId === null ? styles.unfilledRow : undefined}>
                <th scope="row">{interviewerLabel(loop, assignment.interviewer)}</th>
                <td>{getPrinciple(assignment.principleId).name}</td>
                <td>
                  {assignment.storyId !== null ? (
                    <Link href={`/stories/${encodeURIComponent(assignment.storyId)}`}>
                      {titles.get(assignment.storyId) ?? assignment.storyId}
                    </Link>
                  ) : (
                    <>
                      <strong className={styles.unfilled}>Unfilled.</strong> {gap?.message}
                    </>
                  )}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
      {spare.length > 0 ? (
        <>
          <h3 className={styles.subheading}>Spare stories</h3>
          <p className={styles.hint}>Not in the plan; keep them ready for follow-up questions.</p>
          <ul className={styles.spare} aria-label="Spare stories">
            {spare.map((story) => (
              <li key={story.id}>
                <Link href={`/stories/${encodeURIComponent(story.id)}`}>{story.title}</Link>
              </li>
            ))}
          </ul>
        </>
      ) : null}
    </section>
  );
}
