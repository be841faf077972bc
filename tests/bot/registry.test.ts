// The command registry is the one place a command is spelt: the router, help, usage replies,
// Discord's /brief, Slack's usage hint and the console read it; no other module writes a name.
import { readFileSync } from "node:fs";
import { join, relative } from "node:path";
import ts from "typescript";
import { describe, expect, it } from "vitest";
import { argumentsLine, COMMANDS } from "../../src/bot/index.ts";
import { root, sourceFiles } from "../architecture/imports.ts";

/** Names of properties and fields that hold the chat vocabulary's kinds (Reply.kind, effect types). */
const DISCRIMINANTS = new Set(["kind", "type"]);

function isDiscriminant(node: ts.Node): boolean {
  const parent = node.parent;
  if (ts.isPropertyAssignment(parent) && ts.isIdentifier(parent.name)) {
    return DISCRIMINANTS.has(parent.name.text);
  }
  if (ts.isBinaryExpression(parent)) {
    const other = parent.left === node ? parent.right : parent.left;
    return ts.isPropertyAccessExpression(other) && DISCRIMINANTS.has(other.name.text);
  }
  return false;
}

/** Whether a literal names a module or sits in a type (`kind: "list" | "pins"`): not a name written. */
function isModuleOrType(node: ts.Node): boolean {
  const parent = node.parent;
  return (
    ts.isLiteralTypeNode(parent) ||
    ts.isImportDeclaration(parent) ||
    ts.isExportDeclaration(parent) ||
    (ts.isCallExpression(parent) && parent.expression.kind === ts.SyntaxKind.ImportKeyword)
  );
}

/**
 * The places a source text writes a command name: a string equal to it, or text that shows it
 * typed (`/help`, `/brief show ID`), in strings, templates and regular expressions.
 */
function commandNamesWritten(
  fileName: string,
  text: string,
  names: readonly string[],
): { line: number; name: string; literal: string }[] {
  const source = ts.createSourceFile(fileName, text, ts.ScriptTarget.ES2022, true);
  const found: { line: number; name: string; literal: string }[] = [];
  const visit = (node: ts.Node) => {
    if (
      (ts.isStringLiteral(node) ||
        ts.isNoSubstitutionTemplateLiteral(node) ||
        ts.isTemplateLiteralToken(node) ||
        ts.isRegularExpressionLiteral(node)) &&
      !isModuleOrType(node) &&
      !isDiscriminant(node)
    ) {
      for (const name of names) {
        const typed = new RegExp(`/(brief )?${name}(?![\\w-])`, "i");
        if (node.text.toLowerCase() === name || typed.test(node.text)) {
          const line = source.getLineAndCharacterOfPosition(node.getStart()).line + 1;
          found.push({ line, name, literal: node.getText() });
        }
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

describe("the command registry", () => {
  const names = COMMANDS.flatMap((c) => [c.name, ...(c.aliases ?? [])]);

  it("is the only place a command's name is written", () => {
    // The engine and the draft know no chat commands: their own words ("list" questions, the verb
    // "ask") are theirs. Every part that speaks chat is read, except the registry's entries.
    const areas = ["src/bot", "src/chat", "src/daily", "src/schedule", "src/store", "adapters"];
    const offenders = areas
      .flatMap((area) => sourceFiles(join(root, area)))
      .map((file) => relative(root, file))
      .filter((file) => !file.startsWith("src/bot/commands/"))
      .flatMap((file) =>
        commandNamesWritten(file, readFileSync(join(root, file), "utf8"), names).map(
          (hit) => `${file}:${hit.line} writes ${hit.name} in ${hit.literal}`,
        ),
      );
    expect(offenders).toEqual([]);
  });

  it("finds a name written as a string, as typed in a text, or in a regular expression", () => {
    const text = [
      'if (name === "pin") {}',
      // biome-ignore lint/suspicious/noTemplateCurlyInString: source text with a template in it
      "const hint = `Try /brief show ${id}`;",
      "const isHelp = /^\\/help$/i;",
      'const reply = { kind: "list", effects: [{ type: "pin" }] };',
      'import { x } from "./list.ts";',
      'type Kind = "pins";',
      'const other = "pinned";',
    ].join("\n");
    const hits = commandNamesWritten("example.ts", text, ["pin", "show", "help", "list", "pins"]);
    expect(hits.map((h) => `${h.line} ${h.name}`)).toEqual(["1 pin", "2 show", "3 help"]);
  });

  it("has one entry per name, with short descriptions and usage in capitals", () => {
    expect(new Set(names).size).toBe(names.length);
    for (const command of COMMANDS) {
      expect(command.name).toMatch(/^[a-z]+$/);
      expect(command.description.length).toBeLessThanOrEqual(100);
      expect(command.example.split(" ")[0]).toBe(command.name);
      expect(argumentsLine(command)).toMatch(/^[A-Z:[\] ]*$/);
    }
  });

  it("marks the commands that change a channel for everyone, and keeps help and gaps to the asker", () => {
    const changing = COMMANDS.filter((c) => c.changesChannel).map((c) => c.name);
    expect(changing).toEqual(["pin", "unpin", "subscribe", "unsubscribe"]);
    expect(COMMANDS.filter((c) => c.private).map((c) => c.name)).toEqual(["gaps", "help"]);
  });
});
