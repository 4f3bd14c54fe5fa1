import type { Locator, Page } from "@playwright/test";
import { expect, expectNoSeriousAxeViolations, test, uniqueId } from "./fixtures";

/**
 * The loop planner (/loop): edit the loop, read the plan, keep the loop across a reload.
 *
 * Other specs seed stories into the same database at the same time, and the planner plans over the
 * whole bank. So this spec builds its loop from the three principles no other spec tags (Hire and
 * Develop the Best, Strive to be Earth's Best Employer, Success and Scale Bring Broad Responsibility),
 * which makes the plan for those slots depend on this test's stories alone. A new spec that tags
 * these principles would need to pick others here.
 */

const TABLE_NAME = "Which story to tell each interviewer";

function interviewer(page: Page, position: number): Locator {
  return page.getByRole("group", { name: `Interviewer ${position}`, exact: true });
}

async function setPrinciples(page: Page, position: number, principles: { uncheck: string[]; check: string[] }) {
  const group = interviewer(page, position);
  for (const name of principles.uncheck) await group.getByRole("checkbox", { name }).uncheck();
  for (const name of principles.check) await group.getByRole("checkbox", { name }).check();
}

test("plans a story per question of an edited loop, explains the unfilled one, and keeps the loop", async ({
  page,
  seedStory,
}) => {
  const unique = uniqueId(test.info());
  const { mentor, juniors } = await test.step("seed two stories", async () => ({
    mentor: await seedStory({
      title: `Mentoring programme ${unique}`,
      principles: ["strive-to-be-earths-best-employer", "success-and-scale-bring-broad-responsibility"],
    }),
    juniors: await seedStory({ title: `Grew two juniors ${unique}`, principles: ["hire-and-develop-the-best"] }),
  }));

  await test.step("open the planner on the default loop of five", async () => {
    await page.goto("/loop");
    await expect(page.getByRole("heading", { level: 1, name: "Loop planner" })).toBeVisible();
    await expect(page.getByRole("group", { name: /^Interviewer \d$/ })).toHaveCount(5);
    await expect(page.getByText("Saved in this browser.")).toBeVisible();
  });

  await test.step("cut it to two interviewers and pick this test's principles", async () => {
    for (const position of [5, 4, 3]) await interviewer(page, position).getByRole("button", { name: "Remove" }).click();
    await expect(page.getByRole("group", { name: /^Interviewer \d$/ })).toHaveCount(2);

    await interviewer(page, 1).getByRole("textbox", { name: "Name" }).fill("Hiring manager");
    await setPrinciples(page, 1, { uncheck: ["Customer Obsession", "Earn Trust"], check: [] });
    await expect(interviewer(page, 1).getByText("Pick at least one principle for the interviewer.")).toBeVisible();
    await expect(page.getByText("Not saved: fix the problems marked above.")).toBeVisible();

    await setPrinciples(page, 1, { uncheck: [], check: ["Hire and Develop the Best", "Strive to be Earth's Best Employer"] });
    await setPrinciples(page, 2, {
      uncheck: ["Ownership", "Bias for Action"],
      check: ["Success and Scale Bring Broad Responsibility"],
    });
    await expect(page.getByText("Saved in this browser.")).toBeVisible();
  });

  const expectPlan = async () => {
    const table = page.getByRole("table", { name: TABLE_NAME });
    const rows = table.getByRole("row");
    await expect(rows).toHaveCount(4);
    await expect(page.getByText("2 of 3 questions have a story.")).toBeVisible();

    await expect(rows.nth(1).getByRole("rowheader")).toHaveText("Hiring manager");
    await expect(rows.nth(1).getByRole("cell")).toHaveText(["Hire and Develop the Best", juniors.title]);
    await expect(rows.nth(1).getByRole("link", { name: juniors.title })).toHaveAttribute("href", `/stories/${juniors.id}`);

    await expect(rows.nth(2).getByRole("rowheader")).toHaveText("Hiring manager");
    await expect(rows.nth(2).getByRole("cell")).toHaveText(["Strive to be Earth's Best Employer", mentor.title]);

    await expect(rows.nth(3).getByRole("rowheader")).toHaveText("Interviewer 2");
    await expect(rows.nth(3).getByRole("cell")).toHaveText([
      "Success and Scale Bring Broad Responsibility",
      `Unfilled. No free story is tagged Success and Scale Bring Broad Responsibility; “${mentor.title}” would fill it but is already used by Hiring manager for Strive to be Earth's Best Employer.`,
    ]);
  };

  await test.step("see each story planned once and the unfilled question's suggestion", async () => {
    await expectPlan();
    await expectNoSeriousAxeViolations(page);
  });

  await test.step("find the same loop and plan after a reload", async () => {
    await page.reload();
    await expect(interviewer(page, 1).getByRole("textbox", { name: "Name" })).toHaveValue("Hiring manager");
    await expect(page.getByRole("group", { name: /^Interviewer \d$/ })).toHaveCount(2);
    await expectPlan();
  });

  await test.step("open a planned story", async () => {
    await page.getByRole("table", { name: TABLE_NAME }).getByRole("link", { name: juniors.title }).click();
    await expect(page.getByRole("heading", { level: 1, name: juniors.title })).toBeVisible();
  });
});

test("adds interviewers up to eight, focusing each new name", async ({ page }) => {
  await page.goto("/loop");
  const add = page.getByRole("button", { name: "Add interviewer" });
  for (const position of [6, 7, 8]) {
    await add.click();
    await expect(interviewer(page, position).getByRole("textbox", { name: "Name" })).toBeFocused();
    await expect(interviewer(page, position).getByRole("textbox", { name: "Name" })).toHaveValue(`Interviewer ${position}`);
  }
  await expect(add).toBeDisabled();
  // Each new interviewer starts on a principle the loop did not cover yet.
  await expect(interviewer(page, 6).getByRole("checkbox", { checked: true })).toHaveAccessibleName("Hire and Develop the Best");

  await interviewer(page, 8).getByRole("button", { name: "Remove" }).click();
  await expect(add).toBeEnabled();
  await expect(add).toBeFocused();
});

test("the loop planner has no serious or critical axe violations, with a problem showing", async ({ page }) => {
  await page.goto("/loop");
  await expect(page.getByRole("table", { name: TABLE_NAME })).toBeVisible();
  await interviewer(page, 1).getByRole("textbox", { name: "Name" }).fill("");
  await expect(interviewer(page, 1).getByText("Give the interviewer a name.")).toBeVisible();
  await expectNoSeriousAxeViolations(page);
});
