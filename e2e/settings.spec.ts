import type { Page } from "@playwright/test";
import { expect, expectNoSeriousAxeViolations, test } from "./fixtures";

/**
 * The settings page (/settings): a rule turned off and a new speaking rate are saved to the server's
 * `.story-lint.json`, kept across reloads, and used by the editor; bad values are refused per field;
 * Reset to defaults restores everything.
 *
 * The settings are one file for the whole server, and other specs run against it at the same time. So
 * this spec only changes what no other spec relies on: vague-outcome (no other spec looks for its
 * messages) and a slower speaking rate, 130 words a minute (stories get longer, and the short stories
 * other specs use still read "… s spoken"). Its tests run one after another, and each puts the
 * defaults back afterwards, through the API, even when it failed.
 */
test.describe.configure({ mode: "serial" });

test.afterEach(async ({ request }) => {
  const response = await request.put("/api/settings", { data: {} });
  expect(response.status(), await response.text()).toBe(200);
});

const VAGUE_STORY = `## Situation
Checkout timed out for 3% of shoppers every Friday evening during the spring sale.

## Task
I owned the checkout latency goal for the quarter.

## Action
I profiled the slowest queries and added a covering index on the orders table.

## Result
The launch was successful and the team got positive feedback.
`;

const speakingRate = (page: Page) => page.getByRole("spinbutton", { name: "Speaking rate (words per minute)" });
const ruleSetting = (page: Page, ruleId: string) => page.getByRole("combobox", { name: ruleId, exact: true });
const status = (page: Page) => page.getByRole("status");

test("a rule turned off and a new speaking rate are saved, kept, and used by the editor", async ({ page, seedStory }) => {
  const story = await seedStory({ body: VAGUE_STORY, principles: ["dive-deep"] });
  const warnings = page.getByRole("region", { name: "Warnings" });
  const vagueWarnings = warnings.getByRole("listitem").and(page.locator('[data-rule-id="vague-outcome"]'));
  const meter = page.getByRole("region", { name: "Length" });

  await test.step("with the defaults, the editor flags the vague Result and times it at 150 words a minute", async () => {
    await page.goto(`/stories/${story.id}`);
    await expect(meter).toContainText("spoken at 150 words a minute");
    await expect(vagueWarnings).toHaveCount(2);
  });

  await test.step("the settings page is in the main navigation and shows the defaults", async () => {
    await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Settings" }).click();
    await expect(page).toHaveURL(/\/settings$/);
    await expect(page.getByRole("heading", { level: 1, name: "Settings" })).toBeVisible();
    await expect(page.getByRole("link", { name: "vague-outcome", exact: true })).toHaveAttribute("href", "/rules/vague-outcome");
    await expect(ruleSetting(page, "vague-outcome")).toHaveValue("warning");
    await expect(ruleSetting(page, "vague-outcome").getByRole("option")).toHaveText(["error", "warning (default)", "info", "off"]);
    await expect(speakingRate(page)).toHaveValue("150");
    await expect(page.getByRole("spinbutton", { name: "Ownership", exact: true })).toHaveValue("2");
    await expect(page.getByRole("spinbutton", { name: "Minimum stories" })).toHaveValue("5");
    await expect(page.getByRole("spinbutton", { name: "Most principles per story" })).toHaveValue("3");
  });

  await test.step("turn vague-outcome off, slow the speaking rate to 130, save", async () => {
    await ruleSetting(page, "vague-outcome").selectOption("off");
    await speakingRate(page).fill("130");
    await page.getByRole("button", { name: "Save" }).click();
    await expect(status(page)).toHaveText("Settings saved");
  });

  await test.step("after a reload both are kept", async () => {
    await page.reload();
    await expect(ruleSetting(page, "vague-outcome")).toHaveValue("off");
    await expect(speakingRate(page)).toHaveValue("130");
  });

  await test.step("the editor no longer flags the vague Result, and times the story at 130 words a minute", async () => {
    await page.goto(`/stories/${story.id}`);
    await expect(meter).toContainText("spoken at 130 words a minute");
    await expect(vagueWarnings).toHaveCount(0);
  });
});

test("a bad value is refused on its field, and Reset to defaults puts every default back", async ({ page, request }) => {
  await page.goto("/settings");

  await test.step("a speaking rate of 20 is refused, with the reason on the field, and nothing is saved", async () => {
    await speakingRate(page).fill("20");
    await page.getByRole("button", { name: "Save" }).click();
    await expect(status(page)).toHaveText("Not saved: Speaking rate must be a whole number from 60 to 300");
    await expect(speakingRate(page)).toHaveAttribute("aria-invalid", "true");
    await expect(speakingRate(page)).toHaveAccessibleDescription(/Speaking rate must be a whole number from 60 to 300/);
    expect((await (await request.get("/api/settings")).json()).settings).toEqual({});
  });

  await test.step("fixed, it saves; the download is the saved .story-lint.json", async () => {
    await speakingRate(page).fill("130");
    await ruleSetting(page, "vague-outcome").selectOption("info");
    await page.getByRole("button", { name: "Save" }).click();
    await expect(status(page)).toHaveText("Settings saved");
    await expect(speakingRate(page)).not.toHaveAttribute("aria-invalid");

    const link = page.getByRole("link", { name: "Download .story-lint.json" });
    await expect(link).toHaveAttribute("href", "/api/settings/download");
    const download = await request.get("/api/settings/download");
    expect(download.headers()["content-disposition"]).toBe('attachment; filename=".story-lint.json"');
    expect(await download.json()).toEqual({ rules: { "vague-outcome": "info" }, speakingRate: 130 });
  });

  await test.step("Reset to defaults", async () => {
    await page.getByRole("button", { name: "Reset to defaults" }).click();
    await expect(status(page)).toHaveText("Settings reset to defaults");
    await expect(ruleSetting(page, "vague-outcome")).toHaveValue("warning");
    await expect(speakingRate(page)).toHaveValue("150");
    expect((await (await request.get("/api/settings")).json()).settings).toEqual({});
  });
});

test("the settings page has no serious or critical axe violations", async ({ page }) => {
  await page.goto("/settings");
  await expect(speakingRate(page)).toBeVisible();
  await expectNoSeriousAxeViolations(page);
});
