#!/usr/bin/env node
'use strict';
const path = require('path');
const fs = require('fs');

// The bundled command (webpack.cli.config.js) starts faster; tsc's module tree is the fallback.
const bundle = path.join(__dirname, '..', 'dist', 'cli', 'budget-check.js');
const built = fs.existsSync(bundle) ? bundle : path.join(__dirname, '..', 'dist', 'node', 'cli', 'bin.js');
if (!fs.existsSync(built)) {
  process.stderr.write('budget-check: not built yet; run `npm run build` (npm ci does it for you)\n');
  process.exit(2);
}
require(built);
