import { defineConfig } from 'vitest/config';

// Unit tests (pure code in src/) and content tests (the checker on fixtures, the real corpus).
export default defineConfig({
  test: {
    include: ['tests/unit/**/*.test.ts', 'tests/content/**/*.test.ts'],
    testTimeout: 120_000,
  },
});
