import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  resolve: { alias: { '@': fileURLToPath(new URL('.', import.meta.url)) } },
  test: {
    // Playwright specs live under tests/browser and must not be collected here.
    include: ['tests/**/*.test.ts'],
    pool: 'threads',
    maxWorkers: 2,
  },
});
