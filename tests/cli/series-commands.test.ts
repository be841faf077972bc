// `briefbot compare` and `briefbot timeline` over the Strategic Stability Dialogue fixture.
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { runCli } from "../helpers/cli.ts";

const root = join(import.meta.dirname, "../..");
const ssd = "tests/fixtures/series-ssd";
const R1 = "2021-07-28-strategic-stability-dialogue-geneva";
const R2 = "2021-09-30-strategic-stability-dialogue-geneva";

describe("briefbot compare", () => {
  it("prints what changed between the last two rounds when no id is given", async () => {
    const result = await runCli(["compare", "--dir", ssd], root);
    expect(result.code).toBe(0);
    expect(result.stdout.split("\n")[0]).toBe(
      "Strategic Stability Dialogue: Second round of the US–Russia Strategic Stability Dialogue (2021-09-30, Geneva) → US–Russia Strategic Stability Dialogue on European security (2022-01-10, Geneva)",
    );
    expect(result.stdout).toContain("\nParticipants\n+ joined: Alexander Fomin");
  });

  it("gives the comparison as JSON with --json", async () => {
    const result = await runCli(["compare", R2, R1, "--dir", ssd, "--json"], root);
    expect(result.code).toBe(0);
    const c = JSON.parse(result.stdout);
    expect([c.series.name, c.earlier.id, c.later.id]).toEqual([
      "Strategic Stability Dialogue",
      R1,
      R2,
    ]);
    expect(c.positions.find((p: { party: string }) => p.party === "Russia").changed).toHaveLength(
      1,
    );
  });

  it("refuses briefings of different series, naming both", async () => {
    const result = await runCli(
      [
        "compare",
        "2022-01-10-strategic-stability-dialogue-geneva",
        "2022-01-13-osce-permanent-council-vienna",
        "--dir",
        "tests/fixtures/briefings",
      ],
      root,
    );
    expect(result.code).toBe(1);
    expect(result.stderr).toContain("are of different series");
    expect(result.stderr).toContain("the OSCE Permanent Council series");
  });
});

describe("briefbot timeline", () => {
  it("lists the rounds of a series named with a typo, oldest first", async () => {
    const result = await runCli(["timeline", "strategic", "stabilty", "--dir", ssd], root);
    expect(result.code).toBe(0);
    const lines = result.stdout.trim().split("\n");
    expect(lines[0]).toBe("Strategic Stability Dialogue: 3 rounds");
    expect(lines.slice(1).map((l) => l.slice(0, 10))).toEqual([
      "2021-07-28",
      "2021-09-30",
      "2022-01-10",
    ]);
  });

  it("exits 1 and names the series there are for an unknown name", async () => {
    const result = await runCli(["timeline", "Minsk", "--dir", ssd], root);
    expect(result.code).toBe(1);
    expect(result.stderr).toBe(
      'briefbot timeline: "Minsk" names no series; series in the briefings: "Strategic Stability Dialogue"\n',
    );
  });
});
