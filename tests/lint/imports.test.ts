import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import ts from "typescript";
import { describe, expect, it } from "vitest";

/**
 * lib/lint is pure TypeScript that runs outside the app (the compiled CLI, the remark plugin, the
 * language server), so it may not reach the app's layers, and its modules may not import each other in
 * a circle (a cycle makes a module's exports undefined while the other one loads, depending on which
 * is imported first). This walks the real import graph from every lib/lint module, following imports
 * into the rest of the project (lib/principles.ts …) so a forbidden import one step removed is caught too.
 */

const root = path.resolve(import.meta.dirname, "../..");
const lintDir = path.join(root, "lib/lint");

/** Packages the linter must not import: the framework, the database client, the UI library. */
const FORBIDDEN_PACKAGES = [/^next(\/|$)/, /^@prisma\//, /^prisma(\/|$)/, /^react(-dom)?(\/|$)/, /^server-only$/];
/** Project modules the linter must not import (project-relative paths). */
const FORBIDDEN_MODULES = [/^lib\/stories\//, /^lib\/db\.ts$/, /^lib\/generated\//];

interface ImportEdge {
  specifier: string;
  /** The project file it resolves to (project-relative), or null for a package. */
  target: string | null;
}

/** Every static import, `export … from` and dynamic `import("…")` of a module, type-only ones included. */
function importSpecifiers(source: string, fileName = "module.ts"): string[] {
  const file = ts.createSourceFile(fileName, source, ts.ScriptTarget.Latest, false, ts.ScriptKind.TS);
  const specifiers: string[] = [];
  const visit = (node: ts.Node) => {
    if ((ts.isImportDeclaration(node) || ts.isExportDeclaration(node)) && node.moduleSpecifier && ts.isStringLiteral(node.moduleSpecifier)) {
      specifiers.push(node.moduleSpecifier.text);
    } else if (
      ts.isCallExpression(node) &&
      node.expression.kind === ts.SyntaxKind.ImportKeyword &&
      node.arguments[0] !== undefined &&
      ts.isStringLiteralLike(node.arguments[0])
    ) {
      specifiers.push(node.arguments[0].text);
    } else if (ts.isImportTypeNode(node) && ts.isLiteralTypeNode(node.argument) && ts.isStringLiteral(node.argument.literal)) {
      specifiers.push(node.argument.literal.text);
    }
    ts.forEachChild(node, visit);
  };
  visit(file);
  return specifiers;
}

function resolveProjectFile(fromFile: string, specifier: string): string | null {
  let base: string;
  if (specifier.startsWith("@/")) base = path.join(root, specifier.slice(2));
  else if (specifier.startsWith(".")) base = path.resolve(path.dirname(path.join(root, fromFile)), specifier);
  else return null;
  const stem = base.replace(/\.(m?js)$/, "");
  for (const candidate of [base, `${stem}.ts`, `${stem}.tsx`, path.join(base, "index.ts"), path.join(base, "index.tsx")]) {
    if (existsSync(candidate) && statSync(candidate).isFile()) return path.relative(root, candidate).split(path.sep).join("/");
  }
  throw new Error(`${fromFile}: cannot resolve import "${specifier}"`);
}

function lintModules(dir = lintDir): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return lintModules(full);
    return /\.tsx?$/.test(entry.name) && !entry.name.endsWith(".d.ts") ? [path.relative(root, full).split(path.sep).join("/")] : [];
  });
}

/** The import graph reached from lib/lint: every project module it imports, transitively. Data files (.json) are leaves. */
function importGraph(): Map<string, ImportEdge[]> {
  const graph = new Map<string, ImportEdge[]>();
  const pending = lintModules();
  while (pending.length > 0) {
    const file = pending.pop()!;
    if (graph.has(file)) continue;
    const edges = /\.tsx?$/.test(file)
      ? importSpecifiers(readFileSync(path.join(root, file), "utf8"), file).map((specifier) => ({
          specifier,
          target: resolveProjectFile(file, specifier),
        }))
      : [];
    graph.set(file, edges);
    for (const { target } of edges) if (target !== null && !graph.has(target)) pending.push(target);
  }
  return graph;
}

/**
 * The import cycles of a graph: one per group of modules that reach each other (a strongly connected
 * component, found with Tarjan's algorithm), as the shortest cycle through the group's first module
 * in sort order, written `a → b → a`. Groups are sorted, so the output is the same on every run.
 */
function findCycles(graph: ReadonlyMap<string, readonly string[]>): string[][] {
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const groups: string[][] = [];
  const connect = (node: string) => {
    index.set(node, index.size);
    low.set(node, index.get(node)!);
    stack.push(node);
    onStack.add(node);
    for (const next of graph.get(node) ?? []) {
      if (!index.has(next)) {
        connect(next);
        low.set(node, Math.min(low.get(node)!, low.get(next)!));
      } else if (onStack.has(next)) {
        low.set(node, Math.min(low.get(node)!, index.get(next)!));
      }
    }
    if (low.get(node) === index.get(node)) {
      const group: string[] = [];
      let member: string;
      do {
        member = stack.pop()!;
        onStack.delete(member);
        group.push(member);
      } while (member !== node);
      if (group.length > 1 || (graph.get(node) ?? []).includes(node)) groups.push(group.sort());
    }
  };
  for (const node of [...graph.keys()].sort()) if (!index.has(node)) connect(node);

  // Breadth-first from the group's first module back to itself, inside the group.
  return groups
    .sort((a, b) => a[0].localeCompare(b[0]))
    .map((group) => {
      const members = new Set(group);
      const from = new Map<string, string>();
      const queue = [group[0]];
      for (let head = 0; head < queue.length; head++) {
        const node = queue[head];
        for (const next of [...(graph.get(node) ?? [])].sort()) {
          if (!members.has(next)) continue;
          if (next === group[0]) {
            const cycle = [node];
            while (cycle[0] !== group[0]) cycle.unshift(from.get(cycle[0])!);
            return [...cycle, group[0]];
          }
          if (!from.has(next)) {
            from.set(next, node);
            queue.push(next);
          }
        }
      }
      throw new Error(`no cycle through ${group[0]}`);
    });
}

describe("the import graph checker", () => {
  it.each([
    { name: "an import", source: `import { a } from "./a";`, expected: ["./a"] },
    { name: "a type-only import", source: `import type { A } from "../stories/types";`, expected: ["../stories/types"] },
    { name: "a side-effect import", source: `import "server-only";`, expected: ["server-only"] },
    { name: "export … from", source: `export { b } from "./b";\nexport * from "./c";`, expected: ["./b", "./c"] },
    { name: "a dynamic import", source: `const m = await import("./d");`, expected: ["./d"] },
    { name: "an import() type", source: `let x: import("next").NextConfig;`, expected: ["next"] },
    { name: "a module without imports", source: `export const X = "import { y } from './z'";`, expected: [] },
  ])("reads the specifiers of $name", ({ source, expected }) => {
    expect(importSpecifiers(source)).toEqual(expected);
  });

  it.each([
    { name: "no cycle", graph: { a: ["b"], b: ["c"], c: [] }, expected: [] },
    { name: "a two-module cycle", graph: { b: ["a"], a: ["b"] }, expected: [["a", "b", "a"]] },
    { name: "a self-import", graph: { a: ["a"] }, expected: [["a", "a"]] },
    { name: "a longer cycle", graph: { x: ["c"], c: ["a"], a: ["b"], b: ["c"] }, expected: [["a", "b", "c", "a"]] },
    {
      name: "the shortest cycle of a group",
      graph: { a: ["b", "d"], b: ["c"], c: ["a"], d: ["a"] },
      expected: [["a", "d", "a"]],
    },
    { name: "two separate cycles", graph: { q: ["p"], p: ["q"], a: ["b"], b: ["a"] }, expected: [["a", "b", "a"], ["p", "q", "p"]] },
    { name: "a diamond (no cycle)", graph: { a: ["b", "c"], b: ["d"], c: ["d"], d: [] }, expected: [] },
  ])("finds $name", ({ graph, expected }) => {
    expect(findCycles(new Map(Object.entries(graph)))).toEqual(expected);
  });
});

describe("lib/lint's imports", () => {
  const graph = importGraph();

  it("reaches every lib/lint module (the walk itself works)", () => {
    expect(graph.has("lib/lint/index.ts")).toBe(true);
    expect(graph.has("lib/lint/config.ts")).toBe(true);
    expect(graph.has("lib/lint/bank/index.ts")).toBe(true);
    expect(graph.get("lib/lint/index.ts")!.length).toBeGreaterThan(0);
  });

  it("import nothing from the app's layers (lib/stories, the database, Next.js, React, Prisma)", () => {
    const forbidden: string[] = [];
    for (const [file, edges] of graph) {
      for (const { specifier, target } of edges) {
        const bad = target === null ? FORBIDDEN_PACKAGES.some((re) => re.test(specifier)) : FORBIDDEN_MODULES.some((re) => re.test(target));
        if (bad) forbidden.push(`${file} imports "${specifier}"`);
      }
    }
    expect(forbidden).toEqual([]);
  });

  it("have no import cycle", () => {
    const edges = new Map([...graph].map(([file, list]) => [file, list.flatMap(({ target }) => (target === null ? [] : [target]))]));
    expect(findCycles(edges).map((cycle) => cycle.join(" → "))).toEqual([]);
  });
});
