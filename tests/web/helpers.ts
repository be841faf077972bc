// The web view over real briefings: a briefings folder in a temporary directory (the shipped
// briefing, the fixtures, a hostile one and, on request, a broken file), the live library and the
// real engine.
import { copyFile, mkdtemp, readdir, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { BriefingLibrary } from "../../src/briefing/index.ts";
import { createEngine, type Engine } from "../../src/engine/index.ts";

const root = join(import.meta.dirname, "..", "..");

export const NATO = "2022-01-12-nato-russia-council";
export const HOSTILE = "2022-01-11-hostile-web";
export const TOKEN = "web-test-token-0123456789";

/** A briefing whose every text is HTML that would run or inject an element if not escaped. */
export const HOSTILE_YAML = `id: ${HOSTILE}
title: "Talks <script>window.__pwned = 'title'</script> & <b id=injected>bold</b>"
date: 2022-01-11
location: "<img src=x onerror=\\"window.__pwned = 'location'\\">Geneva"
format: "Hostile <i>Format</i>"
summary: "Delegates wrote </p><script>window.__pwned = 'summary'</script><p id=injected>injected</p> and \\"quotes\\" & 'apostrophes'."
participants:
  - name: "Envoy <svg onload=\\"window.__pwned = 'speaker'\\"></svg>"
    role: "<style>body{display:none}</style>Head of delegation"
quotes:
  - speaker: "Envoy <svg onload=\\"window.__pwned = 'speaker'\\"></svg>"
    text: "We will <iframe src=javascript:alert(1)></iframe> not back down."
sources:
  - title: "Report <a href=javascript:alert(1)>click</a>"
    url: "https://example.org/a?b=1&c=2"
`;

/** A file that fails validation on its third line. */
export const BROKEN_YAML = `title: A briefing with a bad date
summary: The date below is not a date.
date: 12 January 2022
sources:
  - title: Wire
`;

export interface WebFixture {
  dir: string;
  library: BriefingLibrary;
  engine: Engine;
  close(): Promise<void>;
}

/** Loads the briefings folder the tests build; `broken` adds the invalid file. */
export async function webFixture(options: { broken?: boolean } = {}): Promise<WebFixture> {
  const dir = await mkdtemp(join(tmpdir(), "briefbot-web-"));
  await copyFile(join(root, "briefings", `${NATO}.yaml`), join(dir, `${NATO}.yaml`));
  const fixtures = join(root, "tests", "fixtures", "briefings");
  for (const file of await readdir(fixtures)) {
    if (file.endsWith(".yaml")) await copyFile(join(fixtures, file), join(dir, file));
  }
  await writeFile(join(dir, `${HOSTILE}.yaml`), HOSTILE_YAML);
  if (options.broken) await writeFile(join(dir, "broken-date.yaml"), BROKEN_YAML);
  const library = await BriefingLibrary.open(dir);
  const engine = createEngine(library.briefings());
  return {
    dir,
    library,
    engine,
    async close() {
      await library.close();
      await rm(dir, { recursive: true, force: true });
    },
  };
}
