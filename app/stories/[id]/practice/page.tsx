import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { followUpQuestions } from "@/lib/drills/follow-up-questions";
import { formatSpokenLength, spokenLengthVerdict } from "@/lib/interview-day/spoken-length";
import { measureStory } from "@/lib/lint/meter";
import { readLintSettings } from "@/lib/settings/settings-file";
import { findStory } from "@/lib/stories/data";
import { storyIdSchema } from "@/lib/stories/schemas";
import styles from "./practice.module.css";
import { PracticeSession } from "./practice-session";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ id: string }> };

async function loadStory(params: Props["params"]) {
  const { id } = await params;
  if (!storyIdSchema.safeParse(id).success) notFound();
  return (await findStory(id)) ?? notFound();
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const story = await loadStory(params);
  return { title: `Practice: ${story.title.trim() || "Untitled story"}` };
}

const VERDICT_ADVICE = {
  short: "shorter than the 1–3 minutes interviewers expect: add what you did and what changed.",
  "on target": "within the 1–3 minutes interviewers expect.",
  long: "longer than the 1–3 minutes interviewers expect: tell the Action and Result, and leave the rest for follow-ups.",
} as const;

/**
 * Practice mode: tell the story aloud against its target length, then answer the follow-up questions an
 * interviewer would ask about it, one at a time against a timer. The questions are computed here, on
 * the server, from the story as saved.
 */
export default async function PracticePage({ params }: Props) {
  const story = await loadStory(params);
  const title = story.title.trim() || "Untitled story";
  const { config, resolved } = await readLintSettings();
  const meter = measureStory(story.body, resolved.speakingRate);
  const questions = followUpQuestions(story, config);
  const verdict = spokenLengthVerdict(meter.spokenSeconds);
  return (
    <div className={styles.page}>
      <p className={styles.back}>
        <Link href={`/stories/${story.id}`}>Back to the editor</Link>
        {" · "}
        <Link href="/interview-day">Interview-day sheet</Link>
      </p>
      <h1>Practice: {title}</h1>
      <p className={styles.target}>
        <strong>Target length:</strong> this story is {meter.words} words, about {formatSpokenLength(meter.spokenSeconds)}{" "}
        spoken at {meter.speakingRate} words a minute — {VERDICT_ADVICE[verdict]}
      </p>
      <p className="muted">
        Tell the story once, then answer each follow-up aloud as you would in the room. Keep an answer to a
        follow-up under about a minute.
      </p>
      <PracticeSession questions={questions.map(({ question, why }) => ({ question, why }))} />
    </div>
  );
}
