// Tests run on real PostgreSQL: the server in DATABASE_URL when set, else an embedded one that
// testing/global-setup.ts starts. Each test file gets a database of its own.
/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: 'node',
  transform: { '^.+\\.ts$': ['ts-jest', { tsconfig: 'tsconfig.jest.json' }] },
  testMatch: ['<rootDir>/{gateway,services,common,scripts}/**/tests/**/*.test.ts'],
  setupFiles: ['reflect-metadata'],
  globalSetup: '<rootDir>/testing/global-setup.ts',
  globalTeardown: '<rootDir>/testing/global-teardown.ts',
  testTimeout: 60_000,
  maxWorkers: 2,
};
