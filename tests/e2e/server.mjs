// A static file server on loopback for the end-to-end tests and the benchmark.
// It serves the built app from a sub-folder (to prove the app works from one) and logs every
// request it receives, so tests can check that nothing but GETs of the app's own files happen.
import { createServer } from 'node:http';
import { brotliCompressSync, constants } from 'node:zlib';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve } from 'node:path';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.wasm': 'application/wasm',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.json': 'application/json',
  '.webmanifest': 'application/manifest+json',
};

/**
 * Serves `root` at `http://127.0.0.1:<port><prefix>`. Returns { url, origin, requests, close }.
 * With `{ brotli: true }` every file is sent brotli-compressed (as a real host would), for the
 * benchmark's weak-signal figures.
 */
export async function serve(root, prefix = '/sub/app/', { brotli = false } = {}) {
  const base = resolve(root);
  const requests = [];
  const compressed = new Map();
  const server = createServer(async (req, res) => {
    requests.push({ method: req.method, url: req.url });
    const path = decodeURIComponent(new URL(req.url, 'http://x').pathname);
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.writeHead(405).end();
      return;
    }
    if (!path.startsWith(prefix)) {
      res.writeHead(404).end('not found');
      return;
    }
    let rel = path.slice(prefix.length) || 'index.html';
    const file = normalize(join(base, rel));
    if (!file.startsWith(base)) {
      res.writeHead(403).end();
      return;
    }
    try {
      const info = await stat(file);
      const target = info.isDirectory() ? join(file, 'index.html') : file;
      let body = await readFile(target);
      const headers = { 'content-type': TYPES[extname(target)] ?? 'application/octet-stream', 'cache-control': 'no-cache' };
      if (brotli && /\bbr\b/.test(req.headers['accept-encoding'] ?? '')) {
        if (!compressed.has(target)) compressed.set(target, brotliCompressSync(body, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }));
        body = compressed.get(target);
        headers['content-encoding'] = 'br';
      }
      headers['content-length'] = body.length;
      res.writeHead(200, headers);
      res.end(req.method === 'HEAD' ? undefined : body);
    } catch {
      res.writeHead(404).end('not found');
    }
  });
  await new Promise((ok) => server.listen(0, '127.0.0.1', ok));
  const origin = `http://127.0.0.1:${server.address().port}`;
  return {
    origin,
    url: origin + prefix,
    requests,
    close: () => new Promise((ok) => server.close(ok)),
  };
}

// `node tests/e2e/server.mjs dist 8080` serves a build by hand.
if (import.meta.url === `file://${process.argv[1]}`) {
  const s = await serve(process.argv[2] ?? 'dist', '/');
  console.log(`Serving ${process.argv[2] ?? 'dist'} at ${s.url}`);
}
