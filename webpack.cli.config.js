// The command line as one minified file (dist/cli/budget-check.js), built from tsc's output: a
// process starts by compiling one file instead of resolving and reading ~90 modules (`node
// budget-check --help`: ~30 ms over a bare `node` against ~70 ms for the module tree, on 2 cores).
// ExcelJS stays outside, required only when a template is written.
const path = require('path');

const LAZY_CHILD_PROCESS = 'var new Proxy({}, { get: (_, name) => require("child_process")[name] })';

module.exports = {
  mode: 'production',
  target: 'node20',
  entry: path.resolve(__dirname, 'dist/node/cli/bin.js'),
  output: { path: path.resolve(__dirname, 'dist/cli'), filename: 'budget-check.js', library: { type: 'commonjs2' } },
  // Two modules loaded at every start for nothing a check does (~4–8 ms of `budget-check
  // --help`, 2 cores): commander's child_process (for subcommands that are programs: none here),
  // loaded on first use instead; and fflate (scripts/fflate-on-first-use.cjs), which a check
  // does not use: loaded on first use, and as its browser build; and cfb (scripts/cfb-on-first-use.cjs),
  // which only an .xls needs.
  externals: { exceljs: 'commonjs exceljs', child_process: LAZY_CHILD_PROCESS, 'node:child_process': LAZY_CHILD_PROCESS },
  resolve: { alias: { fflate$: path.resolve(__dirname, 'scripts/fflate-on-first-use.cjs'), cfb$: path.resolve(__dirname, 'scripts/cfb-on-first-use.cjs') } },
  // Terser's default compression, less its inlining of single-use functions (reduce_funcs):
  // inlined into a function that runs once per table, such a function becomes a closure made
  // at every call, and the interpreter pays for it thousands of times in a batch. Without it,
  // 5,000 self-evaluations 1,214 → 1,158 ms, the merge-free bench file 341 → 320, the paired
  // workbook 567 → 554 (medians of 9–11 interleaved runs, 2 cores; terser's docs: "disabling
  // this option sometimes improves performance of the output code").
  optimization: { minimize: { javascript: { compress: { passes: 2, reduce_funcs: false } } } },
  devtool: false,
  stats: 'errors-warnings',
};
