import fs from "node:fs";
import AxeBuilder from "@axe-core/playwright";
import { strFromU8, unzipSync, zipSync } from "fflate";
import { expect, test } from "./fixtures";

/**
 * Export the bank through the home page, then bring the stories back from the downloaded zip. The
 * e2e database is shared with specs running in parallel, so only this test's own files (found by a
 * unique title tag) are imported back: re-importing other specs' stories could revive ones they trashed.
 */
test("export the bank as a zip and import it back after the stories were trashed", async ({ page, request, seedStory }, testInfo) => {
  const tag = `Files w${testInfo.workerIndex}-${Date.now().toString(36)}`;
  const seeded = await test.step("seed two stories whose text a careless format would change", async () => [
    await seedStory({
      title: `${tag} led the outage review`,
      body: "## Situation\r\nPaged at 2am.\r\n\r\n## Result\r\nMTTR fell 40%.  ",
      principles: ["ownership", "earn-trust"],
    }),
    await seedStory({
      title: `${tag}: שלום 🚀`,
      body: "---\ntitle: Not the title\nprinciples: [frugality]\n---\nno final newline",
      principles: ["think-big"],
    }),
  ]);

  const ownFiles = await test.step("export all stories through the link", async () => {
    await page.goto("/");
    const downloading = page.waitForEvent("download");
    await page.getByRole("link", { name: "Export all stories" }).click();
    const download = await downloading;
    expect(download.suggestedFilename()).toMatch(/^story-bank-\d{4}-\d{2}-\d{2}\.zip$/);
    const entries = unzipSync(fs.readFileSync(await download.path()));
    const own = Object.fromEntries(Object.entries(entries).filter(([, data]) => strFromU8(data).includes(tag)));
    expect(Object.keys(own).sort()).toEqual([expect.stringMatching(/^files-w\d+-[a-z0-9]+-led-the-outage-review\.md$/), expect.stringMatching(/^files-w\d+-[a-z0-9]+\.md$/)].sort());
    return own;
  });

  await test.step("trash the stories", async () => {
    for (const story of seeded) expect((await request.delete(`/api/stories/${story.id}`)).status()).toBe(200);
    await page.reload();
    for (const story of seeded) await expect(page.getByRole("link", { name: story.title })).toHaveCount(0);
  });

  await test.step("import the zip through the file input", async () => {
    await page.getByLabel("Import stories").setInputFiles({
      name: "my-stories.zip",
      mimeType: "application/zip",
      buffer: Buffer.from(zipSync(ownFiles)),
    });
    const region = page.getByRole("region", { name: "Export and import" });
    await expect(region.getByRole("status")).toHaveText("Import finished: 2 created, 0 updated, 0 unchanged, 0 errors.");
  });

  await test.step("see them listed again with their principles, their text unchanged", async () => {
    await expect(page.getByRole("list", { name: `Principles of ${seeded[0].title}` }).getByRole("listitem")).toHaveText(["Ownership", "Earn Trust"]);
    await expect(page.getByRole("list", { name: `Principles of ${seeded[1].title}` }).getByRole("listitem")).toHaveText(["Think Big"]);
    const { stories } = await (await request.get("/api/stories")).json();
    const imported = stories.filter((story: { title: string }) => story.title.startsWith(tag));
    expect(imported).toHaveLength(2);
    for (const { id } of imported) {
      const { story } = await (await request.get(`/api/stories/${id}`)).json();
      const original = seeded.find((s) => s.title === story.title)!;
      expect({ title: story.title, body: story.body, principles: story.principles }).toEqual({
        title: original.title,
        body: original.body,
        principles: original.principles,
      });
      // The imported copies are this test's to clean up; the fixture only trashes what it seeded.
      await request.delete(`/api/stories/${id}`);
    }
  });
});

test("importing a bad file says what is wrong with it and imports the good one", async ({ page, request }, testInfo) => {
  const title = `Files w${testInfo.workerIndex}-${Date.now().toString(36)} good`;
  await page.goto("/");
  await page.getByLabel("Import stories").setInputFiles([
    { name: "good.md", mimeType: "text/markdown", buffer: Buffer.from(`---\ntitle: ${title}\nprinciples: [dive-deep]\n---\n## Situation\nx\n`) },
    { name: "bad.md", mimeType: "text/markdown", buffer: Buffer.from("---\ntitle: Bad\nprinciples: [be-nice]\n---\n") },
  ]);
  const status = page.getByRole("region", { name: "Export and import" }).getByRole("status");
  await expect(status).toContainText("Import finished: 1 created, 0 updated, 0 unchanged, 1 error.");
  await expect(status.getByRole("listitem")).toHaveText([/^bad\.md: Unknown principle id "be-nice"/]);
  await expect(page.getByRole("link", { name: title })).toBeVisible();
  const results = await new AxeBuilder({ page }).include(".bank-files").analyze();
  expect(results.violations.map((v) => `${v.id}: ${v.help}`)).toEqual([]);

  const { stories } = await (await request.get("/api/stories")).json();
  for (const story of stories.filter((s: { title: string }) => s.title === title)) await request.delete(`/api/stories/${story.id}`);
});
