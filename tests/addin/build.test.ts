import { existsSync, readdirSync, readFileSync } from 'fs';
import path from 'path';
import zlib from 'zlib';
import { checkManifest, DEV_ORIGIN, ROOT } from '../support/manifest-checks';
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { addinUrl, manifestFor } = require('../../scripts/manifest');

/** The web part npm test builds before jest runs (npm run build:web). */
const WEB = path.join(ROOT, 'dist', 'web');
const read = (file: string) => readFileSync(path.join(WEB, file), 'utf8');

beforeAll(() => {
  if (!existsSync(path.join(WEB, 'taskpane.js'))) throw new Error('dist/web is not built: npm test builds it (npm run build:web)');
});

describe('npm run build (web part)', () => {
  it('keeps the task pane under its 350 KB gzipped budget', () => {
    const kb = zlib.gzipSync(readFileSync(path.join(WEB, 'taskpane.js')), { level: 9 }).length / 1024;
    expect(kb).toBeLessThan(350);
  });

  it('keeps ExcelJS out of the pane, the preview page and the worker: a chunk the worker fetches on its first write', () => {
    expect(read('taskpane.js')).not.toContain('exceljs');
    expect(read('preview.js')).not.toContain('exceljs');
    expect(read('preview-worker.js')).not.toContain('exceljs');
    const chunks = readdirSync(WEB).filter((f) => f.endsWith('.js') && read(f).includes('exceljs'));
    // Named, so the page's tests can tell when the worker fetches it.
    expect(chunks).toEqual(['writer.js']);
    // The worker loads its chunks with importScripts (a worker has no document for script tags).
    expect(read('preview-worker.js')).toContain('importScripts');
    const kb = (f: string) => zlib.gzipSync(readFileSync(path.join(WEB, f)), { level: 9 }).length / 1024;
    expect(kb('preview-worker.js')).toBeLessThan(kb(chunks[0]));
  });

  it('copies a valid manifest with its icons beside it', () => {
    expect(() => checkManifest(read('manifest.xml'), DEV_ORIGIN, WEB)).not.toThrow();
  });

  it('a manifest moved to ADDIN_URL passes every check there', () => {
    const origin = 'https://apps.example.gov.cn';
    const moved = manifestFor(read('manifest.xml'), addinUrl({ ADDIN_URL: `${origin}/` }));
    expect(moved).not.toContain('localhost');
    expect(() => checkManifest(moved, origin, WEB)).not.toThrow();
  });

  it('writes the pane, the command file, the preview and the help page, each loading its bundle', () => {
    const pane = read('taskpane.html');
    expect(pane).toContain('https://appsforoffice.microsoft.com/lib/1/hosted/office.js');
    expect(pane).toMatch(/<script[^>]+src="?taskpane\.js/);
    expect(read('commands.html')).toMatch(/<script[^>]+src="?commands\.js/);
    expect(read('commands.js')).toContain('clearMarks');
    // The preview works offline: no office.js, no CDN.
    expect(read('preview.html')).toMatch(/<script[^>]+src="?preview\.js/);
    expect(read('preview.html')).not.toContain('https://');
    expect(existsSync(path.join(WEB, 'examples', 'futian-2022-department-targets.xlsx'))).toBe(true);
    expect(read('help.html')).toContain('绩效表校验助手');
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
