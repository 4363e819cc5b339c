// fflate for the command-line bundle (webpack.cli.config.js), loaded when first used rather than at
// every start: the CLI inflates with Node's zlib and decodes with Node's UTF-8 decoder, and fflate's
// module builds its Huffman tables as it loads (~3–4 ms of every run). Its browser build: the Node
// one loads worker_threads for asynchronous functions the reader does not use.
let fflate;
module.exports = new Proxy({}, { get: (_, name) => (fflate ??= require('../node_modules/fflate/lib/browser.cjs'))[name] });
