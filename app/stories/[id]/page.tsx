import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { StoryForm } from "@/app/_components/story-form";
import { lintStory } from "@/lib/lint";
import { updateStoryAction } from "@/lib/stories/actions/update-story";
import { findStory } from "@/lib/stories/data";
import { storyIdSchema } from "@/lib/stories/schemas";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ id: string }> };

async function loadStory(params: Props["params"]) {
  const { id } = await params;
  if (!storyIdSchema.safeParse(id).success) notFound();
  return (await findStory(id)) ?? notFound();
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const story = await loadStory(params);
  return { title: story.title };
}

export default async function StoryPage({ params }: Props) {
  const story = await loadStory(params);
  const messages = lintStory(story.body, { principles: story.principles });
  return (
    <>
      <h1>{story.title}</h1>
      <StoryForm
        action={updateStoryAction.bind(null, story.id)}
        submitLabel="Save"
        initial={story}
      />
      <section aria-labelledby="warnings-heading">
        <h2 id="warnings-heading">Warnings</h2>
        {messages.length === 0 ? (
          <p className="muted">The linter found nothing to flag in the saved version.</p>
        ) : (
          <ul className="messages">
            {messages.map((message) => (
              <li key={`${message.ruleId}-${message.offset}-${message.endOffset}`}>
                <span className={`count-${message.severity}`}>{message.severity}</span> line {message.line}:{" "}
                {message.reason} <a href={message.url}>{message.ruleId}</a>
              </li>
            ))}
          </ul>
        )}
      </section>
    </>
  );
}
