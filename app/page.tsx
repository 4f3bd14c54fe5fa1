import type { Metadata } from "next";
import Link from "next/link";
import { BankFiles } from "@/app/_components/bank-files";
import { PasteAnswer } from "@/app/_components/paste-answer";
import { getPrinciple } from "@/lib/principles";
import { readLintSettings } from "@/lib/settings/settings-file";
import { createStoryAction } from "@/lib/stories/actions/create-story";
import { restoreStoryAction } from "@/lib/stories/actions/restore-story";
import { listStories } from "@/lib/stories/data";
import { summarizeStory, type SeverityCounts } from "@/lib/stories/summary";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Your stories" };

/** Five well-told stories cover most loops: one each for the principles asked most of engineers. */
const CORE_STORY_GOAL = 5;

function plural(count: number, word: string) {
  return `${count} ${word}${count === 1 ? "" : "s"}`;
}

function Counts({ counts }: { counts: SeverityCounts }) {
  if (counts.error + counts.warning + counts.info === 0) return <p className="counts">No lint messages</p>;
  return (
    <p className="counts">
      <span className="count-error">{plural(counts.error, "error")}</span>,{" "}
      <span className="count-warning">{plural(counts.warning, "warning")}</span>,{" "}
      <span className="count-info">{counts.info} info</span>
    </p>
  );
}

export default async function HomePage() {
  const [rows, trash, { config }] = await Promise.all([listStories(), listStories({ trash: true }), readLintSettings()]);
  const stories = rows.map((story) => summarizeStory(story, config));
  // A core story is one that is tagged and has no errors (every STAR part present).
  const core = stories.filter((story) => story.principles.length > 0 && story.counts.error === 0).length;
  return (
    <>
      <div className="page-head">
        <h1>Your stories</h1>
        {/* An empty bank offers "New story" beside "Paste an answer" below, so one button, not two. */}
        {stories.length > 0 ? (
          <form action={createStoryAction}>
            <button type="submit" className="button">
              New story
            </button>
          </form>
        ) : null}
      </div>
      <p>
        <label htmlFor="core-progress">
          Core stories: {Math.min(core, CORE_STORY_GOAL)} of {CORE_STORY_GOAL}
        </label>{" "}
        <progress id="core-progress" max={CORE_STORY_GOAL} value={Math.min(core, CORE_STORY_GOAL)} />
        <span className="muted"> A core story has all four STAR parts and at least one principle.</span>
      </p>
      {stories.length === 0 ? (
        <section aria-labelledby="first-run-heading" className="first-run">
          <h2 id="first-run-heading">Start with five stories</h2>
          <p>
            Five well-told stories answer most interview loops: one each for Ownership, Dive Deep, Deliver Results, Bias
            for Action and Customer Obsession. Write one from a template, or paste an answer you already have and the
            linter will find its Situation, Task, Action and Result.
          </p>
          <div className="first-run-actions">
            <form action={createStoryAction}>
              <button type="submit" className="button">
                New story
              </button>
            </form>
            <PasteAnswer />
          </div>
        </section>
      ) : (
        <ul className="story-list" aria-label="Stories">
          {stories.map((story) => (
            <li key={story.id}>
              <Link href={`/stories/${story.id}`}>{story.title}</Link>
              {story.principles.length > 0 ? (
                <ul className="tags" aria-label={`Principles of ${story.title}`}>
                  {story.principles.map((id) => (
                    <li key={id}>{getPrinciple(id).name}</li>
                  ))}
                </ul>
              ) : (
                <p className="counts">No principles tagged</p>
              )}
              <Counts counts={story.counts} />
            </li>
          ))}
        </ul>
      )}
      <p>
        <Link href="/coverage">See the coverage matrix</Link>
      </p>
      <BankFiles />
      {trash.length > 0 ? (
        <section aria-labelledby="trash-heading" className="trash">
          <h2 id="trash-heading">Trash</h2>
          <ul className="trash-list">
            {trash.map((story) => (
              <li key={story.id}>
                <span>{story.title}</span>{" "}
                <form action={restoreStoryAction} className="inline-form">
                  <input type="hidden" name="id" value={story.id} />
                  <button type="submit" className="button secondary small" aria-label={`Restore ${story.title}`}>
                    Restore
                  </button>
                </form>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
    </>
  );
}
