// cfb for the command-line bundle (webpack.cli.config.js), loaded when an .xls is first read rather
// than at every start: nearly every file checked is an .xlsx, and the bundle with cfb inside started
// ~3 ms slower (`budget-check --help`, medians of 21 interleaved runs, 2 cores).
let cfb;
module.exports = new Proxy({}, { get: (_, name) => (cfb ??= require('../node_modules/cfb/cfb.js'))[name] });
