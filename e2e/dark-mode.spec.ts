import { expect, expectNoSeriousAxeViolations, test } from "./fixtures";

/**
 * Every page follows the system's colour scheme (app/globals.css's custom properties), and axe finds
 * no serious or critical violation (colour contrast among them) in the dark scheme, as in the light
 * one the other specs check.
 */
test.use({ colorScheme: "dark" });

test("every page is dark in the dark scheme, with no serious or critical axe violations", async ({ page, seedStory }) => {
  const story = await seedStory({
    principles: ["dive-deep"],
    body: "## Situation\nOrders timed out.\n## Task\nI owned latency.\n## Action\nWe added an index.\n## Result\np99 improved.\n",
  });
  for (const path of ["/", "/coverage", "/rules", "/rules/story-type-missing", "/settings", "/loop", "/interview-day", `/stories/${story.id}`]) {
    await test.step(path, async () => {
      await page.goto(path);
      await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
      // The page background is the dark theme's, not the light one's white.
      await expect(page.locator("body")).toHaveCSS("background-color", "rgb(20, 24, 28)");
      await expectNoSeriousAxeViolations(page);
    });
  }
});
