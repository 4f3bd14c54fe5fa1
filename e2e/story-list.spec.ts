import { expect, test } from "./fixtures";

test("a story created through the API is listed on / with its principles, and opens", async ({ page, seedStory }) => {
  const story = await test.step("create a story through the API", () =>
    seedStory({
      body: "## Situation\nOrders timed out.\n## Task\nI owned latency.\n## Action\nI added an index.\n## Result\np99 fell from 800 ms to 60 ms.\n",
      principles: ["dive-deep", "deliver-results"],
    }),
  );

  await test.step("see it on the story list", async () => {
    await page.goto("/");
    await expect(page.getByRole("button", { name: "New story" })).toBeVisible();
    const link = page.getByRole("link", { name: story.title });
    await expect(link).toBeVisible();
    const principles = page.getByRole("list", { name: `Principles of ${story.title}` });
    await expect(principles.getByRole("listitem")).toHaveText(["Dive Deep", "Deliver Results"]);
  });

  await test.step("open it", async () => {
    await page.getByRole("link", { name: story.title }).click();
    await expect(page.getByRole("heading", { level: 1, name: story.title })).toBeVisible();
    await expect(page.getByRole("textbox", { name: "Title" })).toHaveValue(story.title);
    await expect(page.getByRole("checkbox", { name: "Dive Deep" })).toBeChecked();
  });
});

test("a trashed story leaves the list", async ({ page, request, seedStory }) => {
  const story = await seedStory();
  await page.goto("/");
  await expect(page.getByRole("link", { name: story.title })).toBeVisible();
  expect((await request.delete(`/api/stories/${story.id}`)).status()).toBe(200);
  await page.reload();
  await expect(page.getByRole("link", { name: story.title })).toHaveCount(0);
});
