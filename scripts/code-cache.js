// Writes V8's code cache for the bundled command (dist/cli/budget-check.code-cache): one run of
// `validate` on the bundled examples compiles the functions a validation uses, and the cache holds
// them, so a process no longer parses and compiles them at start (bin/budget-check.js reads it).
const { spawnSync } = require('child_process');
const fs = require('fs');
const path = require('path');

const root = path.join(__dirname, '..');
const cache = path.join(root, 'dist', 'cli', 'budget-check.code-cache');
fs.rmSync(cache, { force: true });
const run = spawnSync(process.execPath, [path.join(root, 'bin', 'budget-check.js'), 'validate', path.join(root, 'examples'), '--format', 'json'], {
  env: { ...process.env, BUDGET_CHECK_WRITE_CODE_CACHE: cache },
  stdio: ['ignore', 'ignore', 'inherit'],
});
// The examples hold findings (exit 1); 2 would mean the command could not run.
if (run.status !== 0 && run.status !== 1) {
  console.error(`code-cache: budget-check exited ${run.status}`);
  process.exit(1);
}
console.log(`code-cache: ${path.relative(root, cache)} (${Math.round(fs.statSync(cache).size / 1024)} KB)`);
