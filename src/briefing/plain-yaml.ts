// A fast reader for the plain YAML that briefing files are written in: block mappings and
// sequences, plain scalars (folded over lines), one-line quoted scalars, `|` and `>` block
// scalars, one-line flow lists of plain words, and comment lines. It gives up ("unsure") on
// anything else, and on anything that is not text, so that every value it does return is exactly
// what the yaml library would make of the file. The yaml library's position-aware parse is about
// 30 times slower; it runs only when this reader is unsure or the briefing has problems, so every
// problem is still reported with its line and column (parse.ts).

/** What the reader found: the top-level mapping, and where its `id` key is written (1-based). */
export interface PlainYaml {
  value: Record<string, unknown>;
  idAt?: { line: number; column: number };
}

/** Thrown (never escapes this module) when the text needs the full YAML parser. */
const UNSURE: unique symbol = Symbol("unsure");

/** Characters this reader does not interpret: controls, tabs, CR, BOM, line separators, astral. */
const UNUSUAL = /[^\n\x20-\x7e\u00a0-\u2027\u202a-\ud7ff\ue000-\ufefe\uff00-\ufffd]/;

/** A key this reader accepts: every field name of the briefing format looks like this. */
const KEY = /^([A-Za-z_][A-Za-z0-9_-]*):(?: |$)/;

/** Plain scalars the YAML 1.2 core schema reads as null, yes/no or a number (yaml's own tests). */
const NOT_TEXT = [
  /^(?:~|[Nn]ull|NULL)?$/,
  /^(?:[Tt]rue|TRUE|[Ff]alse|FALSE)$/,
  /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/,
  /^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)[eE][-+]?[0-9]+$/,
  /^[-+]?(?:\.[0-9]+|[0-9]+\.[0-9]*)$/,
  /^0o[0-7]+$/,
  /^[-+]?[0-9]+$/,
  /^0x[0-9a-fA-F]+$/,
];

/** A plain scalar may not start with one of these (YAML indicators). */
const INDICATOR = /^[-?:,[\]{}#&*!|>'"%@`]/;

/** Deeper than a briefing ever nests (it needs 4): left to the full parser and its guard. */
const MAX_DEPTH = 16;

/**
 * The top-level mapping of `text` when it is written in the plain subset this reader knows,
 * else undefined (the caller then runs the full YAML parser).
 */
export function readPlainYaml(text: string): PlainYaml | undefined {
  if (UNUSUAL.test(text)) return undefined;
  try {
    return new Reader(text).document();
  } catch (error) {
    if (error === UNSURE) return undefined;
    throw error;
  }
}

class Reader {
  private readonly lines: string[];
  private i = 0;
  private depth = 0;
  private idAt: { line: number; column: number } | undefined;

  constructor(text: string) {
    this.lines = text.split("\n");
    for (const line of this.lines) {
      // directives and document markers (---, ...) are the full parser's business
      if (line.startsWith("---") || line.startsWith("...") || line.startsWith("%")) throw UNSURE;
    }
  }

  document(): PlainYaml {
    this.skip();
    if (this.done() || this.indent() !== 0) throw UNSURE;
    const value = this.mapping(0, true);
    this.skip();
    if (!this.done()) throw UNSURE;
    return this.idAt ? { value, idAt: this.idAt } : { value };
  }

  private done(): boolean {
    return this.i >= this.lines.length;
  }

  private line(): string {
    return this.lines[this.i] as string;
  }

  private indent(line = this.line()): number {
    let n = 0;
    while (line.charCodeAt(n) === 32) n++;
    return n;
  }

  /** Skips blank lines and comment lines. */
  private skip(): void {
    while (!this.done()) {
      const rest = trimStart(this.line());
      if (rest !== "" && !rest.startsWith("#")) return;
      this.i++;
    }
  }

  private enter(): void {
    if (++this.depth > MAX_DEPTH) throw UNSURE;
  }

  /** A block mapping whose keys are at column `n`; the current line is its first key. */
  private mapping(n: number, top = false): Record<string, unknown> {
    this.enter();
    const map: Record<string, unknown> = {};
    for (;;) {
      this.skip();
      if (this.done()) break;
      const k = this.indent();
      if (k < n) break;
      if (k > n) throw UNSURE;
      const content = this.line().slice(n);
      const match = KEY.exec(content);
      if (!match) {
        // a list at the keys' column belongs to the key before it (handled there)
        if (content === "-" || content.startsWith("- ")) break;
        throw UNSURE;
      }
      const key = match[1] as string;
      if (Object.hasOwn(map, key) || key === "__proto__") throw UNSURE;
      if (top && key === "id") this.idAt = { line: this.i + 1, column: n + 1 };
      map[key] = this.value(content.slice(key.length + 1), n, true);
    }
    this.depth--;
    return map;
  }

  /** A block sequence whose dashes are at column `d`; the current line is its first item. */
  private sequence(d: number): unknown[] {
    this.enter();
    const list: unknown[] = [];
    for (;;) {
      this.skip();
      if (this.done()) break;
      const k = this.indent();
      if (k < d) break;
      if (k > d) throw UNSURE;
      const line = this.line();
      const content = line.slice(d);
      if (content !== "-" && !content.startsWith("- ")) break;
      const after = content.slice(1);
      const rest = trimStart(after);
      const column = d + 1 + (after.length - rest.length);
      if (rest.startsWith("- ") || rest === "-") throw UNSURE;
      if (KEY.test(rest)) {
        // `- name: …`: a mapping whose keys are at the column after the dash
        this.lines[this.i] = `${line.slice(0, d)} ${line.slice(d + 1)}`;
        list.push(this.mapping(column));
      } else {
        list.push(this.value(after, d, false));
      }
    }
    this.depth--;
    return list;
  }

  /**
   * The value that `text` (the rest of the current line) starts: after the colon of a key of a
   * mapping at column `n` (`inMapping`), or after a dash at column `n`.
   */
  private value(text: string, n: number, inMapping: boolean): unknown {
    const rest = trimStart(text);
    if (rest === "" || rest.startsWith("#")) {
      if (rest !== "" && text === rest) throw UNSURE; // `key:#…` is not a comment
      this.i++;
      this.skip();
      if (this.done()) throw UNSURE; // an empty value is null
      const k = this.indent();
      const content = this.line().slice(k);
      const dash = content === "-" || content.startsWith("- ");
      if (k > n) return dash ? this.sequence(k) : this.mapping(k);
      if (k === n && dash && inMapping) return this.sequence(k);
      throw UNSURE;
    }
    const first = rest.charAt(0);
    if (first === '"') return this.doubleQuoted(rest);
    if (first === "'") return this.singleQuoted(rest);
    if (first === "|" || first === ">") return this.blockScalar(rest, n);
    if (first === "[") return this.flowList(rest);
    return this.plain(rest, n);
  }

  /** A plain scalar starting with `text`, continued on lines indented more than `n`. */
  private plain(text: string, n: number): string {
    let value = checkedPlain(trimEnd(text));
    this.i++;
    let blanks = 0;
    while (!this.done()) {
      const line = this.line();
      const rest = trimStart(trimEnd(line));
      if (rest === "") {
        blanks++;
        this.i++;
        continue;
      }
      if (this.indent(line) <= n) break;
      if (rest.startsWith("#") || rest === "-" || rest.startsWith("- ")) throw UNSURE;
      value += blanks > 0 ? "\n".repeat(blanks) : " ";
      value += checkedPlain(rest);
      blanks = 0;
      this.i++;
    }
    // trailing blank lines are not part of the scalar; leave them to skip()
    this.i -= blanks;
    for (const test of NOT_TEXT) if (test.test(value)) throw UNSURE;
    return value;
  }

  private doubleQuoted(text: string): string {
    let out = "";
    let k = 1;
    for (;;) {
      const quote = text.indexOf('"', k);
      const slash = text.indexOf("\\", k);
      if (quote < 0) throw UNSURE; // continues on the next line
      if (slash < 0 || quote < slash) {
        out += text.slice(k, quote);
        k = quote + 1;
        break;
      }
      out += text.slice(k, slash);
      const letter = text.charAt(slash + 1);
      const simple = ESCAPES[letter];
      if (simple !== undefined) {
        out += simple;
        k = slash + 2;
      } else if (letter === "u" && /^[0-9a-fA-F]{4}$/.test(text.slice(slash + 2, slash + 6))) {
        const code = Number.parseInt(text.slice(slash + 2, slash + 6), 16);
        if (code >= 0xd800 && code <= 0xdfff) throw UNSURE;
        out += String.fromCharCode(code);
        k = slash + 6;
      } else {
        throw UNSURE;
      }
    }
    this.endOfScalar(text.slice(k));
    return out;
  }

  private singleQuoted(text: string): string {
    let out = "";
    let k = 1;
    for (;;) {
      const quote = text.indexOf("'", k);
      if (quote < 0) throw UNSURE;
      out += text.slice(k, quote);
      if (text.charAt(quote + 1) === "'") {
        out += "'";
        k = quote + 2;
      } else {
        k = quote + 1;
        break;
      }
    }
    this.endOfScalar(text.slice(k));
    return out;
  }

  /** After a quoted scalar or a flow list: nothing but spaces may follow on its line. */
  private endOfScalar(after: string): void {
    if (trimStart(after) !== "") throw UNSURE;
    this.i++;
  }

  /** `[a, b, c]` on one line, of plain words only. */
  private flowList(text: string): string[] {
    const end = text.lastIndexOf("]");
    if (end < 0) throw UNSURE;
    this.endOfScalar(text.slice(end + 1));
    const inner = text.slice(1, end);
    if (/[[\]{}"'#]/.test(inner)) throw UNSURE;
    if (trimStart(inner) === "") return [];
    return inner.split(",").map((item) => {
      const word = trimStart(trimEnd(item));
      if (word === "" || /: |:$|^[?:-]/.test(word)) throw UNSURE;
      const value = checkedPlain(word);
      for (const test of NOT_TEXT) if (test.test(value)) throw UNSURE;
      return value;
    });
  }

  /** `|` (literal) or `>` (folded), with `-` (strip) or no chomping indicator. */
  private blockScalar(header: string, n: number): string {
    const match = /^([|>])(-?)$/.exec(trimEnd(header));
    if (!match) throw UNSURE;
    const [, style, chomp] = match;
    this.i++;
    const start = this.i;
    if (this.done() || trimStart(this.line()) === "") throw UNSURE; // leading blank lines
    const m = this.indent();
    if (m <= n) throw UNSURE; // empty
    const body: string[] = [];
    while (!this.done()) {
      const line = this.line();
      if (trimStart(line) === "") {
        if (line.length > m) throw UNSURE; // spaces past the indentation are content
        body.push("");
      } else {
        const k = this.indent(line);
        if (k < m) break;
        if (k > m && style === ">") throw UNSURE; // more-indented lines fold differently
        body.push(line.slice(m));
      }
      this.i++;
    }
    let trailing = 0;
    while (body.length > 0 && body[body.length - 1] === "") {
      body.pop();
      trailing++;
    }
    this.i -= trailing;
    if (body.length === 0 || this.i === start) throw UNSURE;
    let value: string;
    if (style === "|") value = body.join("\n");
    else {
      value = "";
      let blanks = 0;
      for (const [index, line] of body.entries()) {
        if (line === "") {
          blanks++;
          continue;
        }
        if (index > 0) value += blanks > 0 ? "\n".repeat(blanks) : " ";
        value += line;
        blanks = 0;
      }
    }
    return chomp === "-" ? value : `${value}\n`;
  }
}

/** The escapes of a double-quoted scalar this reader decodes (others: the full parser). */
const ESCAPES: Record<string, string> = {
  "\\": "\\",
  '"': '"',
  "/": "/",
  n: "\n",
  t: "\t",
  r: "\r",
  "0": "\0",
};

/**
 * One line of a plain scalar, or unsure: a line with `: ` or ` #` (a key or a comment), or one
 * that starts with a YAML indicator (some may begin a continuation line, none is needed here).
 */
function checkedPlain(text: string): string {
  if (text.includes(": ") || text.endsWith(":") || text.includes(" #")) throw UNSURE;
  if (INDICATOR.test(text)) throw UNSURE;
  return text;
}

// YAML's white space is the space (tabs never reach here); String.trim would also take Unicode
// spaces such as U+00A0, which YAML keeps as text.
function trimStart(text: string): string {
  let k = 0;
  while (text.charCodeAt(k) === 32) k++;
  return k === 0 ? text : text.slice(k);
}

function trimEnd(text: string): string {
  let k = text.length;
  while (k > 0 && text.charCodeAt(k - 1) === 32) k--;
  return k === text.length ? text : text.slice(0, k);
}
