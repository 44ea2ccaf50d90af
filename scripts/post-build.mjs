// Trunk post-build hook: allow exactly the inline loader Trunk wrote, and nothing else.
// Replaces CSP_LOADER_HASH in index.html with the sha256 of each inline <script>.
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const dir = process.env.TRUNK_STAGING_DIR;
if (!dir) throw new Error('TRUNK_STAGING_DIR is not set: run this from Trunk');
const file = join(dir, 'index.html');
let html = readFileSync(file, 'utf8');

const hashes = [];
for (const m of html.matchAll(/<script(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/g)) {
  hashes.push(`'sha256-${createHash('sha256').update(m[1], 'utf8').digest('base64')}'`);
}
const csp = /(<meta http-equiv="Content-Security-Policy" content="[^"]*?)CSP_LOADER_HASH/;
if (!csp.test(html)) throw new Error('index.html has no CSP_LOADER_HASH placeholder in its Content-Security-Policy');
if (hashes.length === 0) throw new Error('no inline loader found: Trunk output changed, check the CSP');
html = html.replace(csp, `$1${hashes.join(' ')}`);
writeFileSync(file, html);
console.log(`post-build: allowed ${hashes.length} inline script(s) by hash`);
