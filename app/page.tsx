import type { Metadata } from "next";
import Link from "next/link";
import { getPrinciple } from "@/lib/principles";
import { listStories } from "@/lib/stories/data";
import { summarizeStory, type SeverityCounts } from "@/lib/stories/summary";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Your stories" };

function plural(count: number, word: string) {
  return `${count} ${word}${count === 1 ? "" : "s"}`;
}

function Counts({ counts }: { counts: SeverityCounts }) {
  if (counts.error + counts.warning + counts.info === 0) return <p className="counts muted">No lint messages</p>;
  return (
    <p className="counts">
      <span className="count-error">{plural(counts.error, "error")}</span>,{" "}
      <span className="count-warning">{plural(counts.warning, "warning")}</span>,{" "}
      <span className="count-info">{counts.info} info</span>
    </p>
  );
}

export default async function HomePage() {
  const stories = (await listStories()).map(summarizeStory);
  return (
    <>
      <div className="page-head">
        <h1>Your stories</h1>
        <Link href="/stories/new" className="button">
          New story
        </Link>
      </div>
      {stories.length === 0 ? (
        <p className="muted">
          No stories yet. Start with five: one each for Ownership, Dive Deep, Deliver Results, Bias for Action and
          Customer Obsession.
        </p>
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
                <p className="counts muted">No principles tagged</p>
              )}
              <Counts counts={story.counts} />
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
