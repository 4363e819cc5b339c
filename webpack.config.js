// The add-in's web part: the task pane, the ribbon's command file, the help page, icons and the
// manifest (pointed at ADDIN_URL); and the browser preview with its worker and the example. Bundle sizes are printed gzipped; the pane has a budget.
const path = require('path');
const zlib = require('zlib');
const { Compilation } = require('webpack');
const HtmlWebpackPlugin = require('html-webpack-plugin');
const CopyWebpackPlugin = require('copy-webpack-plugin');
const { addinUrl, manifestFor } = require('./scripts/manifest');

/** Gzipped budget of the task pane bundle: it must open instantly. */
const TASKPANE_BUDGET_KB = 350;

class GzipSizePlugin {
  apply(compiler) {
    compiler.hooks.thisCompilation.tap('GzipSizePlugin', (compilation) => {
      compilation.hooks.processAssets.tap({ name: 'GzipSizePlugin', stage: Compilation.PROCESS_ASSETS_STAGE_REPORT }, (assets) => {
        for (const [name, asset] of Object.entries(assets)) {
          if (!name.endsWith('.js')) continue;
          const kb = zlib.gzipSync(asset.source(), { level: 9 }).length / 1024;
          console.log(`bundle ${name}: ${(asset.size() / 1024).toFixed(1)} KB, gzipped ${kb.toFixed(1)} KB`);
          if (name === 'taskpane.js' && kb > TASKPANE_BUDGET_KB) {
            compilation.errors.push(new Error(`taskpane.js is ${kb.toFixed(1)} KB gzipped, over its ${TASKPANE_BUDGET_KB} KB budget`));
          }
        }
      });
    });
  }
}

/**
 * `npm run dev-server`: webpack's dev server over https on port 3000 (where manifest.xml points),
 * with office-addin-dev-certs' trusted localhost certificate (made and installed on first use),
 * rebuilding and reloading the pane on every change.
 */
async function devServer() {
  const devCerts = require('office-addin-dev-certs');
  return {
    port: 3000,
    static: false,
    liveReload: true,
    headers: { 'Access-Control-Allow-Origin': '*' },
    server: { type: 'https', options: await devCerts.getHttpsServerOptions() },
  };
}

module.exports = async (_env, argv) => {
  const production = (argv.mode ?? 'production') === 'production';
  const url = addinUrl();
  if (production && url.startsWith('https://localhost')) {
    console.log('manifest.xml points at https://localhost:3000; set ADDIN_URL=https://your-server/path for a deployable build');
  }
  return {
    mode: production ? 'production' : 'development',
    target: 'web',
    devtool: production ? false : 'source-map',
    entry: {
      taskpane: './src/taskpane/excel-entry.tsx',
      commands: './src/taskpane/commands.ts',
      preview: './src/preview/preview-entry.tsx',
      // The worker fetches its lazily loaded chunks (ExcelJS, for writing) with importScripts.
      'preview-worker': { import: './src/preview/worker.ts', chunkLoading: 'import-scripts' },
    },
    output: { path: path.join(__dirname, 'dist', 'web'), filename: '[name].js', clean: true },
    resolve: { extensions: ['.ts', '.tsx', '.js'] },
    module: {
      // ES modules through to webpack, so that Fluent UI and its icons are tree-shaken.
      rules: [{ test: /\.tsx?$/, loader: 'ts-loader', exclude: /node_modules/, options: { transpileOnly: true, compilerOptions: { module: 'esnext' } } }],
    },
    performance: { hints: false },
    // Terser's compression less its inlining of single-use functions, as for the command line
    // (webpack.cli.config.js says why).
    optimization: { minimize: production && { javascript: { compress: { passes: 2, reduce_funcs: false } } } },
    devServer: process.env.WEBPACK_SERVE ? await devServer() : undefined,
    stats: 'errors-warnings',
    plugins: [
      new HtmlWebpackPlugin({ filename: 'taskpane.html', template: './src/taskpane/taskpane.html', chunks: ['taskpane'] }),
      new HtmlWebpackPlugin({ filename: 'commands.html', template: './src/taskpane/commands.html', chunks: ['commands'] }),
      new HtmlWebpackPlugin({ filename: 'preview.html', template: './src/preview/preview.html', chunks: ['preview'] }),
      new CopyWebpackPlugin({
        patterns: [
          { from: 'assets/*.png', to: 'assets/[name][ext]' },
          { from: 'src/taskpane/help.html', to: 'help.html' },
          { from: 'examples/*.xlsx', to: 'examples/[name][ext]' },
          { from: 'manifest.xml', to: 'manifest.xml', transform: (content) => manifestFor(content.toString(), url) },
        ],
      }),
      new GzipSizePlugin(),
    ],
  };
};
