// Whether the native SQLite module (better-sqlite3) loads, asked before anything touches the database.
// Its binary is built by its install script; npm 12 skips that script unless package.json's
// `allowScripts` approves it, and then every later step fails with an error about migrations that
// does not say why. This turns the cause into one line with the fix.
import { createRequire } from "node:module";
import path from "node:path";

const REBUILD = "run `npm rebuild better-sqlite3`";

/**
 * Loads better-sqlite3 from the project at `root` and opens an in-memory database (the binary is only
 * loaded on first open). Returns null when that works, else one line saying what is wrong and how to
 * fix it.
 *
 * @param {string} root the project directory (where package.json is)
 * @returns {string | null}
 */
export function sqliteLoadProblem(root) {
  const require = createRequire(path.join(root, "package.json"));
  let Database;
  try {
    Database = require("better-sqlite3");
  } catch (error) {
    if (error?.code === "MODULE_NOT_FOUND" && String(error.message).includes("'better-sqlite3'")) {
      return "better-sqlite3 is not installed: run `npm install`";
    }
    return describe(error);
  }
  try {
    new Database(":memory:").close();
    return null;
  } catch (error) {
    return describe(error);
  }
}

/** @param {unknown} error */
function describe(error) {
  const message = String(error instanceof Error ? error.message : error);
  if (/could not locate the bindings file/i.test(message)) {
    return `better-sqlite3 was not built: ${REBUILD}; with npm 12, check that package.json's allowScripts approves it ("better-sqlite3": true)`;
  }
  if (/NODE_MODULE_VERSION|compiled against a different Node\.js version/i.test(message)) {
    return `better-sqlite3 was built for another Node.js version than ${process.version}: ${REBUILD}`;
  }
  const firstLine = message.split("\n", 1)[0].trim();
  return `better-sqlite3 could not be loaded (${firstLine}): ${REBUILD}`;
}
