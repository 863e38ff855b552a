// SPDX-FileCopyrightText: 2026 KommunalNetz Hub contributors
//
// SPDX-License-Identifier: EUPL-1.2

// Lint rules: typescript-eslint's recommended set; formatting is Prettier's job (npm run lint runs both).
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['dist/', 'client/dist/', 'node_modules/', '.data/', 'schema/', 'coverage/', 'test-results/', '**/generated/'] },
  ...tseslint.configs.recommended,
  {
    rules: {
      // Tests and GraphQL answers are checked as loosely typed JSON on purpose.
      '@typescript-eslint/no-explicit-any': 'off',
      // Class types are passed around as constructors (TypeORM entities, type-graphql resolvers).
      '@typescript-eslint/no-unsafe-function-type': 'off',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['**/*.js'],
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
);
