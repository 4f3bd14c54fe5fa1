import type { Page } from "@playwright/test";
import { expect, expectNoSeriousAxeViolations, test } from "./fixtures";

/** Replaces the whole story text the way a person would: focus the editor, select all, paste. */
async function replaceStoryText(page: Page, text: string) {
  const editor = page.getByRole("textbox", { name: "Story" });
  await editor.click();
  await page.keyboard.press("ControlOrMeta+a");
  await page.keyboard.insertText(text);
}

const frugalStory = `## Situation
Our clinic had to replace twelve failing laptops and there was no budget left for the year.

## Task
I had to keep the front desk running until the next budget round.

## Action
I borrowed two spare laptops from the school next door, reinstalled the old machines with a free open-source system instead of buying new licences, and trained the receptionists on it myself.

## Result
The desk never closed, and I saved about $9,000 that year compared with the vendor's quote.
`;

test("a story that already shows Frugality offers to tag it, and one click tags and saves it", async ({ page, seedStory }) => {
  const story = await seedStory({ body: "", principles: [] });
  await page.goto(`/stories/${story.id}`);
  await replaceStoryText(page, frugalStory);

  const tag = page.getByRole("button", { name: /^Tag Frugality/ });
  await test.step("the suggestion is shown beside the checkboxes with its reason", async () => {
    await expect(tag).toBeVisible();
    await expect(page.getByRole("checkbox", { name: "Frugality" })).not.toBeChecked();
    await expectNoSeriousAxeViolations(page, "fieldset.principles");
  });

  await test.step("one click ticks the box, the suggestion goes, and the story saves", async () => {
    await tag.click();
    await expect(page.getByRole("checkbox", { name: "Frugality" })).toBeChecked();
    // The button goes once its principle is tagged, so focus moves to the box it ticked.
    await expect(page.getByRole("checkbox", { name: "Frugality" })).toBeFocused();
    await expect(page.getByRole("button", { name: /^Tag Frugality/ })).toHaveCount(0);
    await expect(page.getByRole("status")).toHaveText("Saved");
  });

  await test.step("after a reload the tag is still there and not suggested again", async () => {
    await page.reload();
    await expect(page.getByRole("checkbox", { name: "Frugality" })).toBeChecked();
    await expect(page.getByRole("textbox", { name: "Story" })).toContainText("borrowed two spare laptops");
    await expect(page.getByRole("button", { name: /^Tag Frugality/ })).toHaveCount(0);
  });
});

test("the editor writes in a prose font, with monospace one click away and remembered", async ({ page, seedStory }) => {
  const story = await seedStory({ body: "## Situation\nA line of prose.\n" });
  await page.goto(`/stories/${story.id}`);
  const content = page.locator(".cm-content");
  const toggle = page.getByRole("button", { name: "Monospace font" });

  await expect(toggle).toHaveAttribute("aria-pressed", "false");
  await expect(content).not.toHaveCSS("font-family", /monospace/);

  await toggle.click();
  await expect(toggle).toHaveAttribute("aria-pressed", "true");
  await expect(content).toHaveCSS("font-family", /monospace/);

  await page.reload();
  await expect(page.getByRole("button", { name: "Monospace font" })).toHaveAttribute("aria-pressed", "true");
  await expect(content).toHaveCSS("font-family", /monospace/);

  await page.getByRole("button", { name: "Monospace font" }).click();
  await expect(content).not.toHaveCSS("font-family", /monospace/);
});
