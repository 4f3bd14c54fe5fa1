#!/usr/bin/env node
/**
 * An offline stand-in for Prisma's native `schema-engine` binary, for SQLite.
 *
 * Why it exists: every Prisma 7 CLI command first downloads the native schema engine, and this project
 * must work on machines that reach nothing but the npm registry. The CLI honours
 * `PRISMA_SCHEMA_ENGINE_BINARY`, and prisma.config.ts points it here. This script speaks the same
 * protocol as the binary (see `SchemaEngineCLI` in `prisma/build/cli.js`) on top of the engine Prisma
 * itself publishes as WebAssembly (`@prisma/schema-engine-wasm`), connected to the database through
 * the better-sqlite3 driver adapter. The `_prisma_migrations` table it writes is the engine's own, so a
 * machine with the native binary accepts the same database.
 *
 * How the CLI talks to it:
 * - `--version` prints one line and exits.
 * - `--datasource <json> cli <command>` runs a one-shot command (can-connect-to-database,
 *   create-database, drop-database): exit 0 on success, otherwise JSON log lines on stderr whose ERROR
 *   line carries `fields.error_code` (the CLI skips the first stderr line and parses the rest as JSON).
 * - Otherwise (`--datamodels <path>`… `--datasource <json>`) it is a JSON-RPC 2.0 server: one JSON
 *   object per line on stdin/stdout, methods named like those of the wasm `SchemaEngine`. The engine
 *   may itself send a `print` request, which the CLI answers after writing `params.content` to stdout.
 *
 * It is unofficial: tests/db/migrations.test.ts runs the real CLI against it, so re-run that test on
 * every Prisma upgrade. See /work/shared/prisma-offline.md for the background.
 */
import fs from "node:fs";
import path from "node:path";
import readline from "node:readline";
import { fileURLToPath } from "node:url";

import Database from "better-sqlite3";

/** The JSON-RPC error code the native engine uses for every engine error (the details sit in `data`). */
const ENGINE_ERROR_CODE = 4466;

/** Where our own log lines claim to come from; the CLI looks for this target in one-shot errors. */
const LOG_TARGET = "schema_engine::logger";

/** Exit code of a Rust panic; the CLI shows its panic report for it. */
const PANIC_EXIT_CODE = 101;

// ---------------------------------------------------------------------------------------------------
// Errors and logging
// ---------------------------------------------------------------------------------------------------

/**
 * An error meant for the person running the CLI. `code` is a Prisma error code (P1003, P3019…) when
 * one applies, so the CLI can react to it exactly as it does to the native engine's errors.
 */
class UserFacingError extends Error {
  /**
   * @param {string} message
   * @param {string} [code]
   * @param {Record<string, unknown>} [meta]
   */
  constructor(message, code, meta = {}) {
    super(message);
    this.name = "UserFacingError";
    this.code = code;
    this.meta = meta;
  }
}

/**
 * Write one log line in the native engine's tracing format. The CLI parses stderr line by line as JSON
 * and keeps `fields.message` (and the last ERROR line) to explain a crash, so nothing else may go there.
 *
 * @param {"INFO" | "WARN" | "ERROR"} level
 * @param {string} message
 * @param {Record<string, unknown>} [fields]
 */
function logLine(level, message, fields = {}) {
  const line = { timestamp: new Date().toISOString(), level, fields: { message, ...fields }, target: LOG_TARGET };
  process.stderr.write(`${JSON.stringify(line)}\n`);
}

// ---------------------------------------------------------------------------------------------------
// Command line
// ---------------------------------------------------------------------------------------------------

/**
 * @typedef {object} EngineArgs
 * @property {boolean} version `--version` / `-V`
 * @property {string[]} datamodelPaths every `--datamodels <path>`, in order
 * @property {{ url?: string, shadowDatabaseUrl?: string } | undefined} datasource `--datasource <json>`
 * @property {string | undefined} cliCommand the word after `cli`, for one-shot commands
 */

/**
 * Parse the arguments the CLI passes. Unknown flags that take a value (`--enabled-preview-features`,
 * `--extension-types`) are accepted and ignored: nothing in the SQLite engine reads them.
 *
 * @param {string[]} argv
 * @returns {EngineArgs}
 */
function parseArgs(argv) {
  /** @type {EngineArgs} */
  const args = { version: false, datamodelPaths: [], datasource: undefined, cliCommand: undefined };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === "--version" || arg === "-V") args.version = true;
    else if (arg === "--datamodels") args.datamodelPaths.push(argv[++i]);
    else if (arg === "--datasource") args.datasource = JSON.parse(argv[++i]);
    else if (arg === "--enabled-preview-features" || arg === "--extension-types") i++;
    else if (arg === "cli") {
      args.cliCommand = argv[++i];
      break;
    } else throw new UserFacingError(`schema-engine stand-in: unexpected argument \`${arg}\`.`);
  }
  return args;
}

// ---------------------------------------------------------------------------------------------------
// Datasource: which provider, which file
// ---------------------------------------------------------------------------------------------------

/**
 * The provider named in the schema's `datasource` block, or, for one-shot commands that only get a URL,
 * the one its scheme implies.
 *
 * @param {[string, string][]} datamodels
 * @param {string | undefined} url
 * @returns {string}
 */
function detectProvider(datamodels, url) {
  for (const [, content] of datamodels) {
    const block = /datasource\s+\w+\s*\{([^}]*)\}/.exec(content);
    const provider = block && /provider\s*=\s*"([^"]+)"/.exec(block[1]);
    if (provider) return provider[1];
  }
  if (!url || url.startsWith("file:")) return "sqlite";
  return url.slice(0, Math.max(0, url.indexOf(":"))) || "unknown";
}

/**
 * Refuse anything but SQLite with a message that says what to do: only the SQLite path of the wasm
 * engine has been checked here, and a half-working PostgreSQL migration is worse than a clear no.
 *
 * @param {string} provider
 */
function assertSqlite(provider) {
  if (provider === "sqlite") return;
  throw new UserFacingError(
    `scripts/schema-engine.mjs (the offline stand-in for Prisma's schema engine) supports SQLite only, ` +
      `but this datasource uses \`${provider}\`. Use Prisma's native engine instead: point ` +
      `PRISMA_SCHEMA_ENGINE_BINARY at a downloaded \`schema-engine\` binary (prisma.config.ts only sets it when unset).`,
  );
}

/**
 * Turn a SQLite URL (`file:./dev.db`, `file:/abs/dev.db?connection_limit=1`, `file:///abs/dev.db`) into
 * an absolute path. Relative paths resolve against this process's cwd, which the CLI sets to the
 * project's base directory, the same place the native engine resolves them from.
 *
 * @param {string} url
 * @returns {string}
 */
function sqliteFilePath(url) {
  if (!url.startsWith("file:")) {
    throw new UserFacingError(`The SQLite URL \`${url}\` must start with \`file:\`.`, "P1013");
  }
  const withoutQuery = url.split("?")[0];
  if (withoutQuery.startsWith("file://")) return fileURLToPath(withoutQuery);
  const filePath = withoutQuery.slice("file:".length);
  if (filePath === ":memory:") return filePath;
  return path.resolve(process.cwd(), filePath);
}

// ---------------------------------------------------------------------------------------------------
// One-shot commands: `cli can-connect-to-database | create-database | drop-database`
// ---------------------------------------------------------------------------------------------------

/**
 * Run a one-shot command and exit. Errors become the stderr lines the CLI expects (its parser drops the
 * first line, so an INFO line always comes first).
 *
 * @param {string} command
 * @param {string | undefined} url
 */
function runOneShot(command, url) {
  logLine("INFO", `Starting schema-engine stand-in (cli ${command})`);
  try {
    assertSqlite(detectProvider([], url));
    if (!url) throw new UserFacingError("No datasource URL was given (`--datasource {\"url\": …}`).");
    const file = sqliteFilePath(url);
    switch (command) {
      case "can-connect-to-database":
        canConnect(file);
        break;
      case "create-database":
        fs.mkdirSync(path.dirname(file), { recursive: true });
        new Database(file).close();
        break;
      case "drop-database":
        for (const suffix of ["", "-wal", "-shm", "-journal"]) fs.rmSync(file + suffix, { force: true });
        break;
      default:
        throw new UserFacingError(`Unknown schema engine command \`cli ${command}\`.`);
    }
    process.exit(0);
  } catch (error) {
    const { message, code } = /** @type {UserFacingError} */ (error);
    logLine("ERROR", message, code ? { error_code: code } : {});
    process.exit(1);
  }
}

/**
 * P1003 for a missing file is what makes `migrate deploy` / `migrate dev` create the database, as they
 * do with the native engine; a file that is there but is no SQLite database fails plainly.
 *
 * @param {string} file
 */
function canConnect(file) {
  if (file === ":memory:") return;
  if (!fs.existsSync(file)) {
    throw new UserFacingError(`Database \`${path.basename(file)}\` does not exist at \`${file}\`.`, "P1003", {
      database_file_name: path.basename(file),
      database_file_path: file,
    });
  }
  const db = new Database(file, { fileMustExist: true });
  try {
    db.prepare("PRAGMA schema_version").get();
  } finally {
    db.close();
  }
}

// ---------------------------------------------------------------------------------------------------
// The wasm engine
// ---------------------------------------------------------------------------------------------------

/**
 * Panics inside the wasm engine report their message here (the wasm code calls
 * `global.PRISMA_WASM_PANIC_REGISTRY.set_message`), and the thrown RuntimeError only says
 * "unreachable"; the registry is how a panic's real reason reaches the CLI.
 */
const panicRegistry = {
  message: "",
  get() {
    return this.message;
  },
  /** @param {string} message */
  set_message(message) {
    this.message = message;
  },
};

/**
 * Load the wasm build by hand instead of importing `@prisma/schema-engine-wasm`: its entry point does
 * `import * as wasm from "./schema_engine_bg.wasm"`, which Node only allows behind
 * `--experimental-wasm-modules`. This is the same wiring that entry point does, done explicitly.
 */
async function loadWasmEngineModule() {
  globalThis.PRISMA_WASM_PANIC_REGISTRY = panicRegistry;
  const bindingsUrl = import.meta.resolve("@prisma/schema-engine-wasm/schema_engine_bg");
  const bindings = await import(bindingsUrl);
  const wasmBytes = fs.readFileSync(new URL("./schema_engine_bg.wasm", bindingsUrl));
  const { instance } = await WebAssembly.instantiate(wasmBytes, { "./schema_engine_bg.js": bindings });
  bindings.__wbg_set_wasm(instance.exports);
  /** @type {any} */ (instance.exports).__wbindgen_start();
  return bindings;
}

/**
 * better-sqlite3 refuses to `prepare` a string with several statements, and the 7.10 wasm engine sends
 * whole migration.sql files through `executeRaw` when it replays migrations into the shadow database.
 * For argument-less SQL that is exactly what `executeScript` (better-sqlite3's `exec`) is for.
 *
 * @param {any} adapter a connected PrismaBetterSqlite3 adapter
 */
function withMultiStatementFallback(adapter) {
  const isMultiStatementError = (/** @type {any} */ error) =>
    error instanceof RangeError && /more than one statement/.test(error.message);
  const executeRaw = adapter.executeRaw.bind(adapter);
  const queryRaw = adapter.queryRaw.bind(adapter);
  adapter.executeRaw = async (/** @type {any} */ query) => {
    try {
      return await executeRaw(query);
    } catch (error) {
      if (query.args.length > 0 || !isMultiStatementError(error)) throw error;
      await adapter.executeScript(query.sql);
      return 0;
    }
  };
  adapter.queryRaw = async (/** @type {any} */ query) => {
    try {
      return await queryRaw(query);
    } catch (error) {
      if (query.args.length > 0 || !isMultiStatementError(error)) throw error;
      await adapter.executeScript(query.sql);
      return { columnNames: [], columnTypes: [], rows: [] };
    }
  };
  return adapter;
}

/**
 * The driver adapter factory the wasm engine connects through: better-sqlite3 for the main database,
 * an in-memory database (or `shadowDatabaseUrl`) for the shadow database, wrapped by
 * `bindMigrationAwareSqlAdapterFactory` so that JS errors travel through its error registry.
 *
 * @param {string} mainFile
 * @param {string | undefined} shadowDatabaseUrl
 */
async function createAdapterFactory(mainFile, shadowDatabaseUrl) {
  const { PrismaBetterSqlite3 } = await import("@prisma/adapter-better-sqlite3");
  const { bindMigrationAwareSqlAdapterFactory } = await import("@prisma/driver-adapter-utils");
  const shadowFile = shadowDatabaseUrl ? sqliteFilePath(shadowDatabaseUrl) : ":memory:";
  const raw = new PrismaBetterSqlite3({ url: `file:${mainFile}` }, { shadowDatabaseUrl: `file:${shadowFile}` });
  const connect = raw.connect.bind(raw);
  const connectToShadowDb = raw.connectToShadowDb.bind(raw);
  raw.connect = async () => track(withMultiStatementFallback(await connect()));
  raw.connectToShadowDb = async () => track(withMultiStatementFallback(await connectToShadowDb()));
  return bindMigrationAwareSqlAdapterFactory(raw);
}

/** Every SQLite connection the engine opened, so that they can be closed before the process ends. */
const openAdapters = new Set();

/** @param {any} adapter */
function track(adapter) {
  openAdapters.add(adapter);
  const dispose = adapter.dispose.bind(adapter);
  adapter.dispose = async () => {
    openAdapters.delete(adapter);
    return dispose();
  };
  return adapter;
}

/**
 * Close the engine's SQLite connections. The CLI ends our stdin and kills us right away (SIGTERM), and
 * a connection that is never closed leaves a stale `<db>-journal` file beside the database.
 */
function closeConnections() {
  for (const adapter of [...openAdapters]) {
    try {
      // better-sqlite3's adapter closes its connection synchronously inside dispose().
      void adapter.dispose();
    } catch {
      // Already closed, or closing failed: the process is ending either way.
    }
  }
  openAdapters.clear();
}

// ---------------------------------------------------------------------------------------------------
// JSON-RPC server
// ---------------------------------------------------------------------------------------------------

/**
 * @typedef {object} ServerContext
 * @property {[string, string][]} datamodels [path, content] of every schema file
 * @property {string | undefined} url the datasource URL
 * @property {string | undefined} shadowDatabaseUrl
 * @property {string} provider
 */

/** Serve JSON-RPC requests from the CLI until it closes stdin. */
function runServer(/** @type {ServerContext} */ context) {
  /** @type {Promise<LoadedEngine> | undefined} */
  let enginePromise;
  /** The engine, created on the first request that needs it (loading the wasm takes a moment). */
  const getEngine = () => (enginePromise ??= createEngine(context));

  let nextPrintId = 1;
  /** @type {Map<number | string, () => void>} */
  const pendingPrints = new Map();

  const send = (/** @type {unknown} */ message) => process.stdout.write(`${JSON.stringify(message)}\n`);

  /**
   * Ask the CLI to write text to its stdout (how the native engine prints `migrate diff` output) and
   * wait for its acknowledgement, so the text appears before the command's result.
   *
   * @param {string} content
   */
  const print = (content) =>
    new Promise((resolve) => {
      const id = `print-${nextPrintId++}`;
      pendingPrints.set(id, () => resolve(undefined));
      send({ jsonrpc: "2.0", id, method: "print", params: { content } });
    });

  // Requests run one at a time: the wasm engine and its single SQLite connection are not meant to
  // interleave, and the CLI waits for each answer anyway.
  let queue = Promise.resolve();

  const input = readline.createInterface({ input: process.stdin, crlfDelay: Infinity });
  input.on("line", (line) => {
    if (!line.trim()) return;
    /** @type {any} */
    let message;
    try {
      message = JSON.parse(line);
    } catch {
      logLine("ERROR", `Could not parse JSON-RPC message: ${line.slice(0, 200)}`);
      return;
    }
    // A response to one of our `print` requests.
    if (message.method === undefined && pendingPrints.has(message.id)) {
      pendingPrints.get(message.id)?.();
      pendingPrints.delete(message.id);
      return;
    }
    queue = queue.then(() => handleRequest(message));
  });
  input.on("close", () => {
    queue.then(() => {
      closeConnections();
      process.exit(0);
    });
  });
  // A wasm panic inside an async engine call can surface as an uncaught exception (the panicking code
  // runs from a microtask, not from the promise we await). Answer the request in flight, as the native
  // engine would, instead of dying silently: the CLI would otherwise print nothing and exit 0.
  process.on("uncaughtException", (error) => {
    const isPanic = error?.name === "RuntimeError";
    const rpcError = isPanic
      ? toPanicRpcError(error)
      : { code: ENGINE_ERROR_CODE, message: error.message, data: { is_panic: false, message: `schema-engine stand-in crashed: ${error.stack ?? error.message}` } };
    if (inFlightRequestId !== undefined) send({ jsonrpc: "2.0", id: inFlightRequestId, error: rpcError });
    logLine("ERROR", rpcError.message, { is_panic: isPanic });
    closeConnections();
    process.exit(isPanic ? PANIC_EXIT_CODE : 1);
  });
  // The CLI sends SIGTERM right after closing stdin, often before the "close" event is handled here.
  process.on("SIGTERM", () => {
    closeConnections();
    process.exit(0);
  });

  /** @type {number | string | undefined} */
  let inFlightRequestId;

  /** @param {any} request */
  async function handleRequest(request) {
    const { id, method, params } = request;
    inFlightRequestId = id;
    try {
      const handler = methodHandlers[method];
      if (!handler) throw new UserFacingError(`The schema engine stand-in does not know the method \`${method}\`.`);
      const result = await handler({ ...context, getEngine, print }, params ?? {});
      // `undefined` would make the CLI treat the answer as malformed; the native engine answers `{}`.
      send({ jsonrpc: "2.0", id, result: result === undefined ? {} : result });
    } catch (error) {
      send({ jsonrpc: "2.0", id, error: await toRpcError(error, enginePromise) });
    } finally {
      inFlightRequestId = undefined;
    }
  }
}

/**
 * @typedef {object} LoadedEngine
 * @property {any} engine the wasm SchemaEngine
 * @property {any} errorRegistry where the adapter binding keeps JS errors it handed to the engine
 */

/**
 * @param {ServerContext} context
 * @returns {Promise<LoadedEngine>}
 */
async function createEngine(context) {
  assertSqlite(context.provider);
  const mainFile = context.url ? sqliteFilePath(context.url) : ":memory:";
  const bindings = await loadWasmEngineModule();
  const adapterFactory = await createAdapterFactory(mainFile, context.shadowDatabaseUrl);
  // The engine logs tracing lines that are already JSON in the native format: pass them on as-is.
  const log = (/** @type {string} */ line) => process.stderr.write(`${line.trimEnd()}\n`);
  // `datamodels` must be undefined or non-empty: an empty list panics later, inside the first call
  // ("validate_multi_file() must be called with at least one file"). `migrate diff` passes none.
  const datamodels = context.datamodels.length > 0 ? context.datamodels : undefined;
  const engine = await bindings.SchemaEngine.new({ datamodels }, log, adapterFactory);
  return { engine, errorRegistry: adapterFactory.errorRegistry };
}

/**
 * The JSON-RPC error for a wasm panic. The RuntimeError itself only says "unreachable"; the reason is
 * in the panic registry.
 *
 * @param {any} error
 */
function toPanicRpcError(error) {
  const message = panicRegistry.get() || String(error?.message ?? error);
  return {
    code: ENGINE_ERROR_CODE,
    message,
    data: { is_panic: true, message: `${message}\n${error?.stack ?? ""}`, meta: {}, error_code: null },
  };
}

/**
 * Translate anything thrown into the error object the CLI understands. It tells three kinds apart:
 * a wasm panic (`RuntimeError`; `is_panic` makes the CLI show its crash report), an error with a Prisma
 * code (the CLI prints the code and may act on it, e.g. P3005), and any other error (printed as is).
 *
 * @param {unknown} thrown
 * @param {Promise<LoadedEngine> | undefined} enginePromise
 */
async function toRpcError(thrown, enginePromise) {
  const error = /** @type {any} */ (thrown);
  if (error?.name === "RuntimeError") {
    // The wasm instance is in an undefined state after a panic; exit once the CLI has the answer.
    setImmediate(() => {
      closeConnections();
      process.exit(PANIC_EXIT_CODE);
    });
    return toPanicRpcError(error);
  }
  let message = String(error?.message ?? error);
  // "External error id#3" means a JS error inside the driver adapter; show that error instead.
  const external = /External error id#(\d+)/.exec(message);
  if (external && enginePromise) {
    const loaded = await enginePromise.catch(() => undefined);
    const original = loaded?.errorRegistry.consumeError(Number(external[1]))?.error;
    if (original) message = `${message.replace(external[0], "").trim()}\n${original.message}`.trim();
  }
  const code = typeof error?.code === "string" && /^P\d{4}$/.test(error.code) ? error.code : undefined;
  return {
    code: ENGINE_ERROR_CODE,
    message: "An error happened. Check the data field for details.",
    data: { is_panic: false, message, meta: error?.meta ?? {}, ...(code ? { error_code: code } : {}) },
  };
}

// ---------------------------------------------------------------------------------------------------
// Methods. Most pass straight through to the wasm engine; the others cover what its 7.10 build lacks.
// ---------------------------------------------------------------------------------------------------

/**
 * @typedef {object} HandlerServices
 * @property {() => Promise<LoadedEngine>} getEngine
 * @property {(content: string) => Promise<unknown>} print ask the CLI to write to its stdout
 * @typedef {ServerContext & HandlerServices} HandlerContext
 * @typedef {(context: HandlerContext, params: any) => Promise<unknown>} MethodHandler
 */

const EMPTY_FILTERS = { externalTables: [], externalEnums: [] };

/**
 * Call a wasm engine method. It must be called as a method (`engine[name](…)`): wasm-bindgen methods
 * lose `this` when detached, and fail with "Cannot read properties of undefined (reading '__wbg_ptr')".
 *
 * @param {HandlerContext} context
 * @param {string} name
 * @param {unknown} [params]
 */
async function callEngine(context, name, params) {
  const { engine } = await context.getEngine();
  try {
    return await engine[name](params);
  } catch (error) {
    const migrationsList = /** @type {any} */ (params)?.migrationsList;
    if (!isMissingShadowDbError(error) || !migrationsList) throw error;
    await engine.diagnoseMigrationHistory({
      migrationsList,
      optInToShadowDatabase: true,
      filters: /** @type {any} */ (params).filters ?? EMPTY_FILTERS,
    });
    return engine[name](params);
  }
}

/**
 * Gap 5: `evaluateDataLoss` only finds the SQLite shadow database when a shadow-database replay of
 * the migrations already ran in this session (devDiagnostic does one). When `migrate dev` first applies
 * pending migrations, that replay is gone and the call fails with "SQLite shadow DB must be provided
 * through an external factory". Running `diagnoseMigrationHistory` with the shadow database (read-only
 * for the main database) restores it, after which the call is retried once.
 *
 * @param {unknown} error
 */
function isMissingShadowDbError(error) {
  return /SQLite shadow DB must be provided through an external factory/.test(String(/** @type {any} */ (error)?.message));
}

/** @type {(name: string) => MethodHandler} */
const passThrough = (name) => (context, params) => callEngine(context, name, params);

/** @type {Record<string, MethodHandler>} */
const methodHandlers = {
  applyMigrations: passThrough("applyMigrations"),
  diagnoseMigrationHistory: passThrough("diagnoseMigrationHistory"),
  ensureConnectionValidity: passThrough("ensureConnectionValidity"),
  evaluateDataLoss: passThrough("evaluateDataLoss"),
  introspect: passThrough("introspect"),
  introspectSql: passThrough("introspectSql"),
  markMigrationApplied: passThrough("markMigrationApplied"),
  markMigrationRolledBack: passThrough("markMigrationRolledBack"),
  schemaPush: passThrough("schemaPush"),

  /** The CLI asks for `getDatabaseVersion`; the wasm engine calls it `version`. */
  getDatabaseVersion: (context, params) => callEngine(context, "version", params),

  async debugPanic(context) {
    const { engine } = await context.getEngine();
    engine.debugPanic();
  },

  /**
   * The wasm engine has no `createDatabase`; for SQLite creating the database is creating the file.
   */
  async createDatabase(context, params) {
    const url = params.datasource?.url ?? context.url;
    if (!url) throw new UserFacingError("No datasource URL to create a database for.");
    const file = sqliteFilePath(url);
    fs.mkdirSync(path.dirname(file), { recursive: true });
    new Database(file).close();
    return { databaseName: path.basename(file) };
  },

  /**
   * Gap 3: on a database without `_prisma_migrations` the wasm `devDiagnostic` fails with P1014
   * instead of suggesting `createMigration`. Applying an empty migration list creates the table
   * (and nothing else), after which the diagnostic works.
   */
  async devDiagnostic(context, params) {
    try {
      return await callEngine(context, "devDiagnostic", params);
    } catch (error) {
      if (/** @type {any} */ (error)?.code !== "P1014") throw error;
      await callEngine(context, "applyMigrations", {
        migrationsList: { ...params.migrationsList, migrationDirectories: [] },
        filters: params.filters ?? EMPTY_FILTERS,
      });
      return callEngine(context, "devDiagnostic", params);
    }
  },

  /**
   * Gap 2: the wasm `createMigration` fails on SQLite ("SQLite shadow DB must be provided through an
   * external factory"). A migration is the diff from what the migrations directory builds (replayed in
   * the in-memory shadow database) to the schema, which `diff` computes. Like the native engine it
   * only writes nothing: the CLI creates the directory and applies it afterwards.
   */
  async createMigration(context, params) {
    const { migrationsList, schema, draft, migrationName } = params;
    assertLockfileProvider(migrationsList.lockfile, context.provider);
    const from =
      migrationsList.migrationDirectories.length > 0 ? { tag: "migrations", ...migrationsList } : { tag: "empty" };
    const diffResult = await callEngine(context, "diff", {
      from,
      to: { tag: "schemaDatamodel", files: schema.files },
      script: true,
      exitCode: null,
      filters: params.filters ?? EMPTY_FILTERS,
    });
    const script = diffResult.stdout ?? "";
    const isEmpty = script.trim() === "" || script.trim() === "-- This is an empty migration.";
    return {
      connectorType: "sqlite",
      generatedMigrationName: migrationDirectoryName(migrationName),
      migrationScript: isEmpty && !draft ? null : script,
      extension: "sql",
    };
  },

  /**
   * The wasm `diff` returns its output; the native engine prints it through a `print` request and
   * returns `stdout: null`, and that is what the CLI expects (it prints nothing itself).
   */
  async diff(context, params) {
    const result = await callEngine(context, "diff", params);
    if (result.stdout) await context.print(result.stdout.replace(/\n$/, ""));
    return { exitCode: result.exitCode, stdout: null };
  },

  /**
   * `db execute` sends a whole script, which better-sqlite3's `exec` runs as is. Going around the wasm
   * engine also honours `datasourceType.url`, which the wasm engine ignores (it only has its adapter).
   */
  async dbExecute(context, params) {
    const url = params.datasourceType?.tag === "url" ? params.datasourceType.url : context.url;
    if (!url) throw new UserFacingError("No datasource URL to execute the script against.");
    const db = new Database(sqliteFilePath(url));
    try {
      db.exec(params.script);
    } finally {
      db.close();
    }
    return null;
  },

  /**
   * Gap 4: the wasm `reset` leaves SQLite tables behind. Resetting is dropping every schema object
   * (tables, views, and with them their indexes and triggers) and `_prisma_migrations`, then VACUUM.
   * The file itself stays: the engine's own connection keeps it open for the commands that follow in
   * the same session (`migrate reset` applies the migrations right after).
   */
  async reset(context) {
    await context.getEngine();
    if (!context.url) return {};
    const file = sqliteFilePath(context.url);
    if (file === ":memory:" || !fs.existsSync(file)) return {};
    const db = new Database(file);
    try {
      db.pragma("foreign_keys = OFF");
      const objects = /** @type {{ type: string, name: string }[]} */ (
        db.prepare("SELECT type, name FROM sqlite_master WHERE type IN ('view', 'table') AND name NOT LIKE 'sqlite_%'").all()
      );
      db.transaction(() => {
        for (const { type, name } of objects.filter((o) => o.type === "view")) {
          db.exec(`DROP VIEW IF EXISTS "${name.replaceAll('"', '""')}"`);
        }
        for (const { name } of objects.filter((o) => o.type === "table")) {
          db.exec(`DROP TABLE IF EXISTS "${name.replaceAll('"', '""')}"`);
        }
        const hasSequence = db.prepare("SELECT 1 FROM sqlite_master WHERE name = 'sqlite_sequence'").get();
        if (hasSequence) db.exec("DELETE FROM sqlite_sequence");
      })();
      db.exec("VACUUM");
    } finally {
      db.close();
    }
    return {};
  },
};

/**
 * The native engine refuses to add a SQLite migration to a directory made for another provider
 * (P3019); `diff` does not check, so we do.
 *
 * @param {{ content: string | null } | undefined} lockfile
 * @param {string} provider
 */
function assertLockfileProvider(lockfile, provider) {
  const locked = lockfile?.content && /provider\s*=\s*"([^"]+)"/.exec(lockfile.content)?.[1];
  if (!locked || locked === provider) return;
  throw new UserFacingError(
    `The datasource provider \`${provider}\` specified in your Prisma schema does not match the one ` +
      `specified in the migration_lock.toml, \`${locked}\`. Please remove your current migration ` +
      `directory and start a new migration history with prisma migrate dev. Read more: ` +
      `https://pris.ly/d/migrate-provider-switch`,
    "P3019",
    { expected_provider: locked, provider },
  );
}

/**
 * `<yyyymmddhhmmss>_<name>` in UTC, as the native engine names migration directories. The CLI has
 * already slugified the name.
 *
 * @param {string} name
 */
function migrationDirectoryName(name) {
  const timestamp = new Date().toISOString().replace(/\D/g, "").slice(0, 14);
  return name ? `${timestamp}_${name}` : timestamp;
}

// ---------------------------------------------------------------------------------------------------
// Entry point
// ---------------------------------------------------------------------------------------------------

function main() {
  /** @type {EngineArgs} */
  let args;
  try {
    args = parseArgs(process.argv.slice(2));
  } catch (error) {
    logLine("INFO", "Starting schema-engine stand-in");
    logLine("ERROR", /** @type {Error} */ (error).message);
    process.exit(1);
  }

  if (args.version) {
    // The git hash of the wasm build we run, in the native binary's `schema-engine-cli <hash>` shape.
    // (Read from the file: the package's `exports` map does not expose package.json.)
    const packageJsonUrl = new URL("./package.json", import.meta.resolve("@prisma/schema-engine-wasm/schema_engine_bg"));
    const { version } = JSON.parse(fs.readFileSync(packageJsonUrl, "utf8"));
    const hash = /[0-9a-f]{40}$/.exec(version)?.[0] ?? version;
    process.stdout.write(`schema-engine-cli ${hash} (wasm stand-in)\n`);
    return;
  }

  if (args.cliCommand !== undefined) {
    runOneShot(args.cliCommand, args.datasource?.url);
    return;
  }

  const datamodels = args.datamodelPaths.map((file) => /** @type {[string, string]} */ ([file, fs.readFileSync(file, "utf8")]));
  const url = args.datasource?.url;
  runServer({
    datamodels,
    url,
    shadowDatabaseUrl: args.datasource?.shadowDatabaseUrl,
    provider: detectProvider(datamodels, url),
  });
}

main();
