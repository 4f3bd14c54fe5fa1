import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import Database from "better-sqlite3";
import { afterAll, describe, expect, inject, it } from "vitest";
import { startServer, type RunningServer } from "./server";

/**
 * Crash safety of acknowledged saves: several clients save over real HTTP, the server's whole process
 * group is SIGKILLed mid-stream (no shutdown code runs, in-flight requests are cut), and after a restart
 * every save that got a 200/201 must be there, and the database file must pass integrity_check.
 *
 * A process kill leaves the OS page cache alone, so this proves crash consistency (WAL, transactions,
 * no acknowledgement before commit); surviving power loss additionally rests on synchronous = FULL,
 * which tests/reliability/db-pragmas.test.ts checks on the app's connection.
 */

const UPDATERS = 4; // each creates one story, then PUTs new versions of it as fast as it is answered
const CREATORS = 2; // each POSTs new stories
const SAVE_MS = 2_500; // the saves stream at least this long before the kill…
const MIN_ACKS = 60; // …and until this many were acknowledged (a busy machine answers slower)…
const MAX_SAVE_MS = 30_000; // …but no longer than this: then the server is too slow to prove anything

// The text a story holds at each version is a function of (writer, version), so any stored state can be
// checked for being one that was really sent, in one piece, and not a mix of two saves.
const titleFor = (writer: string, version: number) => `${writer} save ${version}`;
const bodyFor = (writer: string, version: number) =>
  `## Situation\n${`${writer} wrote version ${version}. `.repeat(40)}\n\n## Result\nשלום 👩🏽‍💻 ${version}\n`;

interface Ack {
  id: string;
  writer: string;
  version: number;
}

interface Found {
  id: string;
  title: string;
  body: string;
  version: number;
}

const dir = fs.mkdtempSync(path.join(os.tmpdir(), "story-bank-kill-"));
const databaseFile = path.join(dir, "kill.db");
const buildCoordinationDir = path.dirname(inject("templateDatabase"));
let server: RunningServer | undefined;

afterAll(async () => {
  await server?.stop();
  fs.rmSync(dir, { recursive: true, force: true });
});

function integrityCheck(): string {
  const database = new Database(databaseFile);
  try {
    return database.pragma("integrity_check", { simple: true }) as string;
  } finally {
    database.close();
  }
}

async function send(url: string, method: string, body: unknown): Promise<{ status: number; story?: Found }> {
  const response = await fetch(url, {
    method,
    headers: { "content-type": "application/json" },
    body: JSON.stringify(body),
  });
  const json = (await response.json()) as { story?: Found };
  return { status: response.status, story: json.story };
}

describe("SIGKILL during a stream of saves", () => {
  it("keeps every acknowledged save and a sound database file", { timeout: 10 * 60_000 }, async () => {
    server = await startServer({ databaseFile, buildCoordinationDir });
    const { url } = server;

    /** The newest acknowledged version per story; the stored one must be that one or newer. */
    const acked = new Map<string, Ack>();
    let acknowledgements = 0;
    let cutOff = 0; // requests that got no answer: the kill landed while they were in flight
    let stopping = false;

    const updater = async (writer: string) => {
      try {
        let { status, story } = await send(`${url}/api/stories`, "POST", { title: titleFor(writer, 1), body: bodyFor(writer, 1) });
        expect(status).toBe(201);
        acked.set(story!.id, { id: story!.id, writer, version: 1 });
        acknowledgements++;
        while (!stopping) {
          const next = story!.version + 1;
          ({ status, story } = await send(`${url}/api/stories/${story!.id}`, "PUT", {
            title: titleFor(writer, next),
            body: bodyFor(writer, next),
            version: next - 1,
          }));
          expect(status).toBe(200);
          expect(story!.version).toBe(next);
          acked.set(story!.id, { id: story!.id, writer, version: next });
          acknowledgements++;
        }
      } catch (error) {
        if (!stopping) throw error;
        cutOff++;
      }
    };
    const creator = async (writer: string) => {
      try {
        for (let n = 1; !stopping; n++) {
          const name = `${writer}#${n}`;
          const { status, story } = await send(`${url}/api/stories`, "POST", { title: titleFor(name, 1), body: bodyFor(name, 1) });
          expect(status).toBe(201);
          acked.set(story!.id, { id: story!.id, writer: name, version: 1 });
          acknowledgements++;
        }
      } catch (error) {
        if (!stopping) throw error;
        cutOff++;
      }
    };

    const writers = [
      ...Array.from({ length: UPDATERS }, (_, n) => updater(`updater-${n}`)),
      ...Array.from({ length: CREATORS }, (_, n) => creator(`creator-${n}`)),
    ];
    const started = Date.now();
    while ((Date.now() - started < SAVE_MS || acknowledgements < MIN_ACKS) && Date.now() - started < MAX_SAVE_MS) {
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    // Kill while every writer has a request in flight; the writers stop at their first failed request.
    stopping = true;
    await server.kill();
    await Promise.all(writers);
    server = undefined;
    expect(acknowledgements, "too few saves were acknowledged to prove anything").toBeGreaterThanOrEqual(MIN_ACKS);

    // The file as the crash left it (opening it replays the WAL), before the app touches it again.
    expect(integrityCheck()).toBe("ok");

    server = await startServer({ databaseFile, buildCoordinationDir, skipBuild: true });
    const problems: string[] = [];
    for (const ack of acked.values()) {
      const response = await fetch(`${server.url}/api/stories/${ack.id}`);
      if (response.status !== 200) {
        problems.push(`${ack.writer}: story ${ack.id} (acknowledged at version ${ack.version}) answers ${response.status}`);
        continue;
      }
      const { story } = (await response.json()) as { story: Found };
      if (story.version < ack.version) {
        problems.push(`${ack.writer}: version ${story.version} stored, but version ${ack.version} was acknowledged`);
      } else if (story.title !== titleFor(ack.writer, story.version) || story.body !== bodyFor(ack.writer, story.version)) {
        problems.push(`${ack.writer}: the stored text is not what was saved as version ${story.version}`);
      }
    }
    expect(problems).toEqual([]);

    const { stories } = (await (await fetch(`${server.url}/api/stories`)).json()) as { stories: Found[] };
    expect(stories.length).toBeGreaterThanOrEqual(acked.size);
    await server.stop();
    server = undefined;
    expect(integrityCheck()).toBe("ok");
    console.info(`kill test: ${acknowledgements} saves acknowledged across ${acked.size} stories, ${cutOff} cut off by the kill`);
  });
});
