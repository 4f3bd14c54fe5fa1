import type { Metadata } from "next";
import Link from "next/link";
import { buildInterviewSheet, type SheetPrinciple, type SheetStory } from "@/lib/interview-day/sheet";
import { formatSpokenLength, spokenLengthVerdict } from "@/lib/interview-day/spoken-length";
import { readLintSettings } from "@/lib/settings/settings-file";
import { listStories } from "@/lib/stories/data";
import styles from "./interview-day.module.css";
import { PrintButton } from "./print-button";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Interview day" };

/**
 * The interview-day sheet: one printable page with, per Leadership Principle, the stories that show it,
 * each with a one-line hook, its Result's figures and how long it takes to tell. Built on every request
 * from the live bank. Story text is rendered as React text, never as HTML.
 */
export default async function InterviewDayPage() {
  const [stories, { resolved }] = await Promise.all([listStories(), readLintSettings()]);
  const sheet = buildInterviewSheet(stories, { speakingRate: resolved.speakingRate });
  return (
    <div className={styles.page}>
      <div className={styles.head}>
        <h1>Interview day</h1>
        <PrintButton className={styles.screenOnly} />
      </div>
      <p className={`muted ${styles.intro}`}>
        Glance at this before each round: for every Leadership Principle, the stories you can tell, the line that
        brings each back to mind, its figures and how long it takes to say (aim for 1–3 minutes).
      </p>
      {sheet.storyCount === 0 ? (
        <p>
          Your bank has no stories yet. <Link href="/">Write a first story</Link> and tag it with the principles it
          shows.
        </p>
      ) : (
        <>
          {sheet.covered.map((principle) => (
            <PrincipleBlock key={principle.id} principle={principle} />
          ))}
          {sheet.uncovered.length > 0 ? (
            <section aria-labelledby="no-story-yet" className={styles.uncovered}>
              <h2 id="no-story-yet" className={styles.principleName}>
                No story yet
              </h2>
              <ul className={styles.uncoveredList}>
                {sheet.uncovered.map((principle) => (
                  <li key={principle.id}>{principle.name}</li>
                ))}
              </ul>
            </section>
          ) : null}
        </>
      )}
    </div>
  );
}

function PrincipleBlock({ principle }: { principle: SheetPrinciple }) {
  const headingId = `principle-${principle.id}`;
  return (
    <section aria-labelledby={headingId} className={styles.principle}>
      <h2 id={headingId} className={styles.principleName}>
        {principle.name}{" "}
        <span className={styles.count}>
          ({principle.stories.length} {principle.stories.length === 1 ? "story" : "stories"})
        </span>
      </h2>
      <ul className={styles.stories}>
        {principle.stories.map((story) => (
          <StoryEntry key={story.id} story={story} />
        ))}
      </ul>
    </section>
  );
}

function StoryEntry({ story }: { story: SheetStory }) {
  const title = story.title.trim() || "Untitled story";
  const verdict = spokenLengthVerdict(story.spokenSeconds);
  return (
    <li className={styles.story}>
      <h3 className={styles.title}>
        <Link href={`/stories/${story.id}`}>{title}</Link>
      </h3>
      {story.hook.source !== "title" && story.hook.text ? <p className={styles.hook}>{story.hook.text}</p> : null}
      {story.figures.length > 0 ? (
        <ul className={styles.figures} aria-label="Figures">
          {story.figures.map((figure) => (
            <li key={figure}>{figure}</li>
          ))}
        </ul>
      ) : (
        <p className={styles.noFigures}>No figure in the Result yet.</p>
      )}
      <p className={styles.meta}>
        About {formatSpokenLength(story.spokenSeconds)} spoken
        {verdict === "on target" ? null : <span className={styles.verdict}> ({verdict})</span>}
        <span className={styles.screenOnly}>
          {" · "}
          <Link href={`/stories/${story.id}/practice`}>
            Practice<span className="visually-hidden"> &ldquo;{title}&rdquo;</span>
          </Link>
        </span>
      </p>
    </li>
  );
}
