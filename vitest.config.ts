import path from "node:path";
import { defineConfig } from "vitest/config";
import "./tests/support/node20-polyfills";

export default defineConfig({
  resolve: {
    alias: {
      "@": path.resolve(import.meta.dirname),
      // `server-only` throws outside a React Server Components bundle; tests import the data layer directly.
      "server-only": path.resolve(import.meta.dirname, "tests/support/server-only.ts"),
    },
  },
  test: {
    include: ["tests/**/*.test.ts"],
    environment: "node",
    globalSetup: ["tests/support/global-setup.ts"],
    setupFiles: ["tests/support/node20-polyfills.ts", "tests/support/setup-database.ts"],
    testTimeout: 60_000,
    hookTimeout: 120_000,
  },
});
