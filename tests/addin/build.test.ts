import { spawnSync } from 'child_process';
import { mkdtempSync, readFileSync } from 'fs';
import os from 'os';
import path from 'path';
import { checkManifest, ROOT } from '../support/manifest-checks';
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { addinUrl, manifestFor } = require('../../scripts/manifest');

const ORIGIN = 'https://apps.example.gov.cn';

describe('npm run build (web part)', () => {
  let out: string;
  let log: string;
  beforeAll(() => {
    out = mkdtempSync(path.join(os.tmpdir(), 'budget-check-web-'));
    const r = spawnSync(process.execPath, [path.join(ROOT, 'node_modules', 'webpack', 'bin', 'webpack.js'), '--mode', 'production', '--output-path', out], {
      cwd: ROOT,
      env: { ...process.env, ADDIN_URL: `${ORIGIN}/` },
      encoding: 'utf8',
    });
    log = r.stdout + r.stderr;
    if (r.status !== 0) throw new Error(`webpack failed:\n${log}`);
  }, 180_000);

  it('prints the task pane’s gzipped size, under its 350 KB budget', () => {
    const m = /bundle taskpane\.js: [\d.]+ KB, gzipped ([\d.]+) KB/.exec(log);
    expect(m).not.toBeNull();
    expect(Number(m![1])).toBeLessThan(350);
  });

  it('writes a deployable manifest pointing at ADDIN_URL, with its icons beside it', () => {
    const xml = readFileSync(path.join(out, 'manifest.xml'), 'utf8');
    expect(xml).not.toContain('localhost');
    expect(() => checkManifest(xml, ORIGIN, out)).not.toThrow();
  });

  it('writes the pane, the command file and the help page, each loading office.js and its bundle', () => {
    const pane = readFileSync(path.join(out, 'taskpane.html'), 'utf8');
    expect(pane).toContain('https://appsforoffice.microsoft.com/lib/1/hosted/office.js');
    expect(pane).toMatch(/<script[^>]+src="?taskpane\.js/);
    expect(readFileSync(path.join(out, 'commands.html'), 'utf8')).toMatch(/<script[^>]+src="?commands\.js/);
    expect(readFileSync(path.join(out, 'commands.js'), 'utf8')).toContain('clearMarks');
    expect(readFileSync(path.join(out, 'help.html'), 'utf8')).toContain('绩效表校验助手');
  });
});

describe('ADDIN_URL', () => {
  it('defaults to the dev server and drops a trailing slash', () => {
    expect(addinUrl({})).toBe('https://localhost:3000');
    expect(addinUrl({ ADDIN_URL: 'https://apps.example.gov.cn/budget-check/' })).toBe('https://apps.example.gov.cn/budget-check');
  });

  it('must be https', () => {
    expect(() => addinUrl({ ADDIN_URL: 'http://apps.example.gov.cn' })).toThrow(/https/);
  });

  it('replaces every dev-server URL in the manifest', () => {
    expect(manifestFor('<a x="https://localhost:3000/a.html"/><b x="https://localhost:3000/b"/>', 'https://h/p')).toBe('<a x="https://h/p/a.html"/><b x="https://h/p/b"/>');
  });
});
