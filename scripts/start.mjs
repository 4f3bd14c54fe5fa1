#!/usr/bin/env node
// `npm start`: build the app if the sources changed since the last build, create or migrate the
// embedded database, then serve it on HOST:PORT (127.0.0.1:3000 by default). `--dev` serves
// `next dev` instead of the production build.
import { spawn, spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { sqliteLoadProblem } from "./check-sqlite.mjs";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const dev = process.argv.includes("--dev");

const DEFAULT_DATABASE_URL = "file:./data/story-bank.db";
const host = process.env.HOST?.trim() || "127.0.0.1";
const port = process.env.PORT?.trim() || "3000";
if (!/^\d+$/.test(port) || Number(port) < 1 || Number(port) > 65535) {
  fail(`PORT must be a number from 1 to 65535; got ${JSON.stringify(port)}`);
}

const rawUrl = process.env.DATABASE_URL?.trim() || DEFAULT_DATABASE_URL;
if (!rawUrl.startsWith("file:")) fail(`DATABASE_URL must be a SQLite file URL such as ${DEFAULT_DATABASE_URL}`);
// Absolute, so the Prisma CLI and the server (and any later cwd) open the same file.
const databaseFile = path.resolve(root, rawUrl.slice("file:".length).replace(/^\/\/(?=\/)/, ""));
// Next.js collects anonymous usage data unless told not to; nothing leaves this machine.
const env = { ...process.env, DATABASE_URL: `file:${databaseFile}`, NEXT_TELEMETRY_DISABLED: "1" };

function fail(message) {
  console.error(`story-bank: ${message}`);
  process.exit(1);
}

function run(label, command, args) {
  const started = Date.now();
  const result = spawnSync(command, args, { cwd: root, env, stdio: ["ignore", "inherit", "inherit"] });
  if (result.status !== 0) fail(`${label} failed (exit ${result.status ?? result.signal})`);
  console.log(`story-bank: ${label} done in ${((Date.now() - started) / 1000).toFixed(1)} s`);
}

/** Newest modification time under the paths a production build depends on. */
function newestSourceTime() {
  const inputs = ["app", "lib", "public", "next.config.mjs", "package-lock.json", "tsconfig.json", "prisma/schema.prisma"];
  let newest = 0;
  const visit = (file) => {
    let stat;
    try {
      stat = fs.statSync(file);
    } catch {
      return;
    }
    if (stat.isDirectory()) {
      if (path.basename(file) === "generated") return;
      for (const entry of fs.readdirSync(file)) visit(path.join(file, entry));
    } else {
      newest = Math.max(newest, stat.mtimeMs);
    }
  };
  for (const input of inputs) visit(path.join(root, input));
  return newest;
}

function buildIsStale() {
  const buildId = path.join(root, ".next", "BUILD_ID");
  if (!fs.existsSync(buildId)) return true;
  return newestSourceTime() > fs.statSync(buildId).mtimeMs;
}

const nodeBin = process.execPath;
const nextBin = path.join(root, "node_modules", "next", "dist", "bin", "next");
const prismaBin = path.join(root, "node_modules", "prisma", "build", "index.js");

// Before migrating: a native module that was never built fails the migration with a message that does
// not say why (npm 12 skips install scripts that package.json's allowScripts does not approve).
const sqliteProblem = sqliteLoadProblem(root);
if (sqliteProblem) fail(sqliteProblem);

fs.mkdirSync(path.dirname(databaseFile), { recursive: true });
run("database migration", nodeBin, [prismaBin, "migrate", "deploy"]);
// WAL keeps readers and the writer out of each other's way and survives a crash mid-write; the
// setting is stored in the database file, so setting it once here covers every connection.
{
  const { default: Database } = await import("better-sqlite3");
  const database = new Database(databaseFile);
  database.pragma("journal_mode = WAL");
  database.close();
}

/**
 * One build of this tree at a time: two `npm start`s at once (the reliability tests and Playwright, say)
 * would both write .next and break each other. The later one waits, then usually finds the build fresh.
 * The lock is a directory (mkdir is atomic) holding the owner's pid, so a lock left by a killed start is
 * taken over.
 */
async function withBuildLock(work) {
  const lock = path.join(os.tmpdir(), `story-bank-build-${createHash("sha256").update(root).digest("hex").slice(0, 16)}.lock`);
  for (let waited = 0; ; waited += 250) {
    try {
      fs.mkdirSync(lock);
      fs.writeFileSync(path.join(lock, "pid"), String(process.pid));
      break;
    } catch (error) {
      if (error.code !== "EEXIST") throw error;
      let owner = 0;
      try {
        owner = Number(fs.readFileSync(path.join(lock, "pid"), "utf8"));
      } catch {
        // just created, pid not written yet
      }
      const ownerGone = owner > 0 && !isAlive(owner);
      if (ownerGone || waited > 15 * 60_000) fs.rmSync(lock, { recursive: true, force: true });
      else if (waited % 10_000 === 0) console.log(`story-bank: waiting for another build of this app to finish (${lock})`);
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
  }
  try {
    work();
  } finally {
    fs.rmSync(lock, { recursive: true, force: true });
  }
}

function isAlive(pid) {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return error.code === "EPERM";
  }
}

if (!dev) {
  // Even with STORY_BANK_SKIP_BUILD, wait out a build in progress: it empties .next before refilling it.
  await withBuildLock(() => {
    if (process.env.STORY_BANK_SKIP_BUILD !== "1" && buildIsStale()) run("build", nodeBin, [nextBin, "build"]);
  });
}

console.log(`story-bank: serving http://${host.includes(":") ? `[${host}]` : host}:${port} (database ${databaseFile})`);
// Node's default 5 s keep-alive races clients that reuse an idle connection just as the server drops
// it (seen as ECONNRESET); keep idle connections open longer than common clients do.
const keepAlive = dev ? [] : ["--keepAliveTimeout", "65000"];
const server = spawn(nodeBin, [nextBin, dev ? "dev" : "start", "--hostname", host, "--port", port, ...keepAlive], {
  cwd: root,
  env,
  stdio: "inherit",
});
for (const signal of ["SIGINT", "SIGTERM"]) process.on(signal, () => server.kill(signal));
server.on("exit", (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
