/**
 * Runs the real production server (`node scripts/start.mjs`: migrate, build if stale, `next start`) on
 * 127.0.0.1 and a free port with a database of the caller's choosing, for the reliability tests and
 * `npm run load`. No vitest imports, so scripts can use it too.
 *
 * The server runs in its own process group, so `kill()` can SIGKILL start.mjs, `next start` and its
 * workers at once, the way a crash or an OOM kill would.
 */
import { execFileSync, spawn, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import net from "node:net";
import path from "node:path";
import { fileURLToPath } from "node:url";

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
const START_SCRIPT = path.join(ROOT, "scripts", "start.mjs");
/** A first start may build the app (about a minute on two cores, more while tests run beside it). */
const START_TIMEOUT_MS = 8 * 60_000;
const READY_LINE = "story-bank: serving http://";

export interface RunningServer {
  url: string;
  port: number;
  databaseFile: string;
  /** Everything the server printed so far (the last 200 lines), for failure messages. */
  output(): string;
  /** SIGTERM to the whole process group, then SIGKILL if it has not exited after 10 s. */
  stop(): Promise<void>;
  /** SIGKILL to the whole process group: no shutdown code runs, in-flight requests are cut off. */
  kill(): Promise<void>;
}

export interface StartOptions {
  databaseFile: string;
  /**
   * Lets several test files (each in its own worker) share one build: a directory private to this test
   * run. The first start holds a lock there while start.mjs builds if stale; later starts in the same
   * run skip the staleness check, so an edit made meanwhile by someone else cannot trigger a second
   * `next build` underneath a server that is already running. Without it, start.mjs decides alone.
   */
  buildCoordinationDir?: string;
  /** Pass STORY_BANK_SKIP_BUILD=1 (the caller knows a fresh build exists). */
  skipBuild?: boolean;
}

/** A port the OS just handed out on 127.0.0.1 (closed again, so there is a small race; fine for tests). */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Whether someone else (`npm run build`, Playwright's webServer, a person's `npm start`) is building this tree. */
function foreignBuildRunning(): boolean {
  try {
    const listing = execFileSync("pgrep", ["-af", "next build"], { encoding: "utf8" });
    return listing.split("\n").some((line) => line.includes(path.join(ROOT, "node_modules")) || line.includes(` ${ROOT}`));
  } catch {
    return false; // pgrep exits 1 when nothing matches (or is missing: then we cannot tell, and go ahead)
  }
}

async function withLock<T>(dir: string, work: () => Promise<T>): Promise<T> {
  const lock = path.join(dir, "build.lock");
  const deadline = Date.now() + START_TIMEOUT_MS;
  for (;;) {
    try {
      fs.mkdirSync(lock);
      break;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
      if (Date.now() > deadline) throw new Error(`Timed out waiting for the build lock ${lock}`);
      await sleep(250);
    }
  }
  try {
    return await work();
  } finally {
    fs.rmSync(lock, { recursive: true, force: true });
  }
}

/** Starts the server and resolves once GET /api/stories answers 200. */
export async function startServer(options: StartOptions): Promise<RunningServer> {
  const { buildCoordinationDir } = options;
  if (!buildCoordinationDir) return launch(options);
  return withLock(buildCoordinationDir, async () => {
    const built = path.join(buildCoordinationDir, "build.done");
    const server = await launch({ ...options, skipBuild: options.skipBuild || fs.existsSync(built) });
    fs.writeFileSync(built, "");
    return server;
  });
}

async function launch({ databaseFile, skipBuild = false }: StartOptions): Promise<RunningServer> {
  const deadline = Date.now() + START_TIMEOUT_MS;
  while (!skipBuild && foreignBuildRunning()) {
    if (Date.now() > deadline) throw new Error("Timed out waiting for another `next build` of this tree to finish");
    await sleep(1_000);
  }

  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  const lines: string[] = [];
  const child: ChildProcess = spawn(process.execPath, [START_SCRIPT], {
    cwd: ROOT,
    detached: true, // its own process group, so kill() reaches next start and its workers too
    stdio: ["ignore", "pipe", "pipe"],
    env: {
      ...process.env,
      HOST: "127.0.0.1",
      PORT: String(port),
      DATABASE_URL: `file:${databaseFile}`,
      NEXT_TELEMETRY_DISABLED: "1",
      NODE_ENV: "production",
      ...(skipBuild ? { STORY_BANK_SKIP_BUILD: "1" } : {}),
    },
  });
  let serving = false;
  const collect = (chunk: Buffer) => {
    for (const line of chunk.toString("utf8").split("\n")) {
      if (line.includes(READY_LINE)) serving = true;
      if (line.trim() !== "") lines.push(line);
    }
    if (lines.length > 200) lines.splice(0, lines.length - 200);
  };
  child.stdout!.on("data", collect);
  child.stderr!.on("data", collect);
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  let running = true;
  void exited.then(() => (running = false));
  const killGroup = (signal: NodeJS.Signals) => {
    try {
      process.kill(-child.pid!, signal);
    } catch {
      // already gone
    }
  };
  // A test runner that dies must not leave a server holding the port and the database.
  const onExit = () => killGroup("SIGKILL");
  process.once("exit", onExit);

  const server: RunningServer = {
    url,
    port,
    databaseFile,
    output: () => lines.join("\n"),
    async stop() {
      killGroup("SIGTERM");
      const timer = setTimeout(() => killGroup("SIGKILL"), 10_000);
      await exited;
      clearTimeout(timer);
      killGroup("SIGKILL"); // next start's own children, should any outlive their parent
      process.off("exit", onExit);
    },
    async kill() {
      killGroup("SIGKILL");
      await exited;
      process.off("exit", onExit);
    },
  };

  try {
    while (!serving) {
      if (!running) throw new Error(`scripts/start.mjs exited before serving:\n${server.output()}`);
      if (Date.now() > deadline) throw new Error(`scripts/start.mjs did not start in time:\n${server.output()}`);
      await sleep(100);
    }
    for (;;) {
      if (!running) throw new Error(`The server exited while starting:\n${server.output()}`);
      if (Date.now() > deadline) throw new Error(`The server did not answer in time:\n${server.output()}`);
      try {
        const response = await fetch(`${url}/api/stories`, { signal: AbortSignal.timeout(5_000) });
        await response.arrayBuffer();
        if (response.ok) return server;
      } catch {
        // not listening yet
      }
      await sleep(100);
    }
  } catch (error) {
    await server.kill();
    throw error;
  }
}
