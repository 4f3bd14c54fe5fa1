import AxeBuilder from "@axe-core/playwright";
import type { Locator, Page } from "@playwright/test";
import { expect, type SeededStory, test, uniqueId } from "./fixtures";

/**
 * The interview-day sheet: the bank's stories grouped by Leadership Principle with their hooks, Result
 * figures and spoken length, a practice link each, and a print layout. The e2e database is shared with
 * parallel specs, so every assertion is about this test's own stories.
 */

const star = (result: string) =>
  `## Situation\nCheckout p99 was 800 ms during the holiday sale.\n## Task\nI owned the checkout service.\n` +
  `## Action\nI profiled the slowest query and cached prices, because reads were most of the load.\n## Result\n${result}\n`;

async function seedSheetStories(seedStory: (input: Partial<SeededStory>) => Promise<SeededStory>, tag: string) {
  const checkout = await seedStory({
    title: `Checkout latency ${tag}`,
    body: star("p99 fell from 800 ms to 60 ms and conversion rose 3%."),
    principles: ["dive-deep", "deliver-results"],
  });
  const vendor = await seedStory({
    title: `Renegotiated the CDN contract instead of migrating ${tag}`,
    body: star("I saved $1.2M a year, and the migration to Java 17 in March 2023 was no longer needed."),
    principles: ["frugality"],
  });
  return { checkout, vendor };
}

function principleBlock(page: Page, name: string): Locator {
  return page.getByRole("region", { name: new RegExp(`^${name} \\(\\d+ stor(?:y|ies)\\)$`) });
}

function storyEntry(block: Locator, story: SeededStory): Locator {
  return block.getByRole("listitem").filter({ has: block.page().getByRole("heading", { level: 3, name: story.title }) });
}

/** Strings of the PDF's outline entries (`/Title (…)` or `/Title <FEFF…>`), decoded. */
function outlineTitles(pdf: Buffer): string[] {
  const text = pdf.toString("latin1");
  const titles: string[] = [];
  for (const hit of text.matchAll(/\/Title\s*(?:<([0-9A-Fa-f\s]*)>|\(((?:\\.|[^\\)])*)\))/g)) {
    if (hit[1] !== undefined) {
      const hex = hit[1].replace(/\s+/g, "");
      const bytes = Buffer.from(hex, "hex");
      titles.push(
        bytes[0] === 0xfe && bytes[1] === 0xff ? bytes.subarray(2).swap16().toString("utf16le") : bytes.toString("latin1"),
      );
    } else {
      titles.push(hit[2].replace(/\\([()\\])/g, "$1"));
    }
  }
  return titles;
}

test("stories appear under each principle they are tagged with, with hook, figures, length and a practice link", async ({
  page,
  seedStory,
}, testInfo) => {
  const { checkout, vendor } = await test.step("seed two stories", () => seedSheetStories(seedStory, uniqueId(testInfo)));
  await page.goto("/interview-day");
  await expect(page.getByRole("heading", { level: 1, name: "Interview day" })).toBeVisible();

  await test.step("the checkout story is under Dive Deep and Deliver Results, with its figures", async () => {
    for (const name of ["Dive Deep", "Deliver Results"]) {
      const entry = storyEntry(principleBlock(page, name), checkout);
      await expect(entry).toHaveCount(1);
      // The title is a topic, so the hook is the Result's first sentence.
      await expect(entry.getByText("p99 fell from 800 ms to 60 ms and conversion rose 3%.")).toBeVisible();
      await expect(entry.getByRole("list", { name: "Figures" }).getByRole("listitem")).toHaveText(["from 800 ms to 60 ms", "3%"]);
      await expect(entry).toContainText(/About \d+ s spoken/);
      await expect(entry.getByRole("link", { name: `Practice “${checkout.title}”` })).toHaveAttribute(
        "href",
        `/stories/${checkout.id}/practice`,
      );
      await expect(entry.getByRole("link", { name: checkout.title, exact: true })).toHaveAttribute("href", `/stories/${checkout.id}`);
    }
    await expect(storyEntry(principleBlock(page, "Frugality"), checkout)).toHaveCount(0);
  });

  await test.step("the vendor story is under Frugality; its good title is its hook; a version and a date are no figures", async () => {
    const entry = storyEntry(principleBlock(page, "Frugality"), vendor);
    await expect(entry.getByRole("list", { name: "Figures" }).getByRole("listitem")).toHaveText(["$1.2M a year"]);
    await expect(entry.getByRole("paragraph").filter({ hasText: "I saved" })).toHaveCount(0);
  });

  await test.step("principles come in the fixed order; uncovered ones are listed apart", async () => {
    const headings = await page.getByRole("heading", { level: 2 }).allTextContents();
    const order = ["Frugality", "Dive Deep", "Deliver Results"].map((name) => headings.findIndex((text) => text.startsWith(name)));
    expect(order).toEqual([...order].sort((a, b) => a - b));
    expect(order.every((index) => index >= 0)).toBe(true);
    const uncovered = page.getByRole("region", { name: "No story yet" });
    if ((await uncovered.count()) > 0) await expect(uncovered).not.toContainText("Dive Deep");
  });

  await test.step("the practice link opens the story's practice mode", async () => {
    await storyEntry(principleBlock(page, "Dive Deep"), checkout).getByRole("link", { name: `Practice “${checkout.title}”` }).click();
    await expect(page).toHaveURL(`/stories/${checkout.id}/practice`);
    await expect(page.getByRole("heading", { level: 1, name: `Practice: ${checkout.title}` })).toBeVisible();
  });
});

test("printed, the sheet drops the navigation and keeps every story; the PDF carries the titles", async ({
  page,
  seedStory,
}, testInfo) => {
  const { checkout, vendor } = await seedSheetStories(seedStory, uniqueId(testInfo));
  await page.goto("/interview-day");
  await expect(page.getByRole("navigation", { name: "Main" })).toBeVisible();

  await test.step("print media: no navigation, no buttons, stories and figures still there", async () => {
    await page.emulateMedia({ media: "print" });
    await expect(page.getByRole("navigation", { name: "Main" })).toBeHidden();
    await expect(page.getByRole("button", { name: "Print" })).toBeHidden();
    const entry = storyEntry(principleBlock(page, "Dive Deep"), checkout);
    await expect(entry.getByRole("heading", { name: checkout.title })).toBeVisible();
    await expect(entry.getByRole("link", { name: `Practice “${checkout.title}”` })).toBeHidden();
    await expect(entry.getByRole("list", { name: "Figures" })).toBeVisible();
    await expect(principleBlock(page, "Dive Deep")).toHaveCSS("break-inside", "avoid");
  });

  await test.step("page.pdf() renders a real PDF whose outline holds the story titles", async () => {
    const pdf = await page.pdf({ format: "A4", outline: true, tagged: true, printBackground: true });
    expect(pdf.subarray(0, 5).toString("latin1")).toBe("%PDF-");
    expect(pdf.length).toBeGreaterThan(5_000);
    const pages = pdf.toString("latin1").match(/\/Type\s*\/Page(?![s\w])/g) ?? [];
    expect(pages.length).toBeGreaterThanOrEqual(1);
    const titles = outlineTitles(pdf);
    expect(titles).toContain("Interview day");
    expect(titles).toContain(checkout.title);
    expect(titles).toContain(vendor.title);
  });
});

test("the sheet has no serious or critical axe violations", async ({ page, seedStory }, testInfo) => {
  const { checkout } = await seedSheetStories(seedStory, uniqueId(testInfo));
  await page.goto("/interview-day");
  await expect(storyEntry(principleBlock(page, "Dive Deep"), checkout)).toHaveCount(1);
  const results = await new AxeBuilder({ page }).analyze();
  const serious = results.violations
    .filter((violation) => violation.impact === "serious" || violation.impact === "critical")
    .map((violation) => ({ id: violation.id, help: violation.help, targets: violation.nodes.map((node) => node.target) }));
  expect(serious).toEqual([]);
});
