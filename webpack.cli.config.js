// The command line as one minified file (dist/cli/budget-check.js), built from tsc's output: a
// process starts by compiling one file instead of resolving and reading ~90 modules (`node
// budget-check --help`: ~30 ms over a bare `node` against ~70 ms for the module tree, on 2 cores).
// ExcelJS stays outside, required only when a template is written.
const path = require('path');

module.exports = {
  mode: 'production',
  target: 'node20',
  entry: path.resolve(__dirname, 'dist/node/cli/bin.js'),
  output: { path: path.resolve(__dirname, 'dist/cli'), filename: 'budget-check.js', library: { type: 'commonjs2' } },
  externals: { exceljs: 'commonjs exceljs' },
  optimization: { minimize: true },
  devtool: false,
  stats: 'errors-warnings',
};
