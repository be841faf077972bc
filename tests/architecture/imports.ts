// The import graph of src/ and adapters/, read from each module's import statements (static,
// type-only, re-exports and dynamic `import()`), by TypeScript's own pre-processor.
import { readdirSync, readFileSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";
import ts from "typescript";

export const root = join(import.meta.dirname, "..", "..");

export interface ImportEdge {
  /** The importing file, relative to the root. */
  file: string;
  spec: string;
  /** The imported file, relative to the root. */
  target: string;
  fromArea: string;
  toArea: string;
}

/** Every .ts/.js module under `dir`. */
export function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && /\.(ts|js|mjs)$/.test(entry.name))
    .map((entry) => join(entry.parentPath, entry.name));
}

/** Every module specifier a file names, as TypeScript reads them (comments and strings ignored). */
export function specifiersOf(file: string): string[] {
  const info = ts.preProcessFile(readFileSync(file, "utf8"), true, true);
  return info.importedFiles.map((f) => f.fileName);
}

/**
 * The area a module belongs to: its folder under src/ or adapters/ (`src/engine/answers/who.ts`
 * is in `src/engine`), or, for the top-level modules beside the areas (`src/config.ts`,
 * `adapters/start.ts`), the module itself: each is a unit of its own, not a folder of them.
 */
export function areaOf(path: string): string {
  const parts = path.split("/");
  return parts.length <= 2 ? path : `${parts[0]}/${parts[1]}`;
}

/** The imports between modules of src/ and adapters/ (packages and tests are left out). */
export function importEdges(base: string): ImportEdge[] {
  const files = [...sourceFiles(join(base, "src")), ...sourceFiles(join(base, "adapters"))];
  return files.flatMap((absolute) => {
    const file = relative(base, absolute);
    return specifiersOf(absolute)
      .filter((spec) => spec.startsWith("."))
      .map((spec) => ({ spec, target: relative(base, resolve(dirname(absolute), spec)) }))
      .filter(({ target }) => /^(src|adapters)\//.test(target))
      .map(({ spec, target }) => ({
        file,
        spec,
        target,
        fromArea: areaOf(file),
        toArea: areaOf(target),
      }));
  });
}

/** Area → the areas it imports (sorted, without itself). */
export function areaGraph(edges: readonly ImportEdge[]): Map<string, string[]> {
  const graph = new Map<string, Set<string>>();
  for (const e of edges) {
    const out = graph.get(e.fromArea) ?? new Set<string>();
    if (e.toArea !== e.fromArea) out.add(e.toArea);
    graph.set(e.fromArea, out);
  }
  return new Map([...graph].map(([area, out]) => [area, [...out].sort()]));
}

/**
 * One cycle for each group of areas that reach each other (Tarjan's strongly connected
 * components), as the areas in the order the arrows go, starting from the first by name.
 */
export function cyclesOf(graph: ReadonlyMap<string, readonly string[]>): string[][] {
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const groups: string[][] = [];
  let next = 0;
  const visit = (node: string) => {
    index.set(node, next);
    low.set(node, next);
    next++;
    stack.push(node);
    onStack.add(node);
    for (const to of graph.get(node) ?? []) {
      if (!index.has(to)) {
        visit(to);
        low.set(node, Math.min(low.get(node) as number, low.get(to) as number));
      } else if (onStack.has(to)) {
        low.set(node, Math.min(low.get(node) as number, index.get(to) as number));
      }
    }
    if (low.get(node) === index.get(node)) {
      const group: string[] = [];
      let member: string | undefined;
      do {
        member = stack.pop() as string;
        onStack.delete(member);
        group.push(member);
      } while (member !== node);
      if (group.length > 1) groups.push(group);
    }
  };
  for (const node of [...graph.keys()].sort()) if (!index.has(node)) visit(node);
  return groups.map((group) => loopThrough(graph, new Set(group))).sort();
}

/** The shortest loop from the group's first area back to itself, staying inside the group. */
function loopThrough(graph: ReadonlyMap<string, readonly string[]>, group: Set<string>): string[] {
  const start = [...group].sort()[0] as string;
  const cameFrom = new Map<string, string>();
  const queue = [start];
  while (queue.length) {
    const node = queue.shift() as string;
    for (const to of graph.get(node) ?? []) {
      if (!group.has(to)) continue;
      if (to === start) {
        const path = [node];
        while (path[0] !== start) path.unshift(cameFrom.get(path[0] as string) as string);
        return path;
      }
      if (!cameFrom.has(to)) {
        cameFrom.set(to, node);
        queue.push(to);
      }
    }
  }
  return [...group].sort();
}
