// The size report: what the phone build's WebAssembly (a phone's first download) is made of. The shipped file has no names, so
// this takes cargo's release output (which has them), runs wasm-bindgen and wasm-opt -Oz as the
// release does but keeping names (-g), and lists with twiggy the largest items and the share
// of each crate. The names section itself is left out of the sums.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const input = 'target/wasm32-unknown-unknown/release/recognise-respond.wasm';
const dir = mkdtempSync(join(tmpdir(), 'rr-size-'));
const run = (cmd, args) => execFileSync(cmd, args, { encoding: 'utf8', maxBuffer: 1 << 28 });
run('wasm-bindgen', ['--target', 'web', '--no-typescript', '--keep-debug', '--out-dir', dir, input]);
const named = join(dir, 'named.wasm');
run('node_modules/binaryen/bin/wasm-opt', ['-Oz', '-g', join(dir, 'recognise-respond_bg.wasm'), '-o', named]);
const csv = run('twiggy', ['top', '-n', '1000000', '--format', 'csv', named]);
rmSync(dir, { recursive: true, force: true });

// twiggy's CSV: Name,ShallowSize,ShallowSizePercent,...; a name is quoted, with "" for ".
const rows = csv.trim().split('\n').slice(1).map((line) => {
  const m = /^(?:"((?:[^"]|"")*)"|([^,]*)),(\d+),/.exec(line) ?? [];
  return { name: (m[1] ?? m[2] ?? line).replace(/""/g, '"'), bytes: Number(m[3] ?? 0) };
}).filter((r) => r.bytes > 0 && !/names" subsection|^custom section/.test(r.name));
const total = rows.reduce((n, r) => n + r.bytes, 0);
const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
const pct = (n) => `${((100 * n) / total).toFixed(1)}%`;

// The crate an item belongs to: the first path segment of its name, looking through
// `<T as Trait>` wrappers; data segments and the like are their own group.
function crate(name) {
  if (/^data segment|^elem\[|^code\[|^table|^import|^export|^type\[|^global/.test(name)) return 'data and tables';
  const path = (text) => /^(?:&(?:mut )?|\*(?:const|mut) |dyn )*([a-z_][a-z0-9_]*)(?:\[[0-9a-f]+\])?::/.exec(text)?.[1];
  // `<A as B>::f`: A's crate when A is a path, else (a generic type) B's.
  const qualified = /^<(.+?) as (.+?)>::/.exec(name);
  if (qualified) return path(qualified[1]) ?? path(qualified[2]) ?? 'other';
  return path(name.replace(/^<+/, '')) ?? 'other';
}
const byCrate = new Map();
for (const r of rows) byCrate.set(crate(r.name), (byCrate.get(crate(r.name)) ?? 0) + r.bytes);

console.log(`Size report (${input}, wasm-opt -Oz with names; ${kb(total)} of code and data):`);
console.log('  by crate:');
for (const [c, n] of [...byCrate].sort((a, b) => b[1] - a[1]).slice(0, 14)) {
  console.log(`    ${kb(n).padStart(9)} ${pct(n).padStart(6)}  ${c}`);
}
console.log('  largest items:');
for (const r of rows.sort((a, b) => b.bytes - a.bytes).slice(0, 12)) {
  console.log(`    ${kb(r.bytes).padStart(9)} ${pct(r.bytes).padStart(6)}  ${r.name.slice(0, 110)}`);
}

