import { expect, expectNoSeriousAxeViolations, test } from "./fixtures";

/**
 * The first run: an empty bank offers a plan and a way in with an answer already written.
 *
 * Needs an empty bank, so it only means something in a database of its own: it checks the bank is empty
 * first and is skipped (with the reason) when parallel specs have seeded stories. Run it alone:
 * `npx playwright test e2e/first-run.spec.ts`.
 */
const ANSWER =
  "Last spring our checkout page was timing out during sales.\n\nI was asked to get p99 under 200 ms before Black Friday. I profiled the service and rewrote the cart query.\n\nAs a result p99 fell from 800 ms to 120 ms.\n";

// One after the other: the first leaves a story in the trash, which keeps the live bank empty.
test.describe.configure({ mode: "serial" });

for (const colorScheme of ["light", "dark"] as const) {
  test(`an empty bank → paste an answer → a story with STAR headings (${colorScheme})`, async ({ page, request }) => {
    await page.emulateMedia({ colorScheme });
    const { stories } = await (await request.get("/api/stories")).json();
    test.skip(stories.length > 0, "the bank is not empty: run this spec on its own database");

    await page.goto("/");
    await expect(page.getByRole("heading", { name: "Start with five stories" })).toBeVisible();
    await expect(page.getByRole("button", { name: "New story" })).toBeVisible();
    await expectNoSeriousAxeViolations(page);

    await page.getByRole("button", { name: "Paste an answer you already have" }).click();
    await page.getByRole("textbox", { name: "Your answer" }).fill(ANSWER);
    await page.getByRole("button", { name: "Create story from this answer" }).click();

    await expect(page).toHaveURL(/\/stories\/[a-z0-9]+$/);
    await expect(page.getByRole("textbox", { name: "Title" })).toHaveValue("Last spring our checkout page was timing out during sales");
    const id = page.url().split("/").pop()!;
    const { story } = await (await request.get(`/api/stories/${id}`)).json();
    expect(story.body).toMatch(/^## Situation\n\nLast spring/);
    expect(story.body).toContain("## Task\n\nI was asked");
    expect(story.body).toContain("## Result\n\nAs a result p99 fell");
    await request.delete(`/api/stories/${id}`);
  });
}
