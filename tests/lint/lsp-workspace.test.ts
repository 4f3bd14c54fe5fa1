import { mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { VFile } from "vfile";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { lintStory } from "../../lib/lint";
import { storyLintProcessor } from "../../lib/lint/lsp/workspace-lint";

/**
 * The language server's processor on its own (the stdio round trip is language-server.test.ts): what
 * one open story hears from the workspace around it — its settings file and the other stories.
 */

let workspace: string;

beforeEach(async () => {
  workspace = await mkdtemp(path.join(os.tmpdir(), "story-lint-workspace-"));
  await mkdir(path.join(workspace, "stories"));
});

afterEach(async () => {
  await rm(workspace, { recursive: true, force: true });
});

/** Lints `text` as the open document `relative` in the workspace, as unified-language-server does. */
async function lintOpen(relative: string, text: string) {
  const processor = storyLintProcessor();
  const file = new VFile({ cwd: workspace, path: relative, value: text });
  await processor.run(processor.parse(file), file); // the engine parses and runs; a linter never compiles

  return file.messages.map((message) => ({
    ruleId: message.ruleId,
    fatal: message.fatal,
    line: message.place && "start" in message.place ? message.place.start.line : message.line,
    reason: message.reason,
    url: message.url,
  }));
}

const tagged = (title: string, principles: string, result: string) =>
  `---\ntitle: ${title}\nprinciples: [${principles}]\n---\n## Situation\nOur checkout service timed out at the evening peak.\n\n## Task\nI owned its latency for the quarter.\n\n## Action\nI profiled the slowest requests and batched the inventory lookups.\n\n## Result\n${result}\n`;

describe("the language server's workspace lint", () => {
  it("uses the workspace's .story-lint.json, and links rules to the app", async () => {
    await writeFile(path.join(workspace, ".story-lint.json"), JSON.stringify({ rules: { "vague-outcome": "error" } }));
    const text = tagged("Checkout", "dive-deep", "Checkout became much faster for everyone.");
    const messages = await lintOpen("stories/checkout.md", text);
    expect(messages.find((m) => m.ruleId === "vague-outcome")).toMatchObject({ fatal: true, url: "http://127.0.0.1:3000/rules/vague-outcome" });
    const story = messages.filter((m) => m.ruleId !== "principle-thin");
    expect(story.map((m) => m.ruleId)).toEqual(lintStory(text, { config: { rules: { "vague-outcome": "error" } } }).map((m) => m.ruleId));
  });

  it("says on line 1 that a broken .story-lint.json is ignored, and lints with the defaults", async () => {
    await writeFile(path.join(workspace, ".story-lint.json"), '{ "rules": { "we-instead-of-me": "error" } }');
    const text = tagged("Checkout", "dive-deep", "Checkout became much faster for everyone.");
    const messages = await lintOpen("stories/checkout.md", text);
    expect(messages[0]).toMatchObject({ ruleId: undefined, fatal: true, line: 1 });
    expect(messages[0].reason).toMatch(/^\.story-lint\.json is invalid, so the default rules apply: .*we-instead-of-me/);
    expect(messages.find((m) => m.ruleId === "vague-outcome")).toMatchObject({ fatal: false });
  });

  it("tells a story it gives a figure differently from another story, on its title line", async () => {
    const story = (title: string, body: string) => `---\ntitle: ${title}\nprinciples: [dive-deep]\n---\n${body}`;
    const first = story(
      "Checkout latency",
      "## Situation\nThe Checkout service timed out at peak.\n## Task\nI owned its latency.\n## Action\nI profiled it and cached the tax lookups.\n## Result\nCheckout p99 latency went from 800 ms to 60 ms.\n",
    );
    const later = story(
      "Checkout launch",
      "## Situation\nThe Checkout launch was set for Black Friday.\n## Task\nI had to keep it fast.\n## Action\nI argued for a week of load tests.\n## Result\nCheckout p99 latency went from 900 ms to 60 ms before launch.\n",
    );
    await writeFile(path.join(workspace, "stories/a-first.md"), first);
    await writeFile(path.join(workspace, "stories/b-later.md"), later);
    const messages = await lintOpen("stories/b-later.md", later);
    expect(messages.filter((m) => m.ruleId === "figure-inconsistent")).toEqual([expect.objectContaining({ line: 2 })]);
    // The rule speaks to the later story only, not to both.
    expect((await lintOpen("stories/a-first.md", first)).map((m) => m.ruleId)).not.toContain("figure-inconsistent");
  });

  it("reads the open document's text, not the file on disk, for the bank", async () => {
    await writeFile(path.join(workspace, "stories/checkout.md"), tagged("Checkout", "dive-deep, ownership, frugality, invent-and-simplify", "p99 fell from 800 ms to 60 ms."));
    const edited = tagged("Checkout", "dive-deep, ownership", "p99 fell from 800 ms to 60 ms.");
    expect((await lintOpen("stories/checkout.md", edited)).map((m) => m.ruleId)).not.toContain("story-overstretched");
  });

  it("leaves notes and READMEs (no front matter) out of the bank, and gives them no bank messages", async () => {
    await writeFile(path.join(workspace, "README.md"), "# My stories\n\nprinciples: none yet\n");
    const messages = await lintOpen("README.md", "# My stories\n\nprinciples: none yet\n");
    expect(messages.some((m) => ["principle-thin", "story-overstretched", "figure-inconsistent"].includes(m.ruleId ?? ""))).toBe(false);
  });
});
