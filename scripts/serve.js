// `npm start`: serves the built add-in files and the browser preview from dist/web on
// http://localhost:3000 (no certificates, no internet). `--https` serves the same files with
// office-addin-dev-certs' localhost certificate, for sideloading into Excel.
const fs = require('fs');
const http = require('http');
const https = require('https');
const os = require('os');
const path = require('path');

const ROOT = path.join(__dirname, '..', 'dist', 'web');
const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
  '.txt': 'text/plain; charset=utf-8',
  '.xlsx': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
};

function handler(root) {
  return (req, res) => {
    // Nothing a request says may stop the server: a malformed address or escape is a 400.
    let url;
    let pathname;
    try {
      url = new URL(req.url, 'http://localhost');
      pathname = decodeURIComponent(url.pathname);
    } catch {
      res.writeHead(400, { 'Content-Type': 'text/plain; charset=utf-8' }).end('bad request');
      return;
    }
    if (url.pathname === '/') {
      res.writeHead(302, { Location: '/preview.html' });
      res.end();
      return;
    }
    if (pathname.includes('\0')) {
      res.writeHead(400, { 'Content-Type': 'text/plain; charset=utf-8' }).end('bad request');
      return;
    }
    const file = path.normalize(path.join(root, pathname));
    // Outside the web root (/../, encoded or not): refused.
    if (!file.startsWith(root + path.sep)) {
      res.writeHead(403).end();
      return;
    }
    fs.readFile(file, (err, data) => {
      if (err) {
        res.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' }).end('not found');
        return;
      }
      res.writeHead(200, { 'Content-Type': TYPES[path.extname(file)] ?? 'application/octet-stream', 'Cache-Control': 'no-cache' });
      res.end(data);
    });
  };
}

/** Starts the server; resolves with its origin once it listens. */
function serve({ port = 3000, secure = false, root = ROOT } = {}) {
  if (!fs.existsSync(path.join(root, 'preview.html'))) throw new Error(`${root} has no build: run npm run build:web`);
  let server;
  if (secure) {
    const dir = path.join(os.homedir(), '.office-addin-dev-certs');
    const key = path.join(dir, 'localhost.key');
    const cert = path.join(dir, 'localhost.crt');
    if (!fs.existsSync(key) || !fs.existsSync(cert)) throw new Error('no localhost certificate: run `npx office-addin-dev-certs install` first');
    server = https.createServer({ key: fs.readFileSync(key), cert: fs.readFileSync(cert) }, handler(root));
  } else server = http.createServer(handler(root));
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, 'localhost', () => {
      const origin = `${secure ? 'https' : 'http'}://localhost:${server.address().port}`;
      resolve({ server, origin });
    });
  });
}

module.exports = { serve };

if (require.main === module) {
  const secure = process.argv.includes('--https');
  serve({ port: Number(process.env.PORT ?? 3000), secure }).then(
    ({ origin }) => {
      console.log(`Browser preview:  ${origin}/preview.html   (opens the bundled example)`);
      console.log(`Add-in files:     ${origin}/taskpane.html, ${origin}/manifest.xml`);
      if (!secure) console.log('To sideload into Excel: `npm run dev-server`, then `npm run start:desktop` (README, "Use it in Excel").');
      console.log('Press Ctrl+C to stop.');
    },
    (e) => {
      console.error(`budget-check preview: ${e.code === 'EADDRINUSE' ? 'port 3000 is in use (set PORT=…)' : e.message}`);
      process.exit(2);
    },
  );
}
