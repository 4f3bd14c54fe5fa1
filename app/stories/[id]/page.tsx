import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { StoryEditor } from "@/app/_components/editor/story-editor";
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
  return <StoryEditor story={story} />;
}
