import { expect, test } from "./fixtures";

test("pages carry the security headers", async ({ request }) => {
  const response = await request.get("/");
  const headers = response.headers();
  expect(headers["content-security-policy"]).toContain("frame-ancestors 'none'");
  expect(headers["content-security-policy"]).not.toContain("unsafe-eval");
  expect(headers["x-content-type-options"]).toBe("nosniff");
  expect(headers["referrer-policy"]).toBe("no-referrer");
});

test("a story full of hostile markup runs none of it", async ({ page, seedStory }) => {
  const hostile = [
    "## Situation",
    '<script>window.__pwned = "script"</script>',
    '<img src="x" onerror="window.__pwned = \'onerror\'">',
    '<svg onload="window.__pwned = \'svg\'"><script>window.__pwned = "svg-script"</script></svg>',
    "[click me](javascript:window.__pwned='link')",
    "## Task\nI owned it.\n## Action\nI did it.\n## Result\nIt took 3 days.",
  ].join("\n");
  // Tagged, so the story also shows on the interview-day sheet (the print view) and the loop planner.
  const story = await seedStory({ title: '<img src=x onerror="window.__pwned=1">', body: hostile, principles: ["ownership"] });
  let dialogs = 0;
  page.on("dialog", async (dialog) => {
    dialogs += 1;
    await dialog.dismiss();
  });
  // Every page that shows story text: the list, the editor, the matrix, the print sheet, practice mode
  // (which quotes the story) and the loop planner; and a rule page, whose examples are markdown too.
  const paths = ["/", `/stories/${story.id}`, "/coverage", "/interview-day", `/stories/${story.id}/practice`, "/loop", "/rules/we-instead-of-i"];
  for (const path of paths) {
    await page.goto(path);
    await expect(page.getByRole("link", { name: "Story Bank" })).toBeVisible();
    expect(await page.evaluate(() => (window as unknown as { __pwned?: unknown }).__pwned), path).toBeUndefined();
  }
  await page.emulateMedia({ media: "print" });
  await page.goto("/interview-day");
  await expect(page.getByText('<img src=x onerror="window.__pwned=1">').first()).toBeAttached();
  await page.emulateMedia({ media: "screen" });
  await page.goto("/");
  await expect(page.getByRole("link", { name: '<img src=x onerror="window.__pwned=1">' })).toBeVisible();
  expect(await page.evaluate(() => (window as unknown as { __pwned?: unknown }).__pwned)).toBeUndefined();
  expect(dialogs).toBe(0);
});
