import path from "node:path";
import { defineConfig } from "prisma/config";

// Prisma's CLI downloads a native schema engine before every command; this machine (and many offline
// ones) cannot. scripts/schema-engine.mjs speaks the same protocol on top of Prisma's wasm engine, so
// migrate dev / deploy / status work without the download. An explicit env value still wins.
process.env.PRISMA_SCHEMA_ENGINE_BINARY ??= path.join(import.meta.dirname, "scripts", "schema-engine.mjs");

export default defineConfig({
  schema: path.join("prisma", "schema.prisma"),
  migrations: { path: path.join("prisma", "migrations") },
  datasource: {
    url: process.env.DATABASE_URL ?? "file:./data/story-bank.db",
  },
});
