import { availableParallelism } from 'node:os';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    testTimeout: 30_000,
    hookTimeout: 60_000,
    pool: 'forks',
    // Vitest's default leaves one core to the main process, which is one worker on the 2-core CI
    // machine; the main process is idle while tests run, so use every core (8 min -> 5.5 min there).
    maxWorkers: availableParallelism(),
  },
});
