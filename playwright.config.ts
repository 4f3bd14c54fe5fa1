import { execFileSync } from "node:child_process";
import fs from "node:fs";
import { createRequire } from "node:module";
import os from "node:os";
import path from "node:path";
import { defineConfig, devices } from "@playwright/test";

/**
 * End-to-end tests run the production server (`npm start`: build if stale, migrate, serve) on a free
 * port with a throwaway database. Playwright loads this file again in each worker; the port and
 * database are chosen once and handed down through the environment so every process agrees.
 */
if (!process.env.STORY_BANK_E2E_PORT) {
  // A free port, found synchronously (this file cannot await): bind port 0 in a child node process.
  process.env.STORY_BANK_E2E_PORT = execFileSync(
    process.execPath,
    ["-e", "const s=require('net').createServer().listen(0,'127.0.0.1',()=>{process.stdout.write(String(s.address().port));s.close()})"],
    { encoding: "utf8" },
  ).trim();
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "story-bank-e2e-"));
  process.env.STORY_BANK_E2E_DATABASE_URL = `file:${path.join(dir, "e2e.db")}`;
}
const port = Number(process.env.STORY_BANK_E2E_PORT);
const baseURL = `http://127.0.0.1:${port}`;

/** Debian's chromium (or CHROMIUM_PATH) when present; otherwise Playwright's own browser, if installed. */
function chromiumExecutable(): string | undefined {
  const candidates = [process.env.CHROMIUM_PATH, "/usr/bin/chromium", "/usr/bin/chromium-browser"].filter(Boolean) as string[];
  const found = candidates.find((candidate) => fs.existsSync(candidate));
  if (found) return found;
  let bundled = "";
  try {
    bundled = createRequire(import.meta.url)("playwright-core").chromium.executablePath();
  } catch {
    bundled = "";
  }
  if (!bundled || !fs.existsSync(bundled)) {
    throw new Error(
      "No Chromium found for the end-to-end tests. Install Debian's (apt-get install -y chromium), point " +
        "CHROMIUM_PATH at a Chromium binary, or run `npx playwright install chromium` where downloads work.",
    );
  }
  return undefined;
}

export default defineConfig({
  testDir: "e2e",
  fullyParallel: true,
  forbidOnly: Boolean(process.env.CI),
  retries: 0,
  workers: process.env.CI ? 2 : undefined,
  reporter: process.env.CI ? [["list"]] : [["list"], ["html", { open: "never" }]],
  timeout: 30_000,
  expect: { timeout: 10_000 },
  use: {
    baseURL,
    trace: "retain-on-failure",
    launchOptions: {
      executablePath: chromiumExecutable(),
      // Flags for a closed network: without them Chromium keeps trying to reach Google's services.
      args: ["--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-quic"],
    },
  },
  projects: [{ name: "chromium", use: { ...devices["Desktop Chrome"] } }],
  webServer: {
    command: "node scripts/start.mjs",
    url: `${baseURL}/api/stories`,
    timeout: 300_000,
    reuseExistingServer: false,
    stdout: "pipe",
    stderr: "pipe",
    env: {
      PORT: String(port),
      HOST: "127.0.0.1",
      DATABASE_URL: process.env.STORY_BANK_E2E_DATABASE_URL!,
      NEXT_TELEMETRY_DISABLED: "1",
    },
  },
});
