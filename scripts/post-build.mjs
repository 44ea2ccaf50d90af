// Trunk post-build hook:
// 1. copy the content the app fetches after start next to index.html: build.rs writes it into its
//    OUT_DIR named after its contents, and the app holds that name, so the file found is the one
//    this app asks for, whatever other builds left in target/;
// 2. put the first paint into index.html (the frame and home screen, made by build.rs from the
//    content) with public/first-paint.js inlined, and the other pre-rendered screens into pre/;
// 3. the builds: name the desk, quick and checker builds' files after their contents (Trunk names a
//    second build after its binary only), and make the page's loader start the build the first
//    paint's script picked (the phone build, or the desk build on a desk screen); the quick
//    build (the level for the checklist shown before the app) is loaded by the first paint; the
//    checker (the author screen's) only when the app asks for it (window.rrLoadChecker);
// 4. allow exactly the inline scripts now in index.html (Trunk's loader and the first paint's),
//    and nothing else: replaces CSP_LOADER_HASH with the sha256 of each;
// 5. fill in the service worker's list of files (and of those kept only once fetched: the
//    checker) and the build fingerprint that names its cache.
import { createHash } from 'node:crypto';
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

const dir = process.env.TRUNK_STAGING_DIR;
if (!dir) throw new Error('TRUNK_STAGING_DIR is not set: run this from Trunk');
const file = join(dir, 'index.html');
let html = readFileSync(file, 'utf8');

const only = (re, what) => {
  const found = readdirSync(dir).filter((f) => re.test(f));
  if (found.length !== 1) throw new Error(`expected one ${what} in the build, found ${found.length}`);
  return found[0];
};
// The desk, quick and checker builds, named after their contents like every other file Trunk writes.
const hashed = (name) => {
  const wasm = readFileSync(join(dir, only(new RegExp(`^${name}_bg\\.wasm$`), `${name}_bg.wasm`)));
  const js = readFileSync(join(dir, only(new RegExp(`^${name}\\.js$`), `${name}.js`)));
  const named = `${name}-${createHash('sha256').update(js).update(wasm).digest('hex').slice(0, 16)}`;
  renameSync(join(dir, `${name}_bg.wasm`), join(dir, `${named}_bg.wasm`));
  renameSync(join(dir, `${name}.js`), join(dir, `${named}.js`));
  return named;
};
const deskName = hashed('desk');
const quickName = hashed('quick');
const checkerName = hashed('checker');
const phoneWasm = only(/^recognise-respond-[0-9a-f]+_bg\.wasm$/, 'phone build');
const phoneJs = only(/^recognise-respond-[0-9a-f]+\.js$/, 'phone loader');
const builds = {
  phone: { js: `./${phoneJs}`, wasm: `./${phoneWasm}` },
  desk: { js: `./${deskName}.js`, wasm: `./${deskName}_bg.wasm` },
  quick: { js: `./${quickName}.js`, wasm: `./${quickName}_bg.wasm` },
  checker: { js: `./${checkerName}.js`, wasm: `./${checkerName}_bg.wasm` },
};
const named = (wasmFile) => new Set(readFileSync(join(dir, wasmFile)).toString('latin1').match(/content-[0-9a-f]{16}\.json/g) ?? []);
const asked = named(phoneWasm);
if (asked.size !== 1) throw new Error(`expected the app to name one content file, found ${asked.size}`);
const [wanted] = asked;
if (!named(`${deskName}_bg.wasm`).has(wanted)) throw new Error('the phone and desk builds name different content: build again');
console.log(`post-build: desk build named ${deskName}`);
// Where Cargo built: CARGO_TARGET_DIR when set (a checkout sharing or keeping its target elsewhere).
const target = process.env.CARGO_TARGET_DIR ? `${process.env.CARGO_TARGET_DIR}/` : new URL('../target/', import.meta.url).pathname;
const found = ['wasm32-unknown-unknown/release', 'wasm32-unknown-unknown/debug']
  .map((profile) => join(target, profile, 'build'))
  .filter((build) => existsSync(build))
  .flatMap((build) => readdirSync(build).filter((d) => d.startsWith('recognise-respond-')).map((d) => join(build, d, 'out', wanted)))
  .find((path) => existsSync(path));
if (!found) throw new Error(`the build script's ${wanted} was not found under target/: build again`);
copyFileSync(found, join(dir, wanted));
console.log(`post-build: copied ${wanted}`);
// The Welsh pages, in a file of their own beside it: fetched only by a reader who chose Welsh.
const welshNamed = new Set(readFileSync(join(dir, phoneWasm)).toString('latin1').match(/content-cy-[0-9a-f]{16}\.json/g) ?? []);
if (welshNamed.size !== 1) throw new Error(`expected the app to name one Welsh content file, found ${welshNamed.size}`);
const [welshFile] = welshNamed;
if (!existsSync(join(dirname(found), welshFile))) throw new Error(`the build script's ${welshFile} was not found beside ${wanted}: build again`);
copyFileSync(join(dirname(found), welshFile), join(dir, welshFile));
console.log(`post-build: copied ${welshFile}`);

// What the page shows before the app starts: the frame and the home screen in index.html, each
// other pre-rendered screen in pre/, and the script that picks one by the address.
const made = JSON.parse(readFileSync(join(dirname(found), 'first-paint.json'), 'utf8'));
// The script's contract (crates/core/src/prerender/contract.rs): every word, address, key, id,
// class, attribute and global it uses, with the built files' addresses filled in here.
const contract = made.contract;
// The stylesheet Trunk linked, with its integrity: the script asks for it early.
const sheet = /<link rel="stylesheet" href="([^"]+)" integrity="([^"]+)"\/?>/.exec(html);
if (!sheet) throw new Error("no stylesheet link with its integrity found: Trunk's output changed");
const style = { href: sheet[1], integrity: sheet[2] };
const built = { desk: builds.desk, phone: builds.phone, quick: builds.quick, content: wanted, welsh: welshFile, style };
for (const key of Object.keys(contract.files)) {
  if (!(key in built)) throw new Error(`the first paint's contract names a file "${key}" this script does not know`);
  contract.files[key] = built[key];
}
const script = readFileSync(new URL('../public/first-paint.js', import.meta.url), 'utf8')
  .replace(/^\s*\/\/.*\n/gm, '')
  .replaceAll('FIRST_PAINT_CONTRACT', () => JSON.stringify(contract).replaceAll('<', '\\u003c'));
if (/\bFIRST_PAINT_CONTRACT\b/.test(script)) throw new Error('first-paint.js still names its contract after filling it in');
const slot = /<div id="first-paint">[\s\S]*?<\/div>/;
if (!slot.test(html)) throw new Error('index.html has no <div id="first-paint"> to fill');
html = html.replace(slot, () => `<div id="first-paint">${made.index}</div>`);
// The page's own words (its language, title, description, the words where scripts are off) and
// the installed app's name and description, from the message files (prerender::page_words).
const escape = (t) => t.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;').replaceAll('"', '&quot;');
for (const [key, words] of Object.entries(made.page)) {
  const name = `PAGE_${key.toUpperCase()}`;
  if (!html.includes(name)) throw new Error(`index.html has no ${name} to fill`);
  html = html.replaceAll(name, () => escape(words));
}
const manifestFile = join(dir, 'manifest.webmanifest');
const manifest = JSON.parse(readFileSync(manifestFile, 'utf8'));
for (const [field, key] of [['name', 'title'], ['short_name', 'title'], ['description', 'description'], ['lang', 'lang']]) manifest[field] = made.page[key];
writeFileSync(manifestFile, JSON.stringify(manifest, null, 2) + '\n');
if (/PAGE_[A-Z]+/.test(html)) throw new Error(`index.html still names ${/PAGE_[A-Z]+/.exec(html)[0]} after filling it in`);
// The script goes first in <head>, just after the Content-Security-Policy that allows it, so
// the fetch of the screen's text starts at once and the home text is hidden before it is drawn.
// The script asks for the stylesheet itself, just after the screen's text (public/first-paint.js
// says why): its address and integrity are in the contract.
const policy = /<meta http-equiv="Content-Security-Policy"[^>]*>/;
if (!policy.test(html)) throw new Error('index.html has no Content-Security-Policy meta tag');
html = html.replace(policy, (tag) => `${tag}\n  <script>${script}</script>`);
// Trunk's loader starts the phone build and preloads its files; the first paint's script
// preloads the build it picked once the first screen is on screen, and the loader starts that
// one then.
const preloads = /\s*<link rel="(?:modulepreload|preload)" href="\.\/recognise-respond-[^"]*"[^>]*>/g;
if (!preloads.test(html)) throw new Error("no preload of the phone build found: Trunk's output changed");
html = html.replace(preloads, '');
const loader = /<script type="module">[\s\S]*?<\/script>/;
if (!loader.test(html) || !html.match(loader)[0].includes('TrunkApplicationStarted')) throw new Error("Trunk's module loader was not found");
html = html.replace(loader, () => `<script type="module">
const checker = ${JSON.stringify(builds.checker)};
window.rrLoadChecker = () => import(checker.js).then(async (m) => { await m.default({ module_or_path: checker.wasm }); return m; });
window.rrCheckerFiles = checker;
window.rrCheckerWorker = () => new Worker('./checker-worker.js', { type: 'module' });
window.rrKeepChecker = () => navigator.serviceWorker?.ready.then((r) => r.active?.postMessage('keep-checker')).catch(() => {});
const build = window[${JSON.stringify(contract.globals.build)}] || ${JSON.stringify(builds.phone)};
// The first paint's script says when: once the first screen is on screen (public/first-paint.js).
await window[${JSON.stringify(contract.globals.start)}];
const bindings = await import(build.js);
const wasm = await bindings.default({ module_or_path: build.wasm });
window.wasmBindings = bindings;
dispatchEvent(new CustomEvent("TrunkApplicationStarted", {detail: {wasm}}));
</script>`);
mkdirSync(join(dir, 'pre'), { recursive: true });
for (const [name, body] of made.screens) writeFileSync(join(dir, 'pre', name), body);
console.log(`post-build: first paint in index.html, ${made.screens.length} screens in pre/`);
// Each other language's first paint: its frame and home screen, and its other screens, in its
// own folder under pre/ (the script fetches them when that language is chosen).
for (const [tag, lang] of Object.entries(made.langs)) {
  if (!lang.dir || lang.dir !== contract.langs.words[tag.toLowerCase()]?.dir) throw new Error(`the first paint in ${tag} has no folder the script knows`);
  mkdirSync(join(dir, 'pre', lang.dir), { recursive: true });
  writeFileSync(join(dir, 'pre', lang.dir, contract.langs.home), lang.index);
  for (const [name, body] of lang.screens) writeFileSync(join(dir, 'pre', lang.dir, name), body);
  console.log(`post-build: first paint in ${tag}, ${lang.screens.length + 1} screens in pre/${lang.dir}`);
}

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

// Every file of the build except the service worker itself, relative to it.
function files(base, prefix = '') {
  return readdirSync(join(base, prefix)).flatMap((name) => {
    const rel = prefix ? `${prefix}/${name}` : name;
    return statSync(join(base, rel)).isDirectory() ? files(base, rel) : [rel];
  });
}
// The author screen's checker is kept only once that screen has fetched it: a phone never
// downloads it, even to keep it for offline use. The Welsh file and the Welsh first paint
// likewise: an English reader never downloads them; a Welsh reader's page asks the worker to
// keep them ('keep-welsh', public/first-paint.js).
const onDemand = [builds.checker.js, builds.checker.wasm, './checker-worker.js'].map((f) => f.slice(2));
const welshFiles = [welshFile, ...files(dir).filter((f) => Object.values(contract.langs.words).some((w) => f.startsWith(`pre/${w.dir}`)))];
const precache = files(dir).filter((f) => f !== 'sw.js' && !onDemand.includes(f) && !welshFiles.includes(f)).sort();
const fingerprint = createHash('sha256');
for (const f of [...precache, ...onDemand, ...welshFiles]) fingerprint.update(f).update(readFileSync(join(dir, f)));
const build = fingerprint.digest('hex').slice(0, 16);
const sw = join(dir, 'sw.js');
const source = readFileSync(sw, 'utf8');
if (!['__BUILD__', '__FILES__', '__ON_DEMAND__', '__WELSH__'].every((p) => source.includes(p))) throw new Error('sw.js has no __BUILD__, __FILES__, __ON_DEMAND__ or __WELSH__ placeholder');
writeFileSync(sw, source.replace('__BUILD__', build).replace('__FILES__', JSON.stringify(precache)).replace('__ON_DEMAND__', JSON.stringify(onDemand)).replace('__WELSH__', JSON.stringify(welshFiles)));
console.log(`post-build: service worker keeps ${precache.length} files as build ${build}`);
