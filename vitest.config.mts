import { defineConfig } from 'vitest/config';
import { fileURLToPath } from 'node:url';

export default defineConfig({
  resolve: {
    alias: {
      '@': fileURLToPath(new URL('./', import.meta.url)),
      // Unit tests import server code directly, as a server would: outside React's server
      // build the marker throws by design, so it is an empty module here.
      'server-only': fileURLToPath(new URL('./node_modules/server-only/empty.js', import.meta.url)),
    },
  },
  test: {
    include: ['**/*.test.ts'],
    exclude: ['node_modules/**', 'e2e/**', '.next/**'],
    // Generating every path of the tree takes seconds on a busy machine: a limit, not a goal.
    testTimeout: 60_000,
    // TEST_DATABASE_URL, or a throwaway PostgreSQL server for the insights tests.
    globalSetup: ['scripts/test-postgres.mjs'],
  },
});
