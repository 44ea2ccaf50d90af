// Makes the single-file build for trainers: dist-single/recognise-respond.html, with the
// WebAssembly, its JavaScript, the styles and all the content inside one file that opens by
// double-clicking it (file://), with no server and no network. Run after `trunk build --release`.
import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const dist = process.env.DIST ?? 'dist';
const out = process.env.SINGLE_OUT ?? 'dist-single';
const files = readdirSync(dist);
const one = (re) => {
  const found = files.filter((f) => re.test(f));
  if (found.length !== 1) throw new Error(`expected one file matching ${re} in ${dist}, found ${found.length}`);
  return readFileSync(join(dist, found[0]));
};
// The desk build: the whole app, workshop mode included, for a trainer's laptop.
const wasm = one(/^desk-[0-9a-f]+_bg\.wasm$/);
const js = one(/^desk-[0-9a-f]+\.js$/).toString('utf8');
// The author screen's checker, started only when that screen asks for it.
const checkerWasm = one(/^checker-[0-9a-f]+_bg\.wasm$/);
const checkerJs = one(/^checker-[0-9a-f]+\.js$/).toString('utf8');
const css = one(/^style-[0-9a-f]+\.css$/).toString('utf8');
const content = one(/^content-[0-9a-f]{16}\.json$/).toString('utf8');
const welsh = one(/^content-cy-[0-9a-f]{16}\.json$/).toString('utf8');
let html = readFileSync(join(dist, 'index.html'), 'utf8');

// The module loader: the generated bindings, started with the WebAssembly bytes themselves.
const exportLine = /^export \{[^}]*\};?\s*$/m;
if (!exportLine.test(js)) throw new Error('the wasm-bindgen output changed: no export line found');
if (!exportLine.test(checkerJs)) throw new Error('the checker\'s wasm-bindgen output changed: no export line found');
// Its bindings live inside a function, so their names do not meet the app's.
const checker = `window.rrLoadChecker = async () => {
${checkerJs.replace(exportLine, '').replace(/^export (?=(async )?function |class |const |let )/gm, '')}
const checkerBytes = Uint8Array.from(atob(${JSON.stringify(checkerWasm.toString('base64'))}), (c) => c.charCodeAt(0));
await __wbg_init({ module_or_path: checkerBytes });
return { check, template };
};`;
const loader = `${checker}
${js.replace(exportLine, '')}
const bytes = Uint8Array.from(atob(${JSON.stringify(wasm.toString('base64'))}), (c) => c.charCodeAt(0));
await __wbg_init({ module_or_path: bytes });
`;
const sha = (text) => `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;

// Drop every reference to another file; put styles, content and loader inline.
html = html
  .replace(/<link [^>]*>/g, '')
  .replace(/<script type="module">[\s\S]*?<\/script>/, '')
  // The first paint's script fetches pre-rendered screens, which a file on its own does not have.
  .replace(/<script>[\s\S]*?<\/script>/, '')
  .replace(/<meta http-equiv="Content-Security-Policy" content="[^"]*">/,
    `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; script-src 'wasm-unsafe-eval' ${sha(loader)}; style-src ${sha(css)}; img-src 'none'; connect-src 'none'; base-uri 'none'; form-action 'none'">`)
  .replace('</head>', `<style>${css}</style>\n<script type="application/json" id="rr-content">${content.replace(/<\//g, '<\\/')}</script>\n<script type="application/json" id="rr-content-cy">${welsh.replace(/<\//g, '<\\/')}</script>\n<script type="module">${loader}</script>\n</head>`);
// A link to the same file with a query (the language switch, `?lang=cy`) opens this file again.
if (/(href|src)="(?!tel:|\?)\.?\/?[^"#]/.test(html)) throw new Error('the single file still refers to another file');

mkdirSync(out, { recursive: true });
writeFileSync(join(out, 'recognise-respond.html'), html);
console.log(`single file: ${out}/recognise-respond.html (${(html.length / 1024).toFixed(0)} KB)`);
