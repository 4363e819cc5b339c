#!/usr/bin/env node
'use strict';
const path = require('path');
const fs = require('fs');

// Optimised code made quickly rather than made its fastest: a run lasts about half a second, and
// on a 2-core machine V8's one compiler thread is busy for most of it (~0.5 s of compiling with
// inlining), so a hot function waits its turn in the interpreter. Without inlining, 503 → 440 ms on
// the merge-heavy bench file and 602 → 540 ms on the self-evaluation batch; without loop peeling,
// escape analysis and load elimination as well, 443 → 430 and 552 → 542 (2-core machine, medians of
// 13–15 interleaved runs). Set before the code cache is read: V8 checks the cache against its flags,
// and the cache is written under the same ones.
require('v8').setFlagsFromString('--no-turbo-inlining --no-turbo-loop-peeling --no-turbo-escape --no-turbo-load-elimination');

// The bundled command (webpack.cli.config.js) starts faster; tsc's module tree is the fallback.
const bundle = '/tmp/unmin/budget-check.js';
if (fs.existsSync(bundle)) runBundle(bundle);
else {
  const tree = path.join(__dirname, '..', 'dist', 'node', 'cli', 'bin.js');
  if (!fs.existsSync(tree)) {
    process.stderr.write('budget-check: not built yet; run `npm run build` (npm ci does it for you)\n');
    process.exit(2);
  }
  require(tree);
}

/**
 * Runs the bundle with V8's code cache beside it (`.code-cache`, written by `npm run build:cli`
 * after a run on the bundled example), so a process starts without parsing and compiling the
 * functions a validation uses. V8 checks the cache against the source and its own version and
 * flags, and compiles as usual when it does not match: a stale cache costs time, never correctness.
 */
function runBundle(file) {
  const vm = require('vm');
  const Module = require('module');
  const cacheFile = file.replace(/\.js$/, '.code-cache');
  let cachedData;
  try {
    cachedData = fs.readFileSync(cacheFile);
  } catch {
    cachedData = undefined;
  }
  const script = new vm.Script(Module.wrap(fs.readFileSync(file, 'utf8')), { filename: file, cachedData });
  // Says whether V8 took the cache (a flag set after it was written would make V8 refuse it).
  if (process.env.BUDGET_CHECK_SHOW_CODE_CACHE) process.stderr.write(`code cache ${cachedData ? (script.cachedDataRejected ? 'rejected' : 'used') : 'missing'}\n`);
  const out = process.env.BUDGET_CHECK_WRITE_CODE_CACHE;
  // Written at exit, when the functions the run needed have been compiled and can go in the cache.
  if (out) process.once('exit', () => fs.writeFileSync(out, script.createCachedData()));
  const mod = new Module(file, module);
  mod.filename = file;
  mod.paths = Module._nodeModulePaths(path.dirname(file));
  const compiled = script.runInThisContext();
  compiled.call(mod.exports, mod.exports, Module.createRequire(file), mod, file, path.dirname(file));
}
