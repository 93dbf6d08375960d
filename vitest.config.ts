import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  resolve: { alias: { '@': fileURLToPath(new URL('.', import.meta.url)) } },
  test: {
    // Playwright specs live under tests/browser and must not be collected here.
    include: ['tests/**/*.test.ts'],
    pool: 'threads',
    maxWorkers: 2,
    // The first test of a file pays for importing the parser and reading content/; on a busy
    // two-core machine that alone can pass the default 5 s.
    testTimeout: 20_000,
  },
});
