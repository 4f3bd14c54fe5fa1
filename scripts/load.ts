/**
 * `npm run load`: many clients saving and linting at once against the production server, then a check
 * that no acknowledged save was lost.
 *
 *     npm run load -- [--seconds 60] [--clients 20] [--url http://127.0.0.1:PORT]
 *
 * Without --url it starts the production server itself (scripts/start.mjs, building if stale) on a free
 * port with a throwaway database, and afterwards stops it and runs PRAGMA integrity_check on the file.
 * Each client creates one story, then alternates a PUT carrying the version it last saw (so every save
 * must succeed: a 409 counts as an error) with a POST /api/lint of the text. Only 127.0.0.1/localhost is
 * accepted, and the run is bounded by --seconds (requests in flight then finish, each within 30 s).
 * Prints requests, errors, throughput and p50/p95/p99 latency per operation; exits 1 on any error or
 * lost save.
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import Database from "better-sqlite3";
import { startServer, type RunningServer } from "../tests/reliability/server";

const { values: options } = parseArgs({
  options: {
    seconds: { type: "string", default: "60" },
    clients: { type: "string", default: "20" },
    url: { type: "string" },
  },
});
const seconds = Number(options.seconds);
const clients = Number(options.clients);
if (!(seconds > 0 && seconds <= 3600) || !Number.isInteger(clients) || clients < 1 || clients > 200) {
  console.error("load: --seconds must be 1–3600 and --clients 1–200");
  process.exit(2);
}
if (options.url !== undefined) {
  const { hostname, protocol } = new URL(options.url);
  if (protocol !== "http:" || !["127.0.0.1", "localhost", "[::1]"].includes(hostname)) {
    console.error(`load: only a server on this machine (http://127.0.0.1:PORT) may be loaded; got ${options.url}`);
    process.exit(2);
  }
}

type Operation = "create" | "update" | "lint";
const OPERATIONS: Operation[] = ["create", "update", "lint"];
const REQUEST_TIMEOUT_MS = 30_000;

/** Requests sent, answered or not. */
const sent: Record<Operation, number> = { create: 0, update: 0, lint: 0 };
/** Time to a complete answer (any status), per operation. */
const latencies: Record<Operation, number[]> = { create: [], update: [], lint: [] };
const errors: Record<Operation, Map<string, number>> = { create: new Map(), update: new Map(), lint: new Map() };

/** A story's text as a candidate might write it, different at every save so the linter has work. */
function storyText(client: number, save: number): { title: string; body: string } {
  const metric = 10 + ((client * 7 + save * 13) % 80);
  return {
    title: `Client ${client}: cut checkout latency (save ${save})`,
    body: [
      "---",
      "principles: [customer-obsession, dive-deep]",
      "---",
      "## Situation",
      `Checkout p99 was ${metric * 20} ms and we were losing ${metric / 10}% of carts at peak. `.repeat(3),
      "## Task",
      "I owned the latency budget for the quarter and had to halve it without a rewrite.",
      "## Action",
      `I profiled the service, found ${client + 2} serial calls, and batched them. We rewrote the retry logic and I added a cache. `.repeat(4),
      "## Result",
      `p99 fell to ${metric * 5} ms and cart abandonment dropped by ${metric}% (save ${save}).`,
      "",
    ].join("\n"),
  };
}

async function timed<T>(operation: Operation, url: string, init: RequestInit, expected: number): Promise<T | undefined> {
  sent[operation]++;
  const started = performance.now();
  try {
    const response = await fetch(url, {
      ...init,
      headers: { "content-type": "application/json" },
      signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS),
    });
    const body = await response.json();
    latencies[operation].push(performance.now() - started);
    if (response.status !== expected) {
      const key = `${response.status} ${(body as { error?: { code?: string } }).error?.code ?? ""}`.trim();
      errors[operation].set(key, (errors[operation].get(key) ?? 0) + 1);
      return undefined;
    }
    return body as T;
  } catch (error) {
    const key = (error as Error).name === "TimeoutError" ? "timeout" : `network: ${(error as Error).message}`;
    errors[operation].set(key, (errors[operation].get(key) ?? 0) + 1);
    return undefined;
  }
}

interface Story {
  id: string;
  title: string;
  body: string;
  version: number;
}

/** What each client last had acknowledged: the stored story must be exactly this afterwards. */
const acknowledged = new Map<number, Story>();

async function client(base: string, number: number, deadline: number): Promise<void> {
  let save = 1;
  let created: Story | undefined;
  while (!created && Date.now() < deadline) {
    created = (await timed<{ story: Story }>("create", `${base}/api/stories`, { method: "POST", body: JSON.stringify(storyText(number, save)) }, 201))?.story;
  }
  if (!created) return;
  let story: Story = created;
  acknowledged.set(number, story);
  for (let turn = 0; Date.now() < deadline; turn++) {
    if (turn % 2 === 0) {
      save++;
      const text = storyText(number, save);
      const saved: { story: Story } | undefined = await timed<{ story: Story }>(
        "update",
        `${base}/api/stories/${story.id}`,
        { method: "PUT", body: JSON.stringify({ ...text, version: story.version }) },
        200,
      );
      if (saved) {
        story = saved.story;
        acknowledged.set(number, story);
      }
    } else {
      await timed("lint", `${base}/api/lint`, { method: "POST", body: JSON.stringify({ markdown: story.body }) }, 200);
    }
  }
}

function percentile(sorted: number[], p: number): number {
  return sorted.length === 0 ? NaN : sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}

let server: RunningServer | undefined;
let dir: string | undefined;
let base = options.url?.replace(/\/$/, "");
if (!base) {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "story-bank-load-"));
  console.log("load: starting the production server (scripts/start.mjs; builds if stale)…");
  server = await startServer({ databaseFile: path.join(dir, "load.db") });
  base = server.url;
}
const stopServer = async () => {
  await server?.stop();
  if (dir) fs.rmSync(dir, { recursive: true, force: true });
};
process.once("SIGINT", () => void stopServer().then(() => process.exit(130)));

console.log(`load: ${clients} clients for ${seconds} s against ${base}`);
const started = performance.now();
const deadline = Date.now() + seconds * 1000;
await Promise.all(Array.from({ length: clients }, (_, number) => client(base!, number, deadline)));
const elapsed = (performance.now() - started) / 1000;

// No lost saves: every client's story holds exactly what its last acknowledged save sent.
let lost = 0;
for (const [number, expected] of acknowledged) {
  const response = await fetch(`${base}/api/stories/${expected.id}`);
  const stored = response.ok ? ((await response.json()) as { story: Story }).story : undefined;
  if (!stored || stored.version !== expected.version || stored.title !== expected.title || stored.body !== expected.body) {
    lost++;
    console.log(`  LOST: client ${number}'s save ${expected.version} of ${expected.id} is not what is stored (${stored ? `version ${stored.version}` : response.status})`);
  }
}

let integrity = "not checked (--url)";
if (server) {
  await server.stop();
  const database = new Database(server.databaseFile, { readonly: true });
  integrity = String(database.pragma("integrity_check", { simple: true }));
  database.close();
  server = undefined;
}
await stopServer();

const totalRequests = OPERATIONS.reduce((sum, operation) => sum + sent[operation], 0);
const totalErrors = OPERATIONS.reduce((sum, operation) => sum + [...errors[operation].values()].reduce((a, b) => a + b, 0), 0);
const fmt = (ms: number) => (Number.isNaN(ms) ? "-" : ms < 10 ? ms.toFixed(1) : Math.round(ms).toString());
console.log(`\nstory-bank load: ${clients} clients, ${elapsed.toFixed(1)} s, Node ${process.version}, ${os.cpus().length} × ${os.cpus()[0]?.model.trim()}`);
console.log("operation   requests   errors   req/s    p50 ms   p95 ms   p99 ms   max ms");
for (const operation of OPERATIONS) {
  const sorted = [...latencies[operation]].sort((a, b) => a - b);
  const failed = [...errors[operation].values()].reduce((a, b) => a + b, 0);
  console.log(
    [
      operation.padEnd(10),
      String(sent[operation]).padStart(9),
      String(failed).padStart(8),
      (sent[operation] / elapsed).toFixed(1).padStart(7),
      fmt(percentile(sorted, 50)).padStart(8),
      fmt(percentile(sorted, 95)).padStart(8),
      fmt(percentile(sorted, 99)).padStart(8),
      fmt(sorted.at(-1) ?? NaN).padStart(8),
    ].join(" "),
  );
  for (const [kind, count] of errors[operation]) console.log(`    ${count} × ${kind}`);
}
console.log(`total       ${String(totalRequests).padStart(9)} ${String(totalErrors).padStart(8)} ${(totalRequests / elapsed).toFixed(1).padStart(7)}`);
console.log(`acknowledged saves checked: ${acknowledged.size} stories, ${lost} lost; integrity_check: ${integrity}`);
if (totalErrors > 0 || lost > 0 || (integrity !== "ok" && !integrity.startsWith("not checked"))) {
  console.log("FAIL");
  process.exitCode = 1;
} else {
  console.log("PASS");
}
