// The plain-YAML fast path: whatever it accepts, it reads exactly as the yaml library does, and a
// valid briefing parsed through it is the same result as through the full, position-aware parse.
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { parseDocument } from "yaml";
import { parseAndLocate, parseBriefingFile } from "../../src/briefing/parse.ts";
import { readPlainYaml } from "../../src/briefing/plain-yaml.ts";
import { briefingYaml } from "./helpers.ts";

const root = join(import.meta.dirname, "../..");

function yamlFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return yamlFiles(path);
    return /\.ya?ml$/.test(name) ? [path] : [];
  });
}

const files = [...yamlFiles(join(root, "briefings")), ...yamlFiles(join(root, "tests/fixtures"))];

/** What the yaml library makes of the text, or "error" when it reports any error. */
function library(text: string): unknown {
  const doc = parseDocument(text);
  return doc.errors.length > 0 ? "error" : doc.toJS();
}

/** A seeded generator of small edits: inserted YAML syntax, deleted characters, shifted lines. */
function mutations(text: string, count: number, seed: number): string[] {
  let state = seed;
  const next = () => {
    state = (state * 1103515245 + 12345) & 0x7fffffff;
    return state / 0x7fffffff;
  };
  const pieces = [" ", "  ", "- ", ": ", "#", " #", '"', "'", "|", ">", "[", "]", ",", "\n"];
  pieces.push("\n  ", "\\", "\\u00e9", "-", "~", "null", "1", "0x1F", ".5", "true", "&a", "*a");
  pieces.push("!", "%", "@", "?", "{", "}", "\u00a0", "é", "---", "\t");
  const out: string[] = [];
  for (let k = 0; k < count; k++) {
    let t = text;
    for (let edits = 1 + Math.floor(next() * 3); edits > 0; edits--) {
      const at = Math.floor(next() * t.length);
      const kind = next();
      if (kind < 0.4) {
        t = t.slice(0, at) + pieces[Math.floor(next() * pieces.length)] + t.slice(at);
      } else if (kind < 0.7) {
        t = t.slice(0, at) + t.slice(at + 1 + Math.floor(next() * 3));
      } else {
        const lines = t.split("\n");
        const line = Math.floor(next() * lines.length);
        const shifted = next() < 0.5 ? ` ${lines[line]}` : (lines[line] ?? "").slice(1);
        lines[line] = shifted;
        t = lines.join("\n");
      }
    }
    out.push(t);
  }
  return out;
}

describe("the plain-YAML reader", () => {
  it("reads the shipped briefing and the valid fixtures without the full parser", () => {
    const valid = files.filter((f) => f.includes("/briefings/") || f.includes("/valid/"));
    expect(valid.length).toBeGreaterThan(3);
    for (const file of valid) {
      const text = readFileSync(file, "utf8");
      expect(readPlainYaml(text)?.value, file).toEqual(library(text));
    }
  });

  it("reads every fixture and 25 edits of each as the yaml library does, or gives up", () => {
    let accepted = 0;
    let checked = 0;
    for (const file of files) {
      const text = readFileSync(file, "utf8");
      for (const variant of [text, ...mutations(text, 25, file.length)]) {
        checked++;
        const plain = readPlainYaml(variant);
        if (!plain) continue;
        accepted++;
        expect(plain.value, `${file}: ${JSON.stringify(variant.slice(0, 200))}`).toStrictEqual(
          library(variant),
        );
      }
    }
    // the comparison means something only if the reader accepted a fair share of the variants
    expect(accepted).toBeGreaterThan(checked / 5);
  });

  it.each([
    ["an anchor and an alias", "title: &t Talks\nsummary: *t\n"],
    ["a tag", "title: !!str Talks\n"],
    ["a value the core schema reads as a number", "title: 2022\n"],
    ["a yes/no value", "title: true\n"],
    ["an empty value (null)", "title:\nsummary: x\n"],
    ["a duplicate key", "title: a\ntitle: b\n"],
    ["a quoted scalar over two lines", 'title: "Talks\n  on trade"\n'],
    ["a tab", "title:\tTalks\n"],
    ["a second document", "title: a\n---\ntitle: b\n"],
    ["a flow mapping", "participants: {name: A}\n"],
    ["a comment after a plain value", "title: Talks # first round\n"],
    ["a key with a colon in its value", "title: Talks: round two\n"],
    ["a top-level list", "- title: a\n"],
    ["an indented first key", "  title: a\n"],
  ])("gives up on %s", (_, text) => {
    expect(readPlainYaml(text)).toBeUndefined();
  });

  it("folds plain scalars over lines and keeps blank lines as line breaks, as YAML does", () => {
    const text = "summary: one\n  two\n\n  three\n";
    expect(readPlainYaml(text)?.value).toEqual({ summary: "one two\nthree" });
    expect(readPlainYaml(text)?.value).toEqual(library(text));
  });

  it("says where the id key is written", () => {
    expect(readPlainYaml("# note\ntitle: a\nid: x-1\n")?.idAt).toEqual({ line: 3, column: 1 });
  });
});

describe("parseBriefingFile's happy path", () => {
  it("gives the same briefing and id position as the full parse for every valid file", () => {
    const valid = files.filter((f) => f.includes("/briefings/") || f.includes("/valid/"));
    for (const file of valid) {
      const text = readFileSync(file, "utf8");
      expect(parseBriefingFile(text, file), file).toEqual(parseAndLocate(text, file));
    }
  });

  it("leaves a file with a problem to the full parse, which names its line and field", () => {
    const text = briefingYaml({ quotes: [{ speaker: "Nobody Known", text: "Hello." }] });
    expect(readPlainYaml(text)).toBeDefined();
    const { problems } = parseBriefingFile(text, "/b/x.yaml");
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ path: "quotes[0].speaker", line: expect.any(Number) });
    expect(problems[0]?.message).toMatch(/names no participant or party/);
  });
});
