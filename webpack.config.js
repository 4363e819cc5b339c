// Browser bundles. `engine` is the pure core (src/core) as a library; the task pane joins it
// with the add-in issue. Sizes are printed gzipped after every build.
const path = require('path');
const zlib = require('zlib');

const { Compilation } = require('webpack');

class GzipSizePlugin {
  apply(compiler) {
    compiler.hooks.thisCompilation.tap('GzipSizePlugin', (compilation) => {
      compilation.hooks.processAssets.tap({ name: 'GzipSizePlugin', stage: Compilation.PROCESS_ASSETS_STAGE_REPORT }, (assets) => {
        for (const [name, asset] of Object.entries(assets)) {
          if (!name.endsWith('.js')) continue;
          const gz = zlib.gzipSync(asset.source(), { level: 9 }).length;
          console.log(`bundle ${name}: ${(asset.size() / 1024).toFixed(1)} KB, gzipped ${(gz / 1024).toFixed(1)} KB`);
        }
      });
    });
  }
}

module.exports = (_env, argv) => ({
  mode: argv.mode ?? 'production',
  target: 'web',
  devtool: argv.mode === 'development' ? 'source-map' : false,
  entry: { engine: './src/core/index.ts' },
  output: {
    path: path.join(__dirname, 'dist', 'web'),
    filename: '[name].js',
    library: { name: 'BudgetCheck', type: 'umd' },
    globalObject: 'globalThis',
    clean: true,
  },
  module: {
    rules: [{ test: /\.tsx?$/, loader: 'ts-loader', exclude: /node_modules/, options: { transpileOnly: true } }],
  },
  // Webpack 5 has no Node polyfills: a Node built-in reaching a browser bundle fails the build.
  resolve: { extensions: ['.ts', '.tsx', '.js'] },
  performance: { hints: false },
  stats: 'errors-warnings',
  plugins: [new GzipSizePlugin()],
});
