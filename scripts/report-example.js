// `npm run report:example`: validates the bundled example with the CLI and prints the report. The example carries its
// seed's defects, so status 1 (errors found) is the expected outcome; 2 is a real failure.
const { spawnSync } = require('child_process');
const path = require('path');

const root = path.join(__dirname, '..');
const result = spawnSync(process.execPath, [path.join(root, 'bin', 'budget-check.js'), 'validate', path.join('examples', 'futian-2022-department-targets.xlsx'), ...process.argv.slice(2)], {
  cwd: root,
  stdio: 'inherit',
});
process.exit(result.status === 1 ? 0 : (result.status ?? 2));
