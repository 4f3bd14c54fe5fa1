import AxeBuilder from "@axe-core/playwright";
import { expect, test } from "./fixtures";

/** Practice mode: a story's follow-up questions one at a time, against a timer. */

const body = [
  "## Situation",
  "Checkout p99 was 800 ms during the holiday sale and carts were abandoned.",
  "## Task",
  "I owned the checkout service and had to get p99 under 100 ms.",
  "## Action",
  "We rewrote the query, and I added a read-through cache in front of the pricing service.",
  "## Result",
  "p99 fell from 800 ms to 60 ms and conversion rose 3%.",
  "",
].join("\n");

test("practice shows one question at a time, quotes the story, and times the answer", async ({ page, seedStory }) => {
  const story = await seedStory({ body, principles: ["dive-deep"] });
  await page.goto(`/stories/${story.id}/practice`);
  await expect(page.getByRole("heading", { level: 1, name: `Practice: ${story.title}` })).toBeVisible();
  await expect(page.getByRole("link", { name: "Back to the editor" })).toHaveAttribute("href", `/stories/${story.id}`);
  await expect(page.getByText(/Target length: this story is \d+ words, about \d+ s spoken/)).toBeVisible();

  const status = page.getByRole("status");
  const timer = page.getByRole("timer", { name: "Time" });

  await test.step("question 1 quotes the story's own words", async () => {
    await expect(status).toHaveText(/^Question 1 of \d+$/);
    await expect(page.getByText('You wrote "We rewrote the query" — what did you do yourself?', { exact: true })).toBeVisible();
    await expect(timer).toHaveAttribute("aria-live", "off");
    await expect(timer).toHaveText("00:00");
  });

  await test.step("Start runs the clock; Pause holds it", async () => {
    await page.getByRole("button", { name: "Start" }).click();
    await expect(timer).not.toHaveText("00:00");
    await expect(timer).toHaveText(/^00:0[1-9]$/);
    await page.getByRole("button", { name: "Pause" }).click();
    await expect(page.getByRole("button", { name: "Resume" })).toBeVisible();
    const held = await timer.textContent();
    await expect(timer).toHaveText(held ?? "");
  });

  await test.step("Next question moves on and resets the clock", async () => {
    const total = Number((await status.textContent())?.match(/of (\d+)/)?.[1]);
    expect(total).toBeGreaterThan(2);
    await page.getByRole("button", { name: "Next question" }).click();
    await expect(status).toHaveText(`Question 2 of ${total}`);
    await expect(timer).toHaveText("00:00");
    await expect(page.getByText("What alternatives did you reject, and why?", { exact: true })).toBeVisible();
    for (let index = 3; index <= total; index++) {
      await page.getByRole("button", { name: "Next question" }).click();
      await expect(status).toHaveText(`Question ${index} of ${total}`);
    }
    await expect(page.getByRole("button", { name: "Next question" })).toBeDisabled();
    await page.getByRole("button", { name: "Start over" }).click();
    await expect(status).toHaveText(`Question 1 of ${total}`);
  });
});

test("practice mode has no serious or critical axe violations, with the clock running", async ({ page, seedStory }) => {
  const story = await seedStory({ body, principles: ["dive-deep", "ownership"] });
  await page.goto(`/stories/${story.id}/practice`);
  await page.getByRole("button", { name: "Start" }).click();
  await expect(page.getByRole("button", { name: "Pause" })).toBeVisible();
  const results = await new AxeBuilder({ page }).analyze();
  const serious = results.violations
    .filter((violation) => violation.impact === "serious" || violation.impact === "critical")
    .map((violation) => ({ id: violation.id, help: violation.help, targets: violation.nodes.map((node) => node.target) }));
  expect(serious).toEqual([]);
});

test("a story that does not exist has no practice page", async ({ page }) => {
  const response = await page.goto("/stories/no-such-story/practice");
  expect(response?.status()).toBe(404);
});
