// SPDX-FileCopyrightText: 2026 KommunalNetz Hub contributors
//
// SPDX-License-Identifier: EUPL-1.2

// Tests run on real PostgreSQL: the server in DATABASE_URL when set, else an embedded one that
// testing/global-setup.ts starts. Each test file gets a database of its own.
/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: 'node',
  transform: { '^.+\\.ts$': ['ts-jest', { tsconfig: 'tsconfig.jest.json' }] },
  testMatch: ['<rootDir>/{gateway,services,common,scripts,client}/**/tests/**/*.test.ts'],
  // The client package (client/) is an ES module: its relative imports end in .js, which name the
  // .ts files here (as TypeScript's nodenext resolution does).
  moduleNameMapper: { '^(\\.{1,2}/.*)\\.js$': '$1' },
  setupFiles: ['reflect-metadata'],
  globalSetup: '<rootDir>/testing/global-setup.ts',
  globalTeardown: '<rootDir>/testing/global-teardown.ts',
  testTimeout: 60_000,
  maxWorkers: 2,
};
