import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["tests/**/*.test.ts"],
    // A throwaway PostgreSQL cluster for the PostgreSQL store tests (see the file).
    globalSetup: ["tests/helpers/postgres-cluster.ts"],
    testTimeout: 20_000,
    hookTimeout: 20_000,
    // A spawned `briefbot` runs the sources, never a dist/ build that may predate them
    // (adapters/cli/bin.js); tests/cli/build.test.ts checks the build itself. Not named
    // BRIEFBOT_…: the tests drop those from a child's environment to keep settings out.
    env: { RUN_BRIEFBOT_FROM_SOURCE: "1" },
  },
});
