// The briefing half of the fuzzer: mutates valid briefings into thousands of files (wrong types,
// missing fields, huge strings, control characters, bad encodings, YAML anchors and bombs, deep
// nesting, duplicate ids, bad dates, odd file names), loads them through the real BriefingLibrary
// in folders of `batch` files, and checks that every file is either served or named in a problem,
// that no exception escapes, and that time and memory stay bounded.
import { mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { performance } from "node:perf_hooks";
import { parse, stringify } from "yaml";
import { BriefingLibrary, type BriefingProblem, formatProblem } from "../../src/briefing/index.ts";
import { CONTROL, EMOJI, hostilePhrase, LINKS, MENTIONS, SCRIPTS } from "./hostile-text.ts";
import { Random } from "./random.ts";

const root = join(import.meta.dirname, "..", "..");

/** The valid briefings every generated file starts from. */
export const SEED_FILES = [
  "briefings/2022-01-12-nato-russia-council.yaml",
  "tests/fixtures/briefings/2021-07-28-strategic-stability-dialogue-geneva.yaml",
  "tests/fixtures/briefings/2021-11-29-vienna-jcpoa-talks.yaml",
  "tests/fixtures/briefings/2022-01-10-strategic-stability-dialogue-geneva.yaml",
  "tests/fixtures/briefings/2022-01-13-osce-permanent-council-vienna.yaml",
  "tests/fixtures/briefings/2022-01-26-normandy-format-paris.yaml",
  "tests/fixtures/valid/2021-06-01-example-talks.yaml",
];

/** What the loader must do with a generated file. */
export type Expectation =
  /** served, with no problem */
  | "valid"
  /** not served, at least one problem naming it */
  | "invalid"
  /** served or named in a problem, never silently dropped (random damage of unknown effect) */
  | "either"
  /** not a briefing file by its name (dot-file, other extension): neither served nor reported */
  | "ignored";

/** One generated file. */
export interface GeneratedFile {
  name: string | Buffer;
  bytes: Buffer;
  expect: Expectation;
  /** The id it is served under when valid (duplicates resolved by the checker). */
  id: string | undefined;
  mutations: string[];
}

const MAX_BYTES = 1024 * 1024;
const SLUG = /^[a-z0-9][a-z0-9-]*$/;
type Json = unknown;
type Obj = Record<string, Json>;
type Stage = "object" | "text" | "bytes";

interface Draft {
  obj: Obj;
  text: string;
  bytes: Buffer;
  expect: Expectation;
  mutations: string[];
  /** Names of free text fields usable for valid mutations. */
  r: Random;
  /** ids of earlier valid files of this folder, for duplicate ids. */
  earlierIds: readonly string[];
}

interface Mutation {
  name: string;
  stage: Stage;
  weight: number;
  /** Applies the mutation; returns its effect on validity. */
  apply(d: Draft): Expectation | "skip";
}

/** Paths (as lists of keys) of free text that accepts any non-blank string. */
function freeTextPaths(obj: Obj): (string | number)[][] {
  const paths: (string | number)[][] = [];
  for (const key of ["title", "summary", "location", "format"]) {
    if (typeof obj[key] === "string") paths.push([key]);
  }
  const each = (key: string, fields: string[], lists: string[] = []) => {
    const items = obj[key];
    if (!Array.isArray(items)) return;
    items.forEach((item, i) => {
      if (typeof item !== "object" || item === null) return;
      for (const f of fields) if (typeof (item as Obj)[f] === "string") paths.push([key, i, f]);
      for (const l of lists) {
        const list = (item as Obj)[l];
        if (Array.isArray(list)) for (let j = 0; j < list.length; j++) paths.push([key, i, l, j]);
      }
    });
  };
  each("participants", ["role", "side"]);
  each("parties", [], ["positions"]);
  each("quotes", ["text", "context"]);
  each("next_steps", ["text"]);
  each("sources", ["title", "publisher"]);
  for (const key of ["points", "outcomes", "background", "tags"]) {
    const list = obj[key];
    if (Array.isArray(list)) for (let j = 0; j < list.length; j++) paths.push([key, j]);
  }
  return paths;
}

/** A random free text path; the title when a mutation before removed every other. */
function pickText(d: Draft): (string | number)[] {
  const paths = freeTextPaths(d.obj);
  return paths.length ? d.r.pick(paths) : ["title"];
}

/** Every path in the object (mappings and lists included), for wrong types and deletions. */
function allPaths(value: Json, prefix: (string | number)[] = []): (string | number)[][] {
  const out: (string | number)[][] = [];
  if (Array.isArray(value)) {
    value.forEach((v, i) => {
      out.push([...prefix, i], ...allPaths(v, [...prefix, i]));
    });
  } else if (value && typeof value === "object") {
    for (const [k, v] of Object.entries(value))
      out.push([...prefix, k], ...allPaths(v, [...prefix, k]));
  }
  return out;
}

function getAt(obj: Json, path: readonly (string | number)[]): Json {
  let v: Json = obj;
  for (const k of path) v = (v as Record<string | number, Json>)?.[k];
  return v;
}

function setAt(obj: Json, path: readonly (string | number)[], value: Json): void {
  const parent = getAt(obj, path.slice(0, -1)) as Record<string | number, Json>;
  parent[path[path.length - 1] as string | number] = value;
}

function deleteAt(obj: Json, path: readonly (string | number)[]): void {
  const parent = getAt(obj, path.slice(0, -1));
  const key = path[path.length - 1] as string | number;
  if (Array.isArray(parent)) parent.splice(key as number, 1);
  else delete (parent as Obj)[key as string];
}

function insertAt(text: string, piece: string, r: Random): string {
  const at = r.int(0, text.length);
  return `${text.slice(0, at)}${piece}${text.slice(at)}`;
}

function kindOf(v: Json): string {
  return Array.isArray(v) ? "array" : v === null ? "null" : typeof v;
}

/** A value of another kind than `v`. */
function otherKind(v: Json, r: Random): Json {
  const options: Json[] = [
    42,
    -1.5e308,
    true,
    false,
    null,
    ["a", 1],
    { nested: "map" },
    "text",
    0,
  ].filter((o) => kindOf(o) !== kindOf(v));
  return r.pick(options);
}

const REQUIRED_TOP = ["title", "date", "summary", "sources"];
const OPTIONAL_TOP = [
  "location",
  "format",
  "points",
  "outcomes",
  "next_steps",
  "background",
  "tags",
  "end_date",
];
const BAD_DATES = [
  "2022-02-30",
  "2022-13-01",
  "2021-02-29",
  "12/01/2022",
  "2022-1-12",
  "20220112",
  "",
  "2022-01-12T10:00:00Z",
  "yesterday",
  "0000-00-00",
  "99999-01-01",
  "2022-01-12 ",
  "２０２２-０１-１２",
];
const BAD_IDS = [
  "Has Spaces",
  "../../etc/passwd",
  "-lead",
  "ÄÖÜ",
  "UPPER",
  "a_b",
  "a.b",
  "",
  "a\u0000b",
  "💥",
];

/** A nested list `depth` deep around a string. */
function nested(depth: number): Json {
  let v: Json = "deep";
  for (let i = 0; i < depth; i++) v = [v];
  return v;
}

const MUTATIONS: Mutation[] = [
  // --- object level: the YAML stays well-formed ---
  {
    name: "wrong-type",
    stage: "object",
    weight: 8,
    apply(d) {
      const path = d.r.pick(allPaths(d.obj));
      setAt(d.obj, path, otherKind(getAt(d.obj, path), d.r));
      return "invalid";
    },
  },
  {
    name: "missing-required",
    stage: "object",
    weight: 5,
    apply(d) {
      const choices: (string | number)[][] = REQUIRED_TOP.map((k) => [k]);
      for (const [list, field] of [
        ["quotes", "speaker"],
        ["quotes", "text"],
        ["participants", "name"],
        ["sources", "title"],
        ["next_steps", "text"],
      ] as const) {
        const items = d.obj[list];
        if (Array.isArray(items) && items.length)
          choices.push([list, d.r.int(0, items.length - 1), field]);
      }
      deleteAt(d.obj, d.r.pick(choices));
      return "invalid";
    },
  },
  {
    name: "missing-optional",
    stage: "object",
    weight: 3,
    apply(d) {
      delete d.obj[d.r.pick(OPTIONAL_TOP)];
      return "valid";
    },
  },
  {
    name: "huge-string",
    stage: "object",
    weight: 2,
    apply(d) {
      // mostly under the 1 MB limit; a few over it (the checker refuses those by size)
      const size = d.r.chance(0.2)
        ? d.r.int(MAX_BYTES, MAX_BYTES + 200_000)
        : d.r.int(10_000, 600_000);
      const word = `${d.r.pick(["lorem", "Stoltenberg", "переговоры", "😀", "a"])} `;
      setAt(d.obj, pickText(d), word.repeat(Math.ceil(size / word.length)).slice(0, size));
      return "valid";
    },
  },
  {
    name: "many-items",
    stage: "object",
    weight: 2,
    apply(d) {
      const n = d.r.int(100, 20_000);
      d.obj[d.r.pick(["outcomes", "points", "background", "tags"])] = Array.from(
        { length: n },
        (_, i) => `item ${i}`,
      );
      return "valid";
    },
  },
  {
    name: "control-chars",
    stage: "object",
    weight: 6,
    apply(d) {
      const path = pickText(d);
      let text = String(getAt(d.obj, path));
      for (let i = d.r.int(1, 6); i > 0; i--) text = insertAt(text, d.r.pick(CONTROL), d.r);
      setAt(d.obj, path, `${text}x`);
      return "valid";
    },
  },
  {
    name: "unicode-and-links",
    stage: "object",
    weight: 5,
    apply(d) {
      const path = pickText(d);
      const pieces = [...EMOJI, ...SCRIPTS, ...MENTIONS, ...LINKS];
      let text = String(getAt(d.obj, path));
      for (let i = d.r.int(1, 4); i > 0; i--) text = insertAt(text, ` ${d.r.pick(pieces)} `, d.r);
      setAt(d.obj, path, `${text}x`);
      return "valid";
    },
  },
  {
    name: "hostile-text",
    stage: "object",
    weight: 3,
    apply(d) {
      setAt(d.obj, pickText(d), `x ${hostilePhrase(d.r, d.r.int(1, 30))}`);
      return "valid";
    },
  },
  {
    name: "deep-nesting",
    stage: "object",
    weight: 3,
    apply(d) {
      setAt(d.obj, d.r.pick(allPaths(d.obj)), nested(d.r.int(2, 300)));
      return "invalid";
    },
  },
  {
    name: "duplicate-id",
    stage: "object",
    weight: 3,
    apply(d) {
      if (!d.earlierIds.length) return "skip";
      d.obj.id = d.r.pick(d.earlierIds);
      return "valid"; // the checker decides which copy is served
    },
  },
  {
    name: "bad-date",
    stage: "object",
    weight: 5,
    apply(d) {
      const choice = d.r.int(0, 3);
      if (choice === 0) d.obj.date = d.r.pick(BAD_DATES);
      else if (choice === 1) d.obj.end_date = d.r.pick(BAD_DATES);
      else if (choice === 2)
        d.obj.end_date = "1999-01-01"; // before the date
      else {
        const steps = Array.isArray(d.obj.next_steps) ? d.obj.next_steps : [];
        d.obj.next_steps = [...steps, { text: "meet again", date: d.r.pick(BAD_DATES) }];
      }
      return "invalid";
    },
  },
  {
    name: "bad-id",
    stage: "object",
    weight: 2,
    apply(d) {
      d.obj.id = d.r.pick(BAD_IDS);
      return "invalid";
    },
  },
  {
    name: "no-id",
    stage: "object",
    weight: 2,
    apply(d) {
      delete d.obj.id;
      return "valid"; // the checker decides from the file name
    },
  },
  {
    name: "unknown-field",
    stage: "object",
    weight: 3,
    apply(d) {
      const target = d.r.chance(0.5)
        ? d.obj
        : (d.r.pick(
            allPaths(d.obj)
              .map((p) => getAt(d.obj, p))
              .filter((v) => v && typeof v === "object" && !Array.isArray(v))
              .concat([d.obj]),
          ) as Obj);
      target[
        d.r.pick([
          "titel",
          "sumary",
          "speakr",
          "__proto__x",
          "constructor",
          "<<",
          "toString",
          "日付",
        ])
      ] = "x";
      return "invalid";
    },
  },
  {
    name: "blank-text",
    stage: "object",
    weight: 2,
    apply(d) {
      setAt(d.obj, pickText(d), d.r.pick(["", "   ", "\t", "\u3000"]));
      return "invalid";
    },
  },
  {
    name: "bad-url",
    stage: "object",
    weight: 2,
    apply(d) {
      const sources = d.obj.sources;
      if (!Array.isArray(sources) || !sources.length || typeof sources[0] !== "object")
        return "skip";
      const source = sources[0] as Obj;
      source.url = d.r.pick([
        "javascript:alert(1)",
        "file:///etc/passwd",
        "not a url",
        "ftp://x.example",
        "//evil.example",
      ]);
      return "invalid";
    },
  },
  {
    name: "shared-anchor",
    stage: "object",
    weight: 3,
    apply(d) {
      // the same list in two places: the YAML has an anchor and an alias, and is valid
      const shared = ["shared item one", "shared item two"];
      d.obj.points = shared;
      d.obj.background = shared;
      return "valid";
    },
  },
  // --- text level: the YAML itself ---
  {
    name: "alias-bomb",
    stage: "text",
    weight: 2,
    apply(d) {
      const levels = d.r.int(4, 9);
      const lines = ['a0: &a0 ["lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol"]'];
      for (let i = 1; i <= levels; i++) {
        lines.push(`a${i}: &a${i} [${Array.from({ length: 9 }, () => `*a${i - 1}`).join(", ")}]`);
      }
      d.text = `${lines.join("\n")}\n${d.text}`;
      return "invalid";
    },
  },
  {
    name: "undefined-alias",
    stage: "text",
    weight: 1,
    apply(d) {
      d.text = d.text.replace(/^summary:/m, "summary: *nowhere\nsummary_:");
      return "invalid";
    },
  },
  {
    name: "duplicate-key",
    stage: "text",
    weight: 2,
    apply(d) {
      // a key the file already has (a mutation before may have removed the title)
      const key = /^([a-z_]+):/m.exec(d.text)?.[1];
      if (!key) return "skip";
      d.text = `${d.text}\n${key}: again\n`;
      return "invalid";
    },
  },
  {
    name: "flow-nesting",
    stage: "text",
    weight: 2,
    apply(d) {
      const depth = d.r.chance(0.1) ? d.r.int(10_000, 100_000) : d.r.int(33, 2_000);
      const close = d.r.chance(0.8) ? "]".repeat(depth) : "";
      d.text = `${d.text}\ndeep: ${d.r.pick(["[", "{a: "]).repeat(depth)}${close}\n`;
      return "invalid";
    },
  },
  {
    name: "block-nesting",
    stage: "text",
    weight: 1,
    apply(d) {
      const depth = d.r.int(33, 400);
      const lines = ["deep:"];
      for (let i = 1; i <= depth; i++) lines.push(`${"  ".repeat(i)}k${i}:`);
      lines.push(`${"  ".repeat(depth + 1)}end`);
      d.text = `${d.text}\n${lines.join("\n")}\n`;
      return "invalid";
    },
  },
  {
    name: "tab-indent",
    stage: "text",
    weight: 1,
    apply(d) {
      const lines = d.text.split("\n");
      const indented = lines.map((l, i) => (/^ {2}\S/.test(l) ? i : -1)).filter((i) => i >= 0);
      if (!indented.length) return "skip";
      const i = d.r.pick(indented);
      lines[i] = `\t${(lines[i] as string).trimStart()}`;
      d.text = lines.join("\n");
      return "either"; // a tab inside a block scalar is text, elsewhere an error
    },
  },
  {
    name: "yaml-tags",
    stage: "text",
    weight: 2,
    apply(d) {
      const tag = d.r.pick([
        "!!binary",
        "!!js/function",
        "!custom",
        "!!set",
        "!!omap",
        "!!timestamp",
        "!!float",
        "!<tag:evil.example,2000:x>",
      ]);
      d.text = d.text.replace(/^(title|location|format):/m, `$1: ${tag}`);
      return "either";
    },
  },
  {
    name: "merge-key",
    stage: "text",
    weight: 1,
    apply(d) {
      d.text = `base: &base {title: merged}\n<<: *base\n${d.text}`;
      return "invalid";
    },
  },
  {
    name: "documents",
    stage: "text",
    weight: 1,
    apply(d) {
      d.text = d.r.chance(0.5)
        ? `${d.text}\n---\ntitle: second\n`
        : `%YAML 1.1\n---\n${d.text}\n...\n---\n`;
      return "either";
    },
  },
  {
    name: "not-a-mapping",
    stage: "text",
    weight: 2,
    apply(d) {
      d.text = d.r.pick([
        "",
        "# only a comment\n",
        "---\n",
        "~\n",
        "null\n",
        "[]\n",
        "42\n",
        "- a\n- b\n",
        '"just text"\n',
        "\n\n\n",
      ]);
      return "invalid";
    },
  },
  {
    name: "unclosed-quote",
    stage: "text",
    weight: 2,
    apply(d) {
      d.text = d.text.replace(/^(title|location|format): /m, `$1: "`);
      return "either";
    },
  },
  {
    name: "truncate",
    stage: "text",
    weight: 2,
    apply(d) {
      d.text = d.text.slice(0, d.r.int(0, d.text.length));
      return "either";
    },
  },
  {
    name: "crlf",
    stage: "text",
    weight: 2,
    apply(d) {
      d.text = d.text.replace(/\n/g, "\r\n");
      return "valid";
    },
  },
  {
    name: "cr-only",
    stage: "text",
    weight: 1,
    apply(d) {
      d.text = d.text.replace(/\n/g, "\r");
      return "valid";
    },
  },
  // --- byte level: encodings ---
  {
    name: "utf8-bom",
    stage: "bytes",
    weight: 3,
    apply(d) {
      d.bytes = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), d.bytes]);
      return "valid";
    },
  },
  {
    name: "utf16",
    stage: "bytes",
    weight: 2,
    apply(d) {
      const le = Buffer.from(d.bytes.toString("utf8"), "utf16le");
      const variant = d.r.int(0, 3);
      if (variant === 0) d.bytes = Buffer.concat([Buffer.from([0xff, 0xfe]), le]);
      else if (variant === 1) d.bytes = Buffer.concat([Buffer.from([0xfe, 0xff]), le.swap16()]);
      else if (variant === 2) d.bytes = le;
      else d.bytes = Buffer.concat([Buffer.from([0xff, 0xfe, 0, 0]), Buffer.alloc(8)]);
      return "invalid";
    },
  },
  {
    name: "invalid-utf8",
    stage: "bytes",
    weight: 4,
    apply(d) {
      const bad = d.r.pick([
        [0xff],
        [0xc3, 0x28],
        [0xc0, 0xaf],
        [0x80],
        [0xed, 0xa0, 0x80],
        [0xf4, 0x90, 0x80, 0x80],
        [0xe2, 0x82],
      ]);
      const at = d.r.int(0, d.bytes.length);
      d.bytes = Buffer.concat([d.bytes.subarray(0, at), Buffer.from(bad), d.bytes.subarray(at)]);
      return "invalid";
    },
  },
  {
    name: "latin1",
    stage: "bytes",
    weight: 2,
    apply(d) {
      d.bytes = Buffer.from(`${d.bytes.toString("utf8")}\n# Genève, déjà vu\n`, "latin1");
      return "invalid";
    },
  },
  {
    name: "nul-byte",
    stage: "bytes",
    weight: 2,
    apply(d) {
      const at = d.r.int(0, d.bytes.length);
      d.bytes = Buffer.concat([d.bytes.subarray(0, at), Buffer.from([0]), d.bytes.subarray(at)]);
      return "invalid";
    },
  },
  {
    name: "byte-flips",
    stage: "bytes",
    weight: 4,
    apply(d) {
      const copy = Buffer.from(d.bytes);
      for (let i = d.r.int(1, 20); i > 0 && copy.length; i--)
        copy[d.r.int(0, copy.length - 1)] = d.r.int(0, 255);
      d.bytes = copy;
      return "either";
    },
  },
];

const VALID_FIRST = new Set([
  "missing-optional",
  "huge-string",
  "many-items",
  "control-chars",
  "unicode-and-links",
  "hostile-text",
  "duplicate-id",
  "no-id",
  "shared-anchor",
]);

const TOTAL_WEIGHT = MUTATIONS.reduce((s, m) => s + m.weight, 0);

function pickMutation(r: Random): Mutation {
  let x = r.next() * TOTAL_WEIGHT;
  for (const m of MUTATIONS) {
    x -= m.weight;
    if (x < 0) return m;
  }
  return MUTATIONS[MUTATIONS.length - 1] as Mutation;
}

/** Combines the effects of several mutations on one file. */
function combine(a: Expectation, b: Expectation): Expectation {
  if (a === "invalid" || b === "invalid") return "invalid";
  if (a === "either" || b === "either") return "either";
  return "valid";
}

/** A file name for file `index`: mostly plain, sometimes odd; ignored names are not briefings. */
function fileName(
  index: number,
  r: Random,
): { name: string | Buffer; ignored: boolean; refused?: boolean } {
  const base = `f${index}`;
  switch (r.chance(0.7) ? -1 : r.int(0, 14)) {
    case 0:
      return { name: `${base}.yml`, ignored: false };
    case 1:
      return { name: `${base}.YAML`, ignored: false };
    case 2:
      return { name: `${base} with spaces.yaml`, ignored: false };
    case 3:
      return { name: `${base}-переговоры-😀.yaml`, ignored: false };
    case 4:
      return { name: `${base}\nline.yaml`, ignored: false };
    case 5:
      return { name: `${base}\u001b[31mred\u001b[0m.yaml`, ignored: false };
    case 6:
      return { name: `${base}\u202elmay.yaml`, ignored: false };
    case 7:
      return { name: `-${base}.yaml`, ignored: false };
    case 8:
      return { name: `${base}-${"x".repeat(240 - base.length)}.yaml`, ignored: false };
    case 9:
      return { name: `.${base}.yaml`, ignored: true };
    case 10:
      return { name: `${base}.yaml.bak`, ignored: true };
    case 11:
      return { name: `${base}.txt`, ignored: true };
    case 12:
      return { name: `${base}.yaml~`, ignored: true };
    case 13:
      // a name that is not valid UTF-8 (Linux allows any bytes but "/" and NUL)
      return {
        name: Buffer.concat([
          Buffer.from(`${base}-`),
          Buffer.from([0xff, 0xfe]),
          Buffer.from(".yaml"),
        ]),
        ignored: false,
        refused: true,
      };
    case 14:
      return { name: `${base}\tx\u0007.yaml`, ignored: false };
    default:
      return { name: `${base}.yaml`, ignored: false };
  }
}

/** The seed briefings, parsed once. */
export function loadSeeds(): Obj[] {
  return SEED_FILES.map((f) => parse(readFileSync(join(root, f), "utf8")) as Obj);
}

/** Generates file `index` from a seed with 1–3 random mutations. */
export function generateFile(
  index: number,
  seeds: readonly Obj[],
  r: Random,
  earlierIds: readonly string[],
): GeneratedFile {
  const obj = structuredClone(r.pick(seeds));
  obj.id = `fz-${index}`;
  const chosen: Mutation[] = [];
  for (let n = r.int(1, 3); n > 0; n--) chosen.push(pickMutation(r));
  // Object mutations that keep a file valid go first, so that one that breaks it is never undone
  // (a blank title overwritten by control characters); then the text, then the bytes.
  const order = (m: Mutation) =>
    ["object", "text", "bytes"].indexOf(m.stage) * 2 + (VALID_FIRST.has(m.name) ? 0 : 1);
  chosen.sort((a, b) => order(a) - order(b));
  const d: Draft = {
    obj,
    text: "",
    bytes: Buffer.alloc(0),
    expect: "valid",
    mutations: [],
    r,
    earlierIds,
  };
  let stage: Stage = "object";
  for (const m of chosen) {
    if (stage === "object" && m.stage !== "object") d.text = stringify(d.obj, { lineWidth: 0 });
    if (stage !== "bytes" && m.stage === "bytes")
      d.bytes = Buffer.from(stage === "object" ? d.text || stringify(d.obj) : d.text, "utf8");
    stage = m.stage === "object" ? stage : m.stage;
    const effect = m.apply(d);
    if (effect === "skip") continue;
    d.mutations.push(m.name);
    // damage of unknown effect may also undo an earlier mutation (a cut that drops a repeated key)
    d.expect = effect === "either" ? "either" : combine(d.expect, effect);
  }
  if (stage === "object") d.text = stringify(d.obj, { lineWidth: 0 });
  if (stage !== "bytes") d.bytes = Buffer.from(d.text, "utf8");

  const { name, ignored, refused } = fileName(index, r);
  const plainName = typeof name === "string" ? name : name.toString("utf8");
  let expect = d.expect;
  const id = typeof d.obj.id === "string" ? d.obj.id : undefined;
  if (expect === "valid" && id === undefined) {
    // no id: the file name is the id, and must be a slug
    if (typeof name !== "string" || !SLUG.test(plainName.replace(/\.ya?ml$/i, "")))
      expect = "invalid";
  }
  if (d.bytes.length > MAX_BYTES && expect !== "either") expect = "invalid";
  if (refused) expect = "invalid";
  if (ignored) expect = "ignored";
  return {
    name,
    bytes: d.bytes,
    expect,
    id: id ?? plainName.replace(/\.ya?ml$/i, ""),
    mutations: [
      ...d.mutations,
      ...(typeof name === "string" && name === `f${index}.yaml` ? [] : ["odd-name"]),
    ],
  };
}

/** Refusals counted by kind, from the problem's message. */
export function problemKind(p: BriefingProblem): string {
  const m = p.message;
  if (/over the .* limit for one briefing/.test(m)) return "over the size limit";
  if (/UTF-16|UTF-32|byte order mark|every other byte is zero/.test(m)) return "UTF-16/UTF-32";
  if (/invalid UTF-8/.test(m)) return "invalid UTF-8";
  if (/NUL byte/.test(m)) return "NUL byte (binary)";
  if (/billion laughs/.test(m)) return "YAML alias bomb";
  if (/nested more than/.test(m)) return "nesting too deep";
  if (/^YAML syntax error/.test(m)) return "YAML syntax error";
  if (/duplicate id/.test(m)) return "duplicate id";
  if (/^unknown field/.test(m)) return "unknown field";
  if (/^is required/.test(m) || /needs at least one source/.test(m)) return "missing field";
  if (/must not be empty/.test(m)) return "empty text";
  if (/expected a mapping of fields/.test(m)) return "not a mapping";
  if (/date|calendar day/.test(m)) return "bad date";
  if (/slug|not a valid id/.test(m)) return "bad id";
  if (/URL/.test(m)) return "bad URL";
  if (/names no participant or party/.test(m)) return "unknown speaker";
  if (/^expected /.test(m) || /, found /.test(m)) return "wrong type";
  if (/cannot read the file/.test(m)) return "unreadable";
  if (/validator failed/.test(m)) return "validator failure (internal)";
  if (/file name is not valid UTF-8/.test(m)) return "file name not UTF-8";
  if (/more problems? in this file/.test(m)) return "(further problems counted in one line)";
  return "other";
}

export interface BriefingFuzzOptions {
  seed: number;
  count: number;
  /** Files per folder (duplicate ids are checked within a folder). */
  batch?: number;
  /** A scratch folder; made and emptied by the fuzzer. */
  workDir: string;
  onProgress?: (done: number) => void;
}

export interface BriefingFuzzReport {
  files: number;
  served: number;
  refused: number;
  ignored: number;
  problems: number;
  problemsWithLine: number;
  problemsWithField: number;
  refusalsByKind: Record<string, number>;
  mutationsUsed: Record<string, number>;
  /** Longest formatted problem line, in characters. */
  longestProblem: number;
  /** Slowest folder of `batch` files through the library, and the mean time per file. */
  slowestBatchMs: number;
  meanFileMs: number;
  peakRssMB: number;
  rssGrowthMB: number;
  durationMs: number;
  failures: string[];
}

/** Generates `count` files and loads them through the real library; returns the figures and every failure. */
export async function fuzzBriefings(options: BriefingFuzzOptions): Promise<BriefingFuzzReport> {
  const started = performance.now();
  const r = new Random(options.seed);
  const seeds = loadSeeds();
  const batch = options.batch ?? 500;
  const failures: string[] = [];
  const fail = (message: string) => {
    if (failures.length < 200) failures.push(message);
  };
  const report: BriefingFuzzReport = {
    files: 0,
    served: 0,
    refused: 0,
    ignored: 0,
    problems: 0,
    problemsWithLine: 0,
    problemsWithField: 0,
    refusalsByKind: {},
    mutationsUsed: {},
    longestProblem: 0,
    slowestBatchMs: 0,
    meanFileMs: 0,
    peakRssMB: 0,
    rssGrowthMB: 0,
    durationMs: 0,
    failures,
  };
  let firstRss: number | undefined;
  let loadMs = 0;
  rmSync(options.workDir, { recursive: true, force: true });
  for (let start = 0; start < options.count; start += batch) {
    const dir = join(options.workDir, `batch-${start}`);
    const cacheDir = join(options.workDir, `cache-${start}`);
    mkdirSync(dir, { recursive: true });
    const files = new Map<string, GeneratedFile>();
    const validIds: string[] = [];
    for (let i = start; i < Math.min(options.count, start + batch); i++) {
      const file = generateFile(i, seeds, r.fork(), validIds);
      const path =
        typeof file.name === "string"
          ? join(dir, file.name)
          : Buffer.concat([Buffer.from(`${dir}/`), file.name]);
      writeFileSync(path, file.bytes);
      // the loader lists names as UTF-8 text, so that is how it names the file
      files.set(
        join(dir, typeof file.name === "string" ? file.name : file.name.toString("utf8")),
        file,
      );
      if (file.expect === "valid" && file.id) validIds.push(file.id);
      for (const m of file.mutations) report.mutationsUsed[m] = (report.mutationsUsed[m] ?? 0) + 1;
    }
    const t0 = performance.now();
    let library: BriefingLibrary | undefined;
    let again: BriefingLibrary | undefined;
    try {
      library = await BriefingLibrary.open(dir, { cacheDir });
      // a restart reads the same folder through the start-up cache: the same briefings and problems
      again = await BriefingLibrary.open(dir, { cacheDir });
    } catch (error) {
      fail(`batch ${start}: the library threw ${(error as Error)?.stack ?? String(error)}`);
      await library?.close();
      continue;
    }
    const ms = performance.now() - t0;
    loadMs += ms;
    report.slowestBatchMs = Math.max(report.slowestBatchMs, ms);
    checkBatch(files, library, fail, report);
    const same = (l: BriefingLibrary) =>
      JSON.stringify([l.briefings().map((b) => b.id), l.problems().map((p) => formatProblem(p))]);
    if (same(library) !== same(again))
      fail(`batch ${start}: a restart through the cache served or reported something else`);
    await library.close();
    await again.close();
    rmSync(dir, { recursive: true, force: true });
    rmSync(cacheDir, { recursive: true, force: true });
    const rss = process.memoryUsage().rss;
    firstRss ??= rss;
    report.rssGrowthMB = Math.max(report.rssGrowthMB, (rss - firstRss) / 2 ** 20);
    options.onProgress?.(Math.min(options.count, start + batch));
  }
  report.peakRssMB = process.resourceUsage().maxRSS / 1024;
  report.meanFileMs = report.files ? loadMs / report.files : 0;
  report.durationMs = performance.now() - started;
  return report;
}

function describe(file: GeneratedFile, path: string): string {
  return `${JSON.stringify(path)} [${file.mutations.join(", ")}]`;
}

/** Checks one folder's outcome against what each file should have produced. */
function checkBatch(
  files: Map<string, GeneratedFile>,
  library: BriefingLibrary,
  fail: (message: string) => void,
  report: BriefingFuzzReport,
): void {
  const served = new Map(library.briefings().map((b) => [b.file, b]));
  const problemsByFile = new Map<string, BriefingProblem[]>();
  for (const p of library.problems()) {
    report.problems++;
    if (p.line !== undefined) report.problemsWithLine++;
    if (p.path) report.problemsWithField++;
    const kind = problemKind(p);
    report.refusalsByKind[kind] = (report.refusalsByKind[kind] ?? 0) + 1;
    const line = formatProblem(p);
    report.longestProblem = Math.max(report.longestProblem, line.length);
    // biome-ignore lint/suspicious/noControlCharactersInRegex: looking for raw control characters
    if (/[\u0000-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/.test(line)) {
      fail(`a problem line carries a raw control character: ${JSON.stringify(line.slice(0, 200))}`);
    }
    if (/\n\s+at |\bat .*\(.*:\d+:\d+\)|node:internal/.test(p.message))
      fail(`a problem carries a stack trace: ${line.slice(0, 300)}`);
    if (line.length > 2000)
      fail(`a problem line is ${line.length} characters long: ${line.slice(0, 200)}…`);
    if (kind === "other" || kind.includes("internal"))
      fail(`a problem of no known kind: ${line.slice(0, 300)}`);
    if (!files.has(p.file))
      fail(`a problem names a file that was not written: ${line.slice(0, 300)}`);
    const list = problemsByFile.get(p.file) ?? [];
    list.push(p);
    problemsByFile.set(p.file, list);
  }
  // Duplicate ids: of the files that should be valid, the first by path is served; the rest are refused.
  const firstById = new Map<string, string>();
  for (const path of [...files.keys()].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0))) {
    const file = files.get(path) as GeneratedFile;
    const counts = file.expect === "valid" || (file.expect === "either" && served.has(path));
    if (counts && file.id && !firstById.has(file.id)) firstById.set(file.id, path);
  }
  for (const [path, file] of files) {
    report.files++;
    const isServed = served.has(path);
    const problems = problemsByFile.get(path) ?? [];
    if (isServed) report.served++;
    else if (problems.length) report.refused++;
    else report.ignored++;
    const what = describe(file, path);
    switch (file.expect) {
      case "valid": {
        const duplicate = file.id !== undefined && firstById.get(file.id) !== path;
        if (duplicate) {
          if (isServed) fail(`a second file with id ${file.id} is served: ${what}`);
          if (!problems.some((p) => /duplicate id/.test(p.message)))
            fail(`a duplicate id is not reported: ${what}`);
        } else {
          if (!isServed)
            fail(
              `a valid file is not served: ${what}: ${problems
                .map((p) => formatProblem(p))
                .join(" | ")
                .slice(0, 400)}`,
            );
          if (problems.length)
            fail(
              `a served file has problems: ${what}: ${formatProblem(problems[0] as BriefingProblem).slice(0, 300)}`,
            );
          else if (served.get(path)?.id !== file.id)
            fail(`a file is served under id ${served.get(path)?.id}, not ${file.id}: ${what}`);
        }
        break;
      }
      case "invalid":
        if (isServed) fail(`an invalid file is served: ${what}`);
        if (!problems.length) fail(`an invalid file is not reported: ${what}`);
        break;
      case "either":
        if (!isServed && !problems.length) fail(`a file is neither served nor reported: ${what}`);
        if (isServed && problems.length) fail(`a served file has problems: ${what}`);
        break;
      case "ignored":
        if (isServed || problems.length)
          fail(`a file that is not a briefing by its name was read: ${what}`);
        break;
    }
  }
}
