// Starts api/src/main.ts from the TypeScript sources (compiled on the fly, without a
// type check), so that the process tests never depend on a dist/ others rebuild.
const { join } = require('node:path');

const root = join(__dirname, '..', '..', '..');
require('tsconfig-paths').register({
  baseUrl: root,
  paths: { '@ws/domain': ['libs/domain/src/index.ts'] },
});
require('ts-node').register({
  project: join(root, 'api', 'tsconfig.app.json'),
  transpileOnly: true,
});
require(join(root, 'api', 'src', 'main.ts'));
