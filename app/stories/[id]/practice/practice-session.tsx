"use client";

import { useEffect, useState } from "react";
import { formatClock } from "@/lib/interview-day/spoken-length";
import styles from "./practice.module.css";

export interface PracticeQuestion {
  question: string;
  why: string;
}

/** Past this an answer to a follow-up is running long. */
const ANSWER_SECONDS = 60;

/**
 * One follow-up question at a time with a stopwatch. The timer counts from when "Start" is pressed and
 * keeps its time across pauses; "Next question" starts the count again at 00:00 (still running if it
 * was). Time is measured from timestamps, not by counting ticks, so a busy tab does not slow it down.
 */
export function PracticeSession({ questions }: { questions: readonly PracticeQuestion[] }) {
  const [index, setIndex] = useState(0);
  const [elapsedBefore, setElapsedBefore] = useState(0);
  const [startedAt, setStartedAt] = useState<number | null>(null);
  const [now, setNow] = useState(0);

  const running = startedAt !== null;
  useEffect(() => {
    if (startedAt === null) return;
    const tick = () => setNow(Date.now());
    tick();
    const timer = window.setInterval(tick, 250);
    return () => window.clearInterval(timer);
  }, [startedAt]);

  const elapsedMs = elapsedBefore + (startedAt !== null ? Math.max(0, now - startedAt) : 0);
  const seconds = Math.floor(elapsedMs / 1000);
  const current = questions[index];
  const last = index >= questions.length - 1;

  function toggle() {
    if (startedAt === null) {
      const at = Date.now();
      setNow(at);
      setStartedAt(at);
    } else {
      setElapsedBefore(elapsedBefore + Math.max(0, Date.now() - startedAt));
      setStartedAt(null);
    }
  }

  function restartClock() {
    setElapsedBefore(0);
    if (startedAt !== null) {
      const at = Date.now();
      setNow(at);
      setStartedAt(at);
    }
  }

  function next() {
    if (last) return;
    setIndex(index + 1);
    restartClock();
  }

  function startOver() {
    setIndex(0);
    setElapsedBefore(0);
    setStartedAt(null);
  }

  if (!current) return <p>This story has no follow-up questions.</p>;

  return (
    <section aria-labelledby="drill-heading" className={styles.session}>
      <h2 id="drill-heading" className={styles.heading}>
        Follow-up questions
      </h2>
      <p role="status" className={styles.status}>
        Question {index + 1} of {questions.length}
      </p>
      <p className={styles.question}>{current.question}</p>
      <p className={styles.why}>{current.why}</p>
      <div className={styles.clock}>
        <span id="timer-label" className={styles.clockLabel}>
          Time
        </span>
        <span role="timer" aria-live="off" aria-labelledby="timer-label" className={styles.time}>
          {formatClock(seconds)}
        </span>
        {seconds >= ANSWER_SECONDS ? <span className={styles.over}>over a minute — wrap up</span> : null}
      </div>
      <div className={styles.controls}>
        <button type="button" className="button" onClick={toggle}>
          {running ? "Pause" : elapsedMs > 0 ? "Resume" : "Start"}
        </button>
        <button type="button" className="button secondary" onClick={next} disabled={last}>
          Next question
        </button>
        {last ? (
          <button type="button" className="button secondary" onClick={startOver}>
            Start over
          </button>
        ) : null}
      </div>
    </section>
  );
}
