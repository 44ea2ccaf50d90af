// End-to-end tests of working offline: the service worker keeps every file after one visit,
// and a new version waits until the person chooses to switch, losing nothing.
import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { serve } from './server.mjs';
import { launch, watchedPage, openApp, goTo } from './browser.mjs';

const browser = await launch();
after(() => browser.close());

/** A copy of the build served on its own, so a test can change it. */
async function servedCopy() {
  const dir = mkdtempSync(join(tmpdir(), 'rr-dist-'));
  cpSync(process.env.DIST ?? 'dist', dir, { recursive: true });
  const server = await serve(dir);
  return { dir, server, done: async () => { await server.close(); rmSync(dir, { recursive: true, force: true }); } };
}

/** Opens the app and waits until the service worker controls the page. */
async function visitOnce(context, url, hash = '#/') {
  const { page, watch } = await watchedPage(context);
  await openApp(page, url, hash);
  await page.waitForFunction(() => navigator.serviceWorker?.controller !== null && navigator.serviceWorker?.controller !== undefined, null, { timeout: 30000 });
  return { page, watch };
}

/** Publishes a "new version" of `copy` (the same files under a new build fingerprint) and waits
 * until `page` offers it. */
async function publishNewVersion(copy, page) {
  const sw = join(copy.dir, 'sw.js');
  const source = readFileSync(sw, 'utf8');
  writeFileSync(sw, source.replace(source.match(/const BUILD = '([0-9a-f]+)'/)[1], 'feedfacefeedface'));
  await page.evaluate(() => navigator.serviceWorker.getRegistration().then((r) => r.update()));
  await page.waitForSelector('.update-notice', { timeout: 30000 });
}

test('after one visit every screen works with the network cut, after a reload and from a deep link', async () => {
  const copy = await servedCopy();
  const context = await browser.newContext();
  const { page, watch } = await visitOnce(context, copy.server.url);
  await context.setOffline(true);
  await copy.server.close();

  await page.reload();
  await page.waitForSelector('#app main h1');
  for (const [hash, heading] of [
    ['#/guidance/national-referral-mechanism', /National Referral Mechanism/],
    ['#/scenarios/kobe', /Kobe/],
    ['#/check', /Check signs/],
    ['#/glossary', /Glossary/],
    ['#/scenarios', /Scenarios/],
  ]) {
    await goTo(page, hash);
    await page.waitForFunction((h) => new RegExp(h).test(document.querySelector('#app main h1')?.textContent ?? ''), heading.source);
  }
  await goTo(page, '#/search');
  await page.fill('#search-page', 'guardian');
  await page.waitForSelector('.results li');

  const deep = await context.newPage();
  await deep.goto(copy.server.url + '#/guidance/age');
  await deep.waitForFunction(() => /age is uncertain/.test(document.querySelector('#app main h1')?.textContent ?? ''));

  // A workshop with the network cut: the audience window opens from the offline copy and follows.
  await goTo(page, '#/workshop');
  await page.check('#pick-county-lines');
  const [audience] = await Promise.all([context.waitForEvent('page'), page.click('text=Start the session')]);
  await audience.waitForFunction(() => /Tyler|county/i.test(document.querySelector('.room-stage .stage-heading')?.textContent ?? ''));
  await page.keyboard.press('PageDown');
  await audience.waitForFunction(() => document.querySelector('.room-stage .prose') !== null);
  assert.deepEqual(watch.errors.filter((e) => !/Failed to load resource|ERR_INTERNET_DISCONNECTED/.test(e)), []);
  await context.close();
  rmSync(copy.dir, { recursive: true, force: true });
});

test('a new version waits for the person, then switches without losing kept or unsaved answers', async () => {
  const copy = await servedCopy();
  const context = await browser.newContext();
  const { page } = await visitOnce(context, copy.server.url, '#/nation');
  await page.click('#nation-wales');
  await page.click('#nation-save');
  await goTo(page, '#/check');
  await page.click('#sign-goes-missing');
  assert.equal(await page.isChecked('#sign-goes-missing'), true);

  await publishNewVersion(copy, page);
  assert.equal(await page.isChecked('#sign-goes-missing'), true, 'nothing changes until the person chooses');

  await Promise.all([page.waitForEvent('load'), page.click('text=Switch to the new version')]);
  await page.waitForSelector('#app main h1');
  await page.waitForFunction(() => document.querySelector('#sign-goes-missing'));
  assert.equal(await page.isChecked('#sign-goes-missing'), true, 'the unsaved answer survived the switch');
  assert.match(await page.textContent('.nation-line'), /Wales/, 'the kept nation survived the switch');
  const keys = await page.evaluate(() => caches.keys());
  assert.deepEqual(keys, ['recognise-respond-feedfacefeedface'], 'the old cache is deleted');
  await context.close();
  await copy.done();
});

test('the manifest makes the app installable: standalone, with regular and maskable icons that load', async () => {
  const copy = await servedCopy();
  const context = await browser.newContext();
  const { page } = await watchedPage(context);
  await openApp(page, copy.server.url);
  const href = await page.getAttribute('link[rel=manifest]', 'href');
  const manifestUrl = new URL(href, copy.server.url).href;
  const manifest = await page.evaluate(async (u) => (await fetch(u)).json(), manifestUrl);
  assert.equal(manifest.display, 'standalone');
  assert.equal(manifest.start_url, './');
  assert.ok(manifest.icons.some((i) => i.sizes === '192x192' && i.purpose === 'any'));
  assert.ok(manifest.icons.some((i) => i.sizes === '512x512' && i.purpose === 'maskable'));
  for (const icon of manifest.icons) {
    const status = await page.evaluate(async (u) => (await fetch(u)).status, new URL(icon.src, manifestUrl).href);
    assert.equal(status, 200, icon.src);
  }
  await context.close();
  await copy.done();
});

test('the author screen works offline once opened; until then its checker is never downloaded, even to keep', async () => {
  const copy = await servedCopy();
  const context = await browser.newContext();
  const { page, watch } = await visitOnce(context, copy.server.url, '#/check');
  const kept = () => page.evaluate(async () => {
    const urls = [];
    for (const key of await caches.keys()) urls.push(...(await (await caches.open(key)).keys()).map((r) => r.url));
    return urls;
  });
  assert.ok((await kept()).some((u) => /desk-/.test(u)), 'the offline copy is made');
  assert.equal((await kept()).filter((u) => /checker-/.test(u)).length, 0, 'without the checker (or its worker script)');

  await goTo(page, '#/author');
  await page.waitForSelector('button:has-text("Start from the template"):not([disabled])');
  await page.waitForFunction(async () => {
    const urls = [];
    for (const key of await caches.keys()) urls.push(...(await (await caches.open(key)).keys()).map((r) => r.url));
    return urls.filter((u) => /checker-/.test(u)).length === 3;
  });
  await context.setOffline(true);
  await copy.server.close();
  await page.reload();
  await page.waitForSelector('button:has-text("Start from the template"):not([disabled])');
  await page.click('text=Start from the template');
  // The template's example text, untouched, is its one warning.
  await page.waitForFunction(() => /^0 problems and 1 warning/.test(document.querySelector('#check-summary')?.textContent ?? ''));
  assert.deepEqual(watch.errors, []);
  await context.close();
  await copy.done();
});

test('a first visit straight to the author screen keeps its checker for offline use (defect 24)', async () => {
  const copy = await servedCopy();
  const context = await browser.newContext();
  const { page, watch } = await watchedPage(context);
  // The checker is fetched before the service worker controls the page.
  await openApp(page, copy.server.url, '#/author');
  await page.waitForSelector('button:has-text("Start from the template"):not([disabled])');
  await page.waitForFunction(async () => {
    const urls = [];
    for (const key of await caches.keys()) urls.push(...(await (await caches.open(key)).keys()).map((r) => r.url));
    return urls.filter((u) => /checker-/.test(u)).length === 3 && urls.some((u) => /desk-/.test(u));
  }, null, { timeout: 30000 });
  // The files are in the cache before the worker that made it takes over: wait for that too, or
  // the reload below goes to the network (a race in the test, not in the app).
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null, null, { timeout: 30000 });
  await context.setOffline(true);
  await copy.server.close();
  await page.reload();
  await page.waitForSelector('button:has-text("Start from the template"):not([disabled])');
  await page.click('text=Start from the template');
  await page.waitForFunction(() => /^0 problems and 1 warning/.test(document.querySelector('#check-summary')?.textContent ?? ''));
  assert.doesNotMatch(await page.textContent('#app main'), /JsValue/);
  assert.deepEqual(watch.errors, []);
  await context.close();
  await copy.done();
});

test('switching to a new version from the author screen carries the scenario being written (hostile defect 7)', async () => {
  const copy = await servedCopy();
  const context = await browser.newContext();
  const { page, watch } = await visitOnce(context, copy.server.url, '#/author');
  await page.waitForSelector('button:has-text("Start from the template"):not([disabled])');
  await page.click('text=Start from the template');
  await page.waitForFunction(() => document.querySelector('#author-text')?.value.length > 0);
  const text = (await page.inputValue('#author-text')).replace(/^title = ".*"$/m, 'title = "Written before the switch"');
  await page.fill('#author-text', text);

  await publishNewVersion(copy, page);
  await Promise.all([page.waitForEvent('load'), page.click('text=Switch to the new version')]);
  await page.waitForFunction(() => /title = "Written before the switch"/.test(document.querySelector('#author-text')?.value ?? ''), null, { timeout: 30000 });
  await page.waitForSelector('text=carried across the switch to the new version');
  assert.equal(await page.evaluate(() => sessionStorage.getItem('recognise-respond.draft')), null, 'carried for that reload only');
  assert.equal(await page.evaluate(() => localStorage.getItem('recognise-respond')?.includes('Written before the switch') ?? false), false, 'not kept on the device');
  assert.deepEqual(watch.errors, []);
  await context.close();
  await copy.done();
});
