import { describe, expect, it } from "vitest";
import { createStory, findStory, listStories, restoreStory, trashStory, updateStory } from "@/lib/stories/data";
import { StoryNotFoundError, VersionConflictError } from "@/lib/stories/errors";

const input = (title: string) => ({ title, body: "## Situation\nx\n", principles: ["ownership", "frugality"] as const });

describe("the story data layer", () => {
  it("keeps principles in the order they were tagged", async () => {
    const story = await createStory({ ...input("Order"), principles: ["think-big", "ownership", "dive-deep"] });
    expect((await findStory(story.id))?.principles).toEqual(["think-big", "ownership", "dive-deep"]);
  });

  it("bumps version and updatedAt on every update, and replaces principles in one go", async () => {
    const story = await createStory({ ...input("Versions"), principles: ["ownership", "frugality"] });
    await new Promise((resolve) => setTimeout(resolve, 5));
    const updated = await updateStory(story.id, { principles: ["earn-trust"], version: 1 });
    expect(updated.version).toBe(2);
    expect(updated.principles).toEqual(["earn-trust"]);
    expect(updated.title).toBe("Versions");
    expect(Date.parse(updated.updatedAt)).toBeGreaterThan(Date.parse(story.updatedAt));
  });

  it("throws VersionConflictError carrying the stored story, and leaves it untouched", async () => {
    const story = await createStory({ ...input("Conflict"), principles: ["ownership", "frugality"] });
    await updateStory(story.id, { body: "first", version: 1 });
    const conflict = await updateStory(story.id, { body: "second", principles: [], version: 1 }).catch((e) => e);
    expect(conflict).toBeInstanceOf(VersionConflictError);
    expect(conflict.current).toMatchObject({ body: "first", version: 2, principles: ["ownership", "frugality"] });
    expect(await findStory(story.id)).toMatchObject({ body: "first", version: 2, principles: ["ownership", "frugality"] });
  });

  it("trash hides a story from the live list and restore brings it back with its tags", async () => {
    const story = await createStory({ ...input("Trash"), principles: ["ownership", "frugality"] });
    await trashStory(story.id);
    expect((await listStories()).map((s) => s.id)).not.toContain(story.id);
    expect((await listStories({ trash: true })).map((s) => s.id)).toContain(story.id);
    await expect(updateStory(story.id, { title: "x", version: 1 })).rejects.toBeInstanceOf(StoryNotFoundError);
    const restored = await restoreStory(story.id);
    expect(restored).toMatchObject({ deletedAt: null, principles: ["ownership", "frugality"], version: 1 });
    expect((await listStories()).map((s) => s.id)).toContain(story.id);
  });
});
