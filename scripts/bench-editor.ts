/**
 * `npm run bench:editor`: what a writer feels in the editor, measured in real Chromium against the
 * production build (run `npm run build` first, or let `npm start` build it).
 *
 *     npm run bench:editor -- [--edits 40]
 *
 * 1. JavaScript the editor page loads before it accepts typing: every script response until the
 *    CodeMirror content is editable, gzipped as the server sends it. Target ≤ 250 KiB.
 * 2. Lint latency: from a typed edit reaching the editor's DOM to the new underline appearing, minus the
 *    editor's lint debounce (LINT_DELAY_MS in the editor). Target p95 ≤ 100 ms.
 * Starts its own server on a free port with a throwaway database; always exits 0 and prints PASS/FAIL.
 */
import { spawn } from "node:child_process";
import fs from "node:fs";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import zlib from "node:zlib";
import { chromium } from "@playwright/test";

const LINT_DELAY_MS = 250; // keep in step with app/_components/editor/story-editor.tsx
const TARGET_BUNDLE_KIB = 250;
const TARGET_P95_MS = 100;

const { values } = parseArgs({ options: { edits: { type: "string", default: "40" } } });
const edits = Number(values.edits);

const STORY = `## Situation
Our checkout API timed out for 3% of shoppers during the spring sale.

## Task
I owned checkout latency for the quarter.

## Action
I profiled the slowest queries and added a covering index.

## Result
p99 latency fell from 800 ms to 60 ms within two weeks.
`;

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer().listen(0, "127.0.0.1", () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
    server.on("error", reject);
  });
}

async function waitFor(url: string, timeoutMs: number) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // not up yet
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`server at ${url} did not start within ${timeoutMs / 1000} s`);
}

function percentile(sorted: number[], p: number) {
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}

const port = await freePort();
const dir = fs.mkdtempSync(path.join(os.tmpdir(), "story-bank-bench-"));
const base = `http://127.0.0.1:${port}`;
const server = spawn(process.execPath, ["scripts/start.mjs"], {
  env: { ...process.env, PORT: String(port), DATABASE_URL: `file:${path.join(dir, "bench.db")}` },
  stdio: "ignore",
});
try {
  await waitFor(`${base}/api/rules`, 300_000);
  const created = await fetch(`${base}/api/stories`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ title: "Benchmark story", body: STORY, principles: ["dive-deep"] }),
  });
  const { story } = await created.json();

  const executablePath = [process.env.CHROMIUM_PATH, "/usr/bin/chromium"].find((p) => p && fs.existsSync(p));
  const browser = await chromium.launch({ executablePath, args: ["--disable-background-networking", "--disable-component-update"] });
  const page = await browser.newPage();

  // 1. Script bytes before the editor accepts typing.
  const scripts = new Map<string, number>();
  let counting = true;
  page.on("response", async (response) => {
    if (!counting || response.request().resourceType() !== "script") return;
    try {
      scripts.set(response.url(), zlib.gzipSync(await response.body()).length);
    } catch {
      // a response without a body (redirect) carries no script
    }
  });
  await page.goto(`${base}/stories/${story.id}`);
  await page.locator('.cm-content[contenteditable="true"]').waitFor();
  await page.waitForLoadState("networkidle");
  counting = false;
  const bundleKiB = [...scripts.values()].reduce((a, b) => a + b, 0) / 1024;

  // 2. Lint latency. Each edit appends a "we" sentence to the Action (a new underline), then undoes it.
  await page.locator(".cm-lintRange").first().waitFor({ state: "detached" }).catch(() => undefined);
  const latencies: number[] = [];
  const actionLine = page.locator(".cm-line", { hasText: "covering index" });
  for (let i = 0; i < edits; i++) {
    await actionLine.click();
    await page.keyboard.press("End");
    await page.evaluate(() => {
      const w = window as unknown as { __edit?: number; __underline?: number; __observer?: MutationObserver };
      w.__edit = undefined;
      w.__underline = undefined;
      w.__observer?.disconnect();
      const content = document.querySelector(".cm-content")!;
      w.__observer = new MutationObserver(() => {
        const now = performance.now();
        if (w.__edit === undefined && content.textContent?.includes("We shipped")) w.__edit = now;
        if (w.__edit !== undefined && w.__underline === undefined && document.querySelector(".rule-we-instead-of-i")) {
          w.__underline = now;
        }
      });
      w.__observer.observe(content, { subtree: true, childList: true, characterData: true, attributes: true });
    });
    await page.keyboard.insertText(" We shipped it.");
    await page.waitForFunction(() => (window as unknown as { __underline?: number }).__underline !== undefined, null, {
      timeout: 10_000,
    });
    const { edit, underline } = await page.evaluate(() => {
      const w = window as unknown as { __edit: number; __underline: number };
      return { edit: w.__edit, underline: w.__underline };
    });
    latencies.push(underline - edit - LINT_DELAY_MS);
    await page.keyboard.press("ControlOrMeta+z");
    await page.locator(".rule-we-instead-of-i").first().waitFor({ state: "detached" });
  }
  await browser.close();

  const sorted = [...latencies].sort((a, b) => a - b);
  const p50 = percentile(sorted, 50);
  const p95 = percentile(sorted, 95);
  console.log(`Editor benchmark (${new Date().toISOString().slice(0, 10)}, Node ${process.version}, ${os.cpus().length} cores)`);
  console.log(`scripts loaded before typing: ${scripts.size} files, ${bundleKiB.toFixed(1)} KiB gzipped`);
  for (const [url, bytes] of [...scripts].sort((a, b) => b[1] - a[1])) {
    console.log(`  ${(bytes / 1024).toFixed(1).padStart(6)} KiB  ${new URL(url).pathname}`);
  }
  console.log(`lint latency after the ${LINT_DELAY_MS} ms debounce, ${edits} edits: p50 ${p50.toFixed(0)} ms, p95 ${p95.toFixed(0)} ms, max ${sorted.at(-1)!.toFixed(0)} ms`);
  console.log(`${bundleKiB <= TARGET_BUNDLE_KIB ? "PASS" : "FAIL"} bundle ≤ ${TARGET_BUNDLE_KIB} KiB gzipped`);
  console.log(`${p95 <= TARGET_P95_MS ? "PASS" : "FAIL"} p95 lint latency ≤ ${TARGET_P95_MS} ms`);
} finally {
  server.kill("SIGTERM");
  fs.rmSync(dir, { recursive: true, force: true });
}
