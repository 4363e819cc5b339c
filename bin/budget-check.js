#!/usr/bin/env node
'use strict';
const path = require('path');
const fs = require('fs');

const built = path.join(__dirname, '..', 'dist', 'node', 'cli', 'bin.js');
if (!fs.existsSync(built)) {
  process.stderr.write('budget-check: not built yet; run `npm run build` (npm ci does it for you)\n');
  process.exit(2);
}
require(built);
