import { defineConfig } from 'vitest/config';

/**
 * `npm run test:pdf`: tests on the PDF already built into dist/ (npm run build), and of the
 * PDF step itself on tiny sites in Chromium (pdf-step.test.ts). Kept apart from the unit
 * tests, which must not need a browser or a build.
 */
export default defineConfig({
  test: {
    include: ['tests/pdf/**/*.test.ts'],
    testTimeout: 120_000,
    hookTimeout: 120_000,
  },
});
