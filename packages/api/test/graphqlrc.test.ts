// The root .graphqlrc.yml, read by graphql-config itself (what editor extensions load): its schema and documents exist and validate.
import { fileURLToPath } from 'node:url';
import { concatAST, validate } from 'graphql';
import { CodeFileLoader } from '@graphql-tools/code-file-loader';
import { loadConfig, type GraphQLExtensionDeclaration } from 'graphql-config';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../../../', import.meta.url));

// Editor extensions read graphql() calls in .ts files with this loader (graphql-config and it come with @graphql-codegen/cli).
const codeFiles: GraphQLExtensionDeclaration = (api) => {
  api.loaders.documents.register(new CodeFileLoader());
  return { name: 'code-files' };
};

describe('.graphqlrc.yml', () => {
  it('names the committed schema and operations that validate against it', async () => {
    const config = await loadConfig({ rootDir: root, throwOnMissing: true, throwOnEmpty: true, extensions: [codeFiles] });
    expect(Object.keys(config!.projects).sort()).toEqual(['api', 'web']);
    for (const project of Object.values(config!.projects)) {
      const schema = await project.getSchema();
      const documents = await project.getDocuments();
      expect(schema.getQueryType()?.getFields().policies, project.name).toBeDefined();
      expect(documents.length, project.name).toBeGreaterThan(0);
      // Fragments live in one file and are spread in another: validate the project's documents together.
      const all = concatAST(documents.flatMap((d) => (d.document ? [d.document] : [])));
      expect(validate(schema, all).map((e) => e.message), project.name).toEqual([]);
    }
  });
});
