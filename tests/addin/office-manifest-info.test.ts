// Microsoft's own manifest reader (office-addin-manifest, offline `info`) on the source manifest,
// the built one, and one moved to a deployment URL. The offline checks in manifest.test.ts add
// what it does not read: schema order, resources, locales, icons.
import { execFileSync } from 'child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'fs';
import os from 'os';
import path from 'path';
import { ADDIN_ID, ROOT } from '../support/manifest-checks';
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { addinUrl, manifestFor } = require('../../scripts/manifest');

function info(file: string): Record<string, string> {
  const pkg = require.resolve('office-addin-manifest/package.json');
  const bin = path.join(path.dirname(pkg), (JSON.parse(readFileSync(pkg, 'utf8')) as { bin: Record<string, string> }).bin['office-addin-manifest']);
  const out = execFileSync(process.execPath, [bin, 'info', file], { encoding: 'utf8', timeout: 60_000 });
  const fields: Record<string, string> = {};
  for (const line of out.split('\n')) {
    const m = /^\s*([A-Za-z][A-Za-z ]*?):\s*(.*)$/.exec(line);
    if (m) fields[m[1]] = m[2].trim();
  }
  return fields;
}

const expected = (origin: string) => ({
  Id: ADDIN_ID,
  Version: JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')).version + '.0',
  Name: 'Budget Table Checker',
  Type: 'TaskPaneApp',
  Hosts: 'Workbook',
  Permissions: 'ReadWriteDocument',
  'Source Location': `${origin}/taskpane.html`,
});

test('the source manifest, as Microsoft’s reader sees it', () => {
  expect(info(path.join(ROOT, 'manifest.xml'))).toMatchObject(expected('https://localhost:3000'));
});

test('the built manifest (dist/web) and one moved to ADDIN_URL', () => {
  expect(info(path.join(ROOT, 'dist', 'web', 'manifest.xml'))).toMatchObject(expected('https://localhost:3000'));
  const origin = 'https://apps.example.gov.cn';
  const dir = mkdtempSync(path.join(os.tmpdir(), 'manifest-'));
  const file = path.join(dir, 'manifest.xml');
  writeFileSync(file, manifestFor(readFileSync(path.join(ROOT, 'manifest.xml'), 'utf8'), addinUrl({ ADDIN_URL: `${origin}/budget-check/` })));
  expect(info(file)).toMatchObject(expected(`${origin}/budget-check`));
});
