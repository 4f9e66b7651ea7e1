// The reliability suite: real processes SIGKILLed against a PostgreSQL server (npm run test:reliability).
import base from '../../jest.config.js';

if (!process.env.DATABASE_URL) {
  console.error(
    'test:reliability needs a PostgreSQL server: set DATABASE_URL, e.g.\n' +
      '  DATABASE_URL=postgres://postgres@127.0.0.1:5432/postgres npm run test:reliability\n' +
      'Each test creates its own databases on that server and drops them afterwards.',
  );
  process.exit(2);
}

/** @type {import('jest').Config} */
export default {
  ...base,
  rootDir: '../..',
  roots: ['<rootDir>/test/reliability'],
  testMatch: ['**/*.reliability-spec.ts'],
  testTimeout: 240_000,
  // The scenarios time their kills against real processes: one at a time, so they do not starve each other.
  maxWorkers: 1,
};
