// graphql-codegen: typed documents for the operations in client/operations, generated against
// the public API schema (schema/api.graphql, composed by `npm run compose`). Partner portals can
// copy client/generated; the tests use it, so an operation that no longer fits breaks the build.
import type { CodegenConfig } from '@graphql-codegen/cli';

const config: CodegenConfig = {
  schema: 'schema/api.graphql',
  documents: ['client/operations/**/*.graphql'],
  generates: {
    'client/generated/': {
      preset: 'client',
      presetConfig: { fragmentMasking: false },
      config: { enumsAsTypes: true, useTypeImports: true, scalars: { LocalDate: 'string', DateTimeISO: 'string' } },
    },
  },
};

export default config;
