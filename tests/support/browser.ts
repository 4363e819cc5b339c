/** The built preview served on a free port, and Debian's Chromium driven by playwright-core. */
import { existsSync } from 'fs';
import path from 'path';
import { Browser, chromium } from 'playwright-core';

// eslint-disable-next-line @typescript-eslint/no-require-imports
const { serve } = require('../../scripts/serve.js') as {
  serve(o: { port: number }): Promise<{ server: import('http').Server; origin: string }>;
};

export const CHROMIUM = '/usr/bin/chromium';
export const RESULTS = path.join(__dirname, '..', '..', 'test-results');

export async function startPreview(): Promise<{ origin: string; close(): Promise<void> }> {
  if (!existsSync(path.join(__dirname, '..', '..', 'dist', 'web', 'preview.html'))) {
    throw new Error('dist/web is not built: npm test builds it (npm run build:web)');
  }
  const { server, origin } = await serve({ port: 0 });
  return { origin, close: () => new Promise((resolve) => server.close(() => resolve())) };
}

export async function launch(): Promise<Browser> {
  if (!existsSync(CHROMIUM)) throw new Error(`${CHROMIUM} is missing: apt-get install -y chromium (.ci/run does)`);
  return chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: ['--no-sandbox', '--headless', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-quic', '--no-first-run', '--disable-sync'],
  });
}

/** Reads until the check passes (the page updates asynchronously), failing with the last reading. */
export async function eventually<T>(read: () => Promise<T>, check: (value: T) => void, timeout = 15_000): Promise<void> {
  const start = Date.now();
  for (;;) {
    const value = await read();
    try {
      check(value);
      return;
    } catch (e) {
      if (Date.now() - start > timeout) throw e;
    }
    await new Promise((r) => setTimeout(r, 100));
  }
}
