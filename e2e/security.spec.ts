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
  const story = await seedStory({ title: '<img src=x onerror="window.__pwned=1">', body: hostile });
  let dialogs = 0;
  page.on("dialog", async (dialog) => {
    dialogs += 1;
    await dialog.dismiss();
  });
  for (const path of ["/", `/stories/${story.id}`, "/coverage"]) {
    await page.goto(path);
    await expect(page.getByRole("link", { name: "Story Bank" })).toBeVisible();
  }
  await expect(page.getByRole("link", { name: '<img src=x onerror="window.__pwned=1">' })).toBeVisible();
  expect(await page.evaluate(() => (window as unknown as { __pwned?: unknown }).__pwned)).toBeUndefined();
  expect(dialogs).toBe(0);
});
