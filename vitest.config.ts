import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // Tests build real git repositories and run real tools: generous per-test limits.
    testTimeout: 60_000,
    hookTimeout: 240_000,
  },
});
