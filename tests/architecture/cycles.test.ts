// Keeps the parts of briefbot layered: no two areas (src/bot, src/store, adapters/slack, …) may
// depend on each other, directly or around a loop, and the core never imports an adapter.
import { describe, expect, it } from "vitest";
import { areaGraph, cyclesOf, importEdges, root } from "./imports.ts";

describe("the import graph between areas", () => {
  const edges = importEdges(root);
  const graph = areaGraph(edges);

  it("reads the import statements of every module in src/ and adapters/", () => {
    // A graph read from nothing would pass vacuously: the known arrows must be in it.
    expect(graph.get("src/bot")).toContain("src/chat");
    expect(graph.get("src/store")).toContain("src/chat");
    expect(graph.get("adapters/slack")).toContain("src/bot");
    expect(graph.get("adapters/start.ts")).toContain("adapters/console");
  });

  it("has no cycle between areas", () => {
    const cycles = cyclesOf(graph).map((cycle) => {
      // Name one import per arrow, so a failure says which lines to change.
      const steps = cycle.map((from, i) => {
        const to = cycle[(i + 1) % cycle.length] as string;
        const witness = edges.find((e) => e.fromArea === from && e.toArea === to);
        return `${from} → ${to} (${witness?.file} imports ${witness?.spec})`;
      });
      return steps.join("; ");
    });
    expect(cycles).toEqual([]);
  });

  it("has no import from src/ into adapters/, however the path is spelt", () => {
    const offenders = edges
      .filter((e) => e.fromArea.startsWith("src") && e.toArea.startsWith("adapters"))
      .map((e) => `${e.file} imports ${e.spec}`);
    expect(offenders).toEqual([]);
  });

  it("finds a cycle when two areas import each other", () => {
    const loop = new Map([
      ["src/a", ["src/b"]],
      ["src/b", ["src/c"]],
      ["src/c", ["src/a"]],
      ["src/d", ["src/a"]],
    ]);
    expect(cyclesOf(loop)).toEqual([["src/a", "src/b", "src/c"]]);
    expect(cyclesOf(new Map([["src/a", ["src/b"]]]))).toEqual([]);
  });
});
