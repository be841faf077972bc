import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["tests/**/*.test.ts"],
    // A throwaway PostgreSQL cluster for the PostgreSQL store tests (see the file).
    globalSetup: ["tests/helpers/postgres-cluster.ts"],
    testTimeout: 20_000,
    hookTimeout: 20_000,
  },
});
