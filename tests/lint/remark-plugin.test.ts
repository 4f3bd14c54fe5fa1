import { execFile } from "node:child_process";
import { mkdir, mkdtemp, readdir, readFile, rm, symlink, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { remark } from "remark";
import remarkFrontmatter from "remark-frontmatter";
import { VFile } from "vfile";
import type { VFileMessage } from "vfile-message";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { lintStory, type LintConfig, type LintMessage } from "../../lib/lint";
import storyLint from "../../lib/lint/remark";

const projectRoot = path.resolve(import.meta.dirname, "../..");
const run = promisify(execFile);

/** Our corpora (not the blind one, which stays unread) and answers pasted as strangers write them. */
async function corpus(): Promise<Array<{ name: string; markdown: string }>> {
  const stories: Array<{ name: string; markdown: string }> = [];
  for (const dir of ["good-stories", "heldout/stories", "unlabelled/stories"]) {
    const folder = path.join(import.meta.dirname, dir);
    for (const name of (await readdir(folder)).filter((file) => file.endsWith(".md")).sort()) {
      stories.push({ name: `${dir}/${name}`, markdown: await readFile(path.join(folder, name), "utf8") });
    }
  }
  return [...stories, ...Object.entries(STRANGERS).map(([name, markdown]) => ({ name, markdown }))];
}

const STRANGERS: Record<string, string> = {
  "html from a blog": `<p><b>Situation:</b> Our team had too many bugs in the release , customers was angry.</p>
<p><b>Task:</b> I need to reduce it.</p>
<p><b>Action:</b> We did a big refactor and we write more tests.</p>
<p><b>Result:</b> Much better quality and happy customer.</p>
`,
  "whole answer in quotes": `"So basically, at my last job we had a migration that was behind, and my manager asked me to take it over. I made a plan, we split the work and I chased every blocker. In the end we shipped two weeks late but with zero data loss."
`,
  "résumé bullets with a suppression": `---
title: Vendor consolidation
principles: [frugality]
---
- Situation: 14 vendors for the same SaaS tools
- Task: cut the spend
<!-- story-lint disable-next-line we-instead-of-i: the whole procurement team negotiated -->
- Action: we renegotiated every contract
- Result: saved a lot of money
`,
  "emoji and crlf": "😀 **S**: the ward was understaffed\r\n\r\n**T**: I had to cover nights\r\n\r\n**A**: we swapped shifts\r\n\r\n**R**: everyone was happier\r\n",
  "empty": "",
};

/** A vfile message in SPEC §2's shape, read back only from what the plugin put on it. */
function asLintMessage(message: VFileMessage): Omit<LintMessage, "section"> {
  const { start, end } = message.place as { start: { line: number; column: number; offset: number }; end: { line: number; column: number; offset: number } };
  return {
    ruleId: message.ruleId!,
    severity: message.fatal === true ? "error" : message.fatal === false ? "warning" : "info",
    reason: message.reason,
    line: start.line,
    column: start.column,
    endLine: end.line,
    endColumn: end.column,
    offset: start.offset,
    endOffset: end.offset,
    ...(message.actual !== undefined ? { actual: message.actual } : {}),
    ...(message.expected !== undefined ? { expected: message.expected } : {}),
    ...(message.note !== undefined ? { note: message.note } : {}),
    url: message.url!,
  };
}

function withoutSection({ section: _section, ...rest }: LintMessage): Omit<LintMessage, "section"> {
  return rest;
}

const STRICT: LintConfig = { rules: { "we-instead-of-i": "error", "vague-outcome": "off", "spoken-length": "warning" }, speakingRate: 120 };

describe("story-bank/remark: the plugin reports what lintStory reports", () => {
  it("gives every story of our corpora and of strangers' pastes the same messages, in the same order", async () => {
    const stories = await corpus();
    expect(stories.length).toBeGreaterThan(250);
    let compared = 0;
    for (const config of [undefined, STRICT]) {
      const processor = remark().use(remarkFrontmatter).use(storyLint, config);
      for (const { name, markdown } of stories) {
        const file = await processor.process(new VFile({ path: name, value: markdown }));
        const expected = lintStory(markdown, config ? { config } : {}).map(withoutSection);
        expect(file.messages.map(asLintMessage), name).toEqual(expected);
        expect(file.messages.every((message) => message.source === "story-lint")).toBe(true);
        compared += expected.length;
      }
    }
    expect(compared).toBeGreaterThan(500); // the corpora draw many messages: the equality is not vacuous
  });

  it("maps severities to vfile's: error is fatal, warning is not, info leaves fatal unset", async () => {
    const markdown = [
      "**Situation:** Deploys failed about once a day and nobody owned the pipeline.",
      "",
      "**Action:** We rewrote the deploy scripts and added retries.",
      "",
      "**Result:** Deploys became much more reliable.",
      "",
    ].join("\n");
    const file = await remark().use(remarkFrontmatter).use(storyLint, { rules: { "we-instead-of-i": "info" } }).process(markdown);
    expect(file.messages.map((message) => [message.ruleId, message.fatal])).toEqual([
      ["spoken-length", undefined],
      ["star-missing-section", true],
      ["we-instead-of-i", undefined],
      ["result-missing-metric", false],
      ["vague-outcome", false],
    ]);
    const we = file.messages.find((message) => message.ruleId === "we-instead-of-i")!;
    expect([we.line, we.column, we.actual, we.expected, we.url]).toEqual([3, 13, "We", ["I"], "/rules/we-instead-of-i"]);
  });

  it("honours suppression comments as lintStory does", async () => {
    const file = await remark().use(remarkFrontmatter).use(storyLint).process(STRANGERS["résumé bullets with a suppression"]);
    expect(file.messages.map((message) => message.ruleId)).not.toContain("we-instead-of-i");
    expect(file.messages.map((message) => message.ruleId)).toContain("vague-outcome");
  });

  it.each([
    [{ rules: { "we-instead-of-me": "error" } }, /Unknown rule id in lint config: "we-instead-of-me"/],
    [{ rules: { "we-instead-of-i": "loud" } }, /story-bank\/remark: invalid options: rules\.we-instead-of-i/],
    [{ colour: "red" }, /story-bank\/remark: invalid options: .*colour/],
  ])("refuses bad options %j at .use() with the reason", (options, reason) => {
    expect(() => remark().use(storyLint, options as LintConfig).freeze()).toThrow(reason);
  });
});

describe("story-bank/remark by its package name", () => {
  it("is package.json's ./remark export, built JavaScript whose default export is the plugin", async () => {
    const script = `
      import storyLint from "story-bank/remark";
      import { remark } from "remark";
      import remarkFrontmatter from "remark-frontmatter";
      const file = await remark().use(remarkFrontmatter).use(storyLint).process("We fixed it.\\n");
      console.log(JSON.stringify(file.messages.map((m) => m.ruleId)));`;
    const { stdout } = await run(process.execPath, ["--input-type=module", "-e", script], { cwd: projectRoot });
    expect(JSON.parse(stdout)).toEqual(lintStory("We fixed it.\n").map((message) => message.ruleId));
    expect(JSON.parse(stdout).length).toBeGreaterThan(0);
  });
});

describe("remark-cli with a .remarkrc and story-lint on the same folder", () => {
  let dir: string;

  beforeAll(async () => {
    // A folder of stories as a user keeps it, with the packages a user installs beside it.
    dir = await mkdtemp(path.join(os.tmpdir(), "story-bank-remarkrc-"));
    await mkdir(path.join(dir, "node_modules"));
    await symlink(projectRoot, path.join(dir, "node_modules/story-bank"));
    for (const name of ["remark-frontmatter", "vfile-reporter-json"]) {
      await symlink(path.join(projectRoot, "node_modules", name), path.join(dir, "node_modules", name));
    }
    await writeFile(path.join(dir, ".story-lint.json"), JSON.stringify(STRICT));
    await writeFile(
      path.join(dir, ".remarkrc.json"),
      JSON.stringify({ plugins: ["remark-frontmatter", ["story-bank/remark", STRICT]] }),
    );
    await mkdir(path.join(dir, "stories/drafts"), { recursive: true });
    const stories = await corpus();
    // Every tenth story of the corpora and all the strangers' pastes: about forty files, every layout.
    const picked = stories.filter((story, index) => index % 10 === 0 || story.name in STRANGERS);
    for (const [index, { markdown }] of picked.entries()) {
      await writeFile(path.join(dir, index % 3 === 0 ? "stories/drafts" : "stories", `story-${String(index).padStart(2, "0")}.md`), markdown);
    }
  });

  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it("ships types: a TypeScript user's import of story-bank/remark and story-bank type-checks", async () => {
    await writeFile(
      path.join(dir, "check.mts"),
      [
        'import storyLint from "story-bank/remark";',
        'import { lintStory, type LintMessage } from "story-bank";',
        "const messages: LintMessage[] = lintStory('We fixed it.', { config: { speakingRate: 140 } });",
        "export const plugin: typeof storyLint = storyLint;",
        "export const count: number = messages.length;",
        "// @ts-expect-error: the options are .story-lint.json's, and a typo is caught",
        "lintStory('x', { config: { speakingrate: 140 } });",
      ].join("\n"),
    );
    const tsc = path.join(projectRoot, "node_modules/typescript/bin/tsc");
    const args = [tsc, "--noEmit", "--strict", "--skipLibCheck", "--module", "nodenext", "--moduleResolution", "nodenext", "check.mts"];
    const result = await run(process.execPath, args, { cwd: dir }).catch((error: { stdout: string }) => error);
    expect(result.stdout).toBe("");
  });

  it("reports the same findings on every file", async () => {
    const cli = await run(process.execPath, [path.join(projectRoot, "bin/story-lint.mjs"), "--format", "json", "--config", ".story-lint.json", "stories"], {
      cwd: dir,
    }).catch((error: { stdout: string }) => error);
    const lint = JSON.parse(cli.stdout) as Array<{ file: string; messages: LintMessage[] }>;

    const remarkCli = await run(
      process.execPath,
      [path.join(projectRoot, "node_modules/remark-cli/cli.js"), "stories", "--no-stdout", "--report", "json"],
      { cwd: dir },
    ).catch((error: { stderr: string }) => error);
    const files = JSON.parse(remarkCli.stderr) as Array<{ path: string; messages: VFileMessage[] }>;

    expect(files.map((file) => file.path).sort()).toEqual(lint.map((result) => result.file).sort());
    expect(lint.length).toBeGreaterThan(30);
    const byPath = new Map(files.map((file) => [file.path, file.messages]));
    let messages = 0;
    for (const result of lint) {
      const fromRemark = byPath.get(result.file)!.map((message) => ({
        ...asLintMessage(message),
        // remark-cli's JSON reporter writes `fatal: false` and drops an unset fatal, as vfile does.
        severity: message.fatal === true ? "error" : message.fatal === false ? "warning" : "info",
      }));
      expect(fromRemark, result.file).toEqual(result.messages.map(withoutSection));
      messages += result.messages.length;
    }
    expect(messages).toBeGreaterThan(40);
  });
});
