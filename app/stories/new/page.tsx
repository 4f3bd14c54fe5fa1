import type { Metadata } from "next";
import { StoryForm } from "@/app/_components/story-form";
import { createStoryAction } from "@/lib/stories/actions/create-story";
import { STAR_TEMPLATE } from "@/lib/stories/template";

export const metadata: Metadata = { title: "New story" };

export default function NewStoryPage() {
  return (
    <>
      <h1>New story</h1>
      <StoryForm
        action={createStoryAction}
        submitLabel="Create story"
        initial={{ title: "", body: STAR_TEMPLATE, principles: [] }}
      />
    </>
  );
}
