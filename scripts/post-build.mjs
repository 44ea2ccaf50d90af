// Trunk post-build hook:
// 1. allow exactly the inline loader Trunk wrote, and nothing else: replaces CSP_LOADER_HASH in
//    index.html with the sha256 of each inline <script>;
// 2. copy the content the app fetches after start (written by build.rs to target/generated/,
//    named after its contents) next to index.html;
// 3. fill in the service worker's list of files and the build fingerprint that names its cache.
import { createHash } from 'node:crypto';
import { copyFileSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
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

const generated = new URL('../target/generated/', import.meta.url);
const content = readdirSync(generated).filter((f) => /^content-[0-9a-f]{16}\.json$/.test(f));
if (content.length !== 1) throw new Error(`expected one content file in target/generated, found ${content.length}`);
copyFileSync(new URL(content[0], generated), join(dir, content[0]));
console.log(`post-build: copied ${content[0]}`);

// Every file of the build except the service worker itself, relative to it.
function files(base, prefix = '') {
  return readdirSync(join(base, prefix)).flatMap((name) => {
    const rel = prefix ? `${prefix}/${name}` : name;
    return statSync(join(base, rel)).isDirectory() ? files(base, rel) : [rel];
  });
}
const precache = files(dir).filter((f) => f !== 'sw.js').sort();
const fingerprint = createHash('sha256');
for (const f of precache) fingerprint.update(f).update(readFileSync(join(dir, f)));
const build = fingerprint.digest('hex').slice(0, 16);
const sw = join(dir, 'sw.js');
const source = readFileSync(sw, 'utf8');
if (!source.includes('__BUILD__') || !source.includes('__FILES__')) throw new Error('sw.js has no __BUILD__ or __FILES__ placeholder');
writeFileSync(sw, source.replace('__BUILD__', build).replace('__FILES__', JSON.stringify(precache)));
console.log(`post-build: service worker keeps ${precache.length} files as build ${build}`);
