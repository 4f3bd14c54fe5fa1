// Shared by the launchers: imports a module of dist/ (built by `npm install`, scripts/build-lint.mjs),
// or says in one line how to build it when it is missing, instead of a module-not-found stack trace.
export async function importBuilt(name, program) {
  try {
    return await import(`../dist/${name}.mjs`);
  } catch (error) {
    if (error?.code !== "ERR_MODULE_NOT_FOUND" || !String(error.message).includes(`dist/${name}.mjs`)) throw error;
    process.stderr.write(`${program}: the linter is not built: run \`npm run build:lint\` (npm install does it)\n`);
    process.exit(2);
  }
}
