#!/usr/bin/env node
// Runs office-addin-debugging (sideload the add-in and start Excel), which is an optional
// dependency: it builds keytar, which needs libsecret, so `npm ci` skips it where that fails
// (Linux without libsecret) and installs it on Windows and Mac. Where it is absent, one line says so.
const { spawnSync } = require('child_process');
const path = require('path');

let cli;
try {
  const pkg = require.resolve('office-addin-debugging/package.json');
  cli = path.join(path.dirname(pkg), require(pkg).bin['office-addin-debugging']);
} catch {
  process.stderr.write(
    'office-addin-debugging is not installed here (it needs keytar and libsecret; npm ci installs it on Windows and Mac). ' +
      'Sideload by hand instead: see README, "Use it in Excel".\n',
  );
  process.exit(1);
}
const r = spawnSync(process.execPath, [cli, ...process.argv.slice(2)], { stdio: 'inherit' });
process.exit(r.status ?? 1);
