// The first paint and the app draw the same first screens. For home (with nothing kept, and
// with a nation and a contact kept), the checklist (with ticks kept) and a guidance page, in
// English and in Welsh, the
// markup the page shows before the app starts (made at build time by
// crates/core/src/prerender.rs, then filled by public/first-paint.js from what the device
// keeps) and what the app draws once it has taken over carry the same elements, with the same
// ids, classes and text, in the same order. The app may draw more (what arrives with it: the
// whole outcome, a page's sources, the nation question); it may not draw any element of the
// first paint differently, drop it, or move it. Text typed into any field of the first paint
// is in the same field once the app has taken over.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { appUnderTest, watchedPage } from './browser.mjs';

const app = appUnderTest();
const PHONE = { viewport: { width: 393, height: 851 }, isMobile: true, hasTouch: true };

// Classes only the app adds, each with why. `reserved`: the app's main keeps room for a screen
// still loading (src/ui/layout.rs); the first paint never loads anything into main itself.
const APP_ONLY_CLASSES = new Set(['reserved']);

/**
 * Every element under `root` in document order, as one line: its tag, id, classes (sorted) and
 * its own text (not its children's), with white space folded. Hidden elements are included: a
 * folded group's signs are part of the screen.
 */
const outline = (page, root, skip) => page.evaluate(([r, skipped]) => {
  const out = [];
  const walk = (el) => {
    for (const child of el.children) {
      if (child.tagName === 'SCRIPT' || child.tagName === 'STYLE') continue;
      const own = [...child.childNodes].filter((n) => n.nodeType === 3).map((n) => n.textContent).join('').replace(/\s+/g, ' ').trim();
      const classes = [...child.classList].filter((c) => !skipped.includes(c)).sort();
      out.push(`${child.tagName.toLowerCase()}${child.id ? '#' + child.id : ''}${classes.map((c) => '.' + c).join('')} ${own}`.trim());
      walk(child);
    }
  };
  walk(document.querySelector(r));
  return out;
}, [root, skip]);

/** The first of `before` that is not found, in order, in `after`, or null if all are. */
function firstMissing(before, after) {
  let at = 0;
  for (const [i, line] of before.entries()) {
    const found = after.indexOf(line, at);
    if (found < 0) return { index: i, line, context: before.slice(Math.max(0, i - 3), i), near: after.slice(at, at + 5) };
    at = found + 1;
  }
  return null;
}

/** A page at `hash` whose app is held back until `release()`, with `kept` in local storage. */
async function held(hash, kept) {
  const context = await app.browser.newContext(PHONE);
  if (kept) await context.addInitScript((k) => { if (!sessionStorage.getItem('seeded')) { localStorage.setItem('recognise-respond', k); sessionStorage.setItem('seeded', '1'); } }, JSON.stringify(kept));
  const { page, watch } = await watchedPage(context);
  let release;
  const gate = new Promise((r) => (release = r));
  await page.route(/\/(recognise-respond|desk)-[0-9a-f]+_bg\.wasm$/, async (route) => { await gate; await route.continue(); });
  await page.goto(app.server.url + hash);
  if (hash.includes('#')) await page.waitForFunction(() => document.documentElement.dataset.first === 'shown');
  else await page.waitForSelector('#first-paint main h1');
  // In another language, its frame has replaced the page's own.
  await page.waitForFunction(() => !document.documentElement.hasAttribute('data-first-lang'));
  if (hash.includes('lang=cy') || kept?.lang === 'cy') {
    assert.equal(await page.getAttribute('html', 'lang'), 'cy', `${hash}: the first paint is in Welsh`);
    assert.equal((await page.textContent('#first-paint a.lang-switch')).trim(), 'English');
  }
  return { context, page, watch, release };
}

const started = (page) => page.waitForFunction(() => document.documentElement.dataset.app === 'ready' && !document.getElementById('first-paint'));

const CONTACT = { role: 'front-door', name: 'Cardiff front door', number: '029 2087 2087' };
const CASES = [
  ['home, nothing kept', '', null],
  ['home, a nation and a contact kept', '', { version: 8, nation: 'wales', contacts: [CONTACT] }],
  ['the checklist, ticks kept', '#/check', { version: 8, nation: 'england', checklist: { ticked: ['goes-missing', 'cce-debt'], immediate_danger: false, age: 'from13_to17' } }],
  ['a guidance page, a nation kept', '#/guidance/child-trafficking', { version: 8, nation: 'scotland' }],
  // In Welsh: asked for by the address, or chosen on this device.
  ['home in Welsh, a nation and a contact kept', '?lang=cy', { version: 9, nation: 'wales', contacts: [CONTACT] }],
  ['the checklist in Welsh, chosen on this device, ticks kept', '#/check', { version: 9, lang: 'cy', nation: 'wales', checklist: { ticked: ['goes-missing', 'cce-debt'], immediate_danger: false, age: 'from13_to17' } }],
  ['a guidance page in Welsh, a nation kept', '?lang=cy#/guidance/child-trafficking', { version: 9, nation: 'scotland' }],
  // Hostile and odd names: markup is shown as text, never run; a name the app would clean or
  // set aside (a direction control, doubled spaces, too long) is left for the app to draw.
  ['home, hostile and odd contact names kept', '', { version: 8, nation: 'england', contacts: [
    { role: 'front-door', name: '<img src=x onerror="window.__hacked = 1">&amp; "team"', number: '020 7946 0000' },
    { role: 'police', name: 'SPOC \u202eenilno', number: '101' },
    { role: 'out-of-hours', name: 'Emergency  duty   team', number: '020 7946 0001' },
    { role: 'safeguarding-lead', name: 'x'.repeat(500), number: '020 7946 0002' },
  ] }],
];

for (const [name, hash, kept] of CASES) {
  test(`the first paint and the app draw ${name} alike: ids, classes, text and order`, async () => {
    const { context, page, watch, release } = await held(hash, kept);
    if (hash === '#/check') await page.waitForFunction(() => document.documentElement.dataset.check === 'ready');
    const before = await outline(page, '#first-paint', []);
    if (kept?.contacts?.length > 1) {
      // Only the names the app draws as they are: the markup one, as text.
      const drawn = await page.$$eval('#first-paint .local-contacts li', (lis) => lis.map((li) => li.textContent));
      assert.equal(drawn.length, 1, `${name}: ${JSON.stringify(drawn)}`);
      assert.match(drawn[0], /<img src=x onerror="window.__hacked = 1">&amp; "team"/);
    }
    assert.ok(before.length > 40, `${name}: the first paint has its screen (${before.length} elements)`);
    release();
    await started(page);
    const after = await outline(page, '#app', [...APP_ONLY_CLASSES]);
    assert.equal(await page.evaluate(() => window.__hacked), undefined, `${name}: no kept text was run as markup`);
    const missing = firstMissing(before, after);
    assert.equal(missing, null, `${name}: an element of the first paint is not drawn alike by the app:\n${JSON.stringify(missing, null, 1)}`);
    assert.deepEqual(watch.errors, []);
    await context.close();
  });
}

test('text typed into any field of the first paint is in that field once the app has taken over', async () => {
  for (const hash of ['', '#/check']) {
    const { context, page, release } = await held(hash, null);
    const fields = await page.$$eval('#first-paint input:not([type=checkbox]):not([type=radio]), #first-paint textarea', (els) => els.map((e) => e.id));
    assert.ok(fields.length > 0, `${hash || 'home'} has a field to type in`);
    for (const id of fields) await page.fill(`#first-paint #${id}`, `typed into ${id}`);
    release();
    await started(page);
    for (const id of fields) assert.equal(await page.inputValue(`#app #${id}`), `typed into ${id}`, `${hash || 'home'}: #${id} kept`);
    await context.close();
  }
});
