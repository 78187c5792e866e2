const { NxAppWebpackPlugin } = require('@nx/webpack/app-plugin');
const { join } = require('path');

// Built outside an Nx task: name the project whose build options the plugin reads.
process.env.NX_TASK_TARGET_PROJECT ??= 'api';
process.env.NX_TASK_TARGET_TARGET ??= 'build';
process.env.NODE_ENV ??= 'production';

// The server and the benchmark, built into a private folder: dist/ is rebuilt by
// anyone at any time, and the benchmark must not measure a server swapped under it.
module.exports = {
  output: {
    path: join(__dirname, '../../.bench/build'),
    clean: true,
  },
  plugins: [
    new NxAppWebpackPlugin({
      target: 'node',
      compiler: 'tsc',
      main: './src/main.ts',
      additionalEntryPoints: [
        { entryName: 'bench', entryPath: 'api/bench/bench.ts' },
        { entryName: 'bare-server', entryPath: 'api/bench/bare-server.ts' },
      ],
      tsConfig: './bench/tsconfig.json',
      outputHashing: 'none',
      optimization: false,
      sourceMap: false,
    }),
  ],
};
