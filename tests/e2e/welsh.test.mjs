// The app in Welsh (issue 29): the switch, the choice kept on the device and carried by a link,
// every screen's interface words from the Welsh message files, the translation's status, and
// WCAG 2.2 AA in both languages.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { appUnderTest, watchedPage, goTo, axeViolations } from './browser.mjs';
import { serve } from './server.mjs';
import { ROUTES } from './routes.mjs';

const app = appUnderTest();

/**
 * One language's messages, as the files hold them: id -> value, for the messages written on one
 * line with no selector (a value on several lines, or choosing by a number, is left out).
 */
function messages(tag) {
  const dir = new URL(`../../content/messages/${tag}/`, import.meta.url);
  const out = new Map();
  for (const file of readdirSync(dir).filter((f) => f.endsWith('.ftl'))) {
    const lines = readFileSync(new URL(file, dir), 'utf8').split('\n');
    lines.forEach((line, i) => {
      const m = /^([a-z][a-z0-9-]*) = (.+)$/.exec(line);
      if (m && !/^\s/.test(lines[i + 1] ?? '') && !m[2].includes('->')) out.set(m[1], m[2].trim());
    });
  }
  return out;
}

/**
 * The English interface words a Welsh screen must not show: each English message whose Welsh
 * differs, as a pattern for a whole element's text (a variable matches anything). Short ones
 * (a single word, which may be a name both languages share) are left out.
 */
function englishOnly() {
  const en = messages('en-GB');
  const cy = messages('cy');
  const escape = (s) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const patterns = [];
  for (const [id, value] of en) {
    if (cy.get(id) === value) continue;
    const literal = value.replace(/\{[^}]*\}/g, ' ').replace(/<[^>]*>/g, ' ').trim();
    if (literal.split(/\s+/).length < 3) continue;
    const source = value.split(/\{[^}]*\}/).map((part) => escape(part.replace(/<[^>]*>/g, '').replace(/\s+/g, ' '))).join('.*');
    patterns.push({ id, re: new RegExp(`^${source.trim()}$`) });
  }
  return patterns;
}

const PATTERNS = englishOnly();

/** Every element's text on the page that is an English message, outside anything marked as English. */
async function englishShown(page) {
  const texts = await page.evaluate(() => {
    const out = [];
    for (const el of document.querySelectorAll('#app *')) {
      if (el.closest('[lang]:not([lang="cy"])') || el.closest('script, style, template, textarea')) continue;
      if (!el.checkVisibility?.() && !el.closest('.visually-hidden')) continue;
      const text = el.textContent.replace(/\s+/g, ' ').trim();
      if (text && text.length < 400) out.push(text);
      for (const name of ['aria-label', 'title', 'placeholder']) {
        const v = el.getAttribute(name);
        if (v) out.push(v.trim());
      }
    }
    return out;
  });
  const found = new Set();
  for (const text of texts) for (const { id, re } of PATTERNS) if (re.test(text)) found.add(`${id}: "${text.slice(0, 80)}"`);
  return [...found];
}

test('the message files give the walk enough English to find', () => {
  assert.ok(PATTERNS.length > 300, `${PATTERNS.length} English messages to look for`);
});

test('the switch opens the same screen in Welsh, keeps the choice, and opens it again in English', async () => {
  const context = await app.browser.newContext();
  const { page, watch } = await watchedPage(context);
  await page.goto(app.server.url + '#/check');
  await page.waitForSelector('#app main h1');
  assert.equal(await page.getAttribute('html', 'lang'), 'en-GB');
  // Answers held only in memory are carried across the switch.
  await page.check('#sign-cce-debt');
  const switchLink = page.locator('#app a.lang-switch');
  assert.equal(await switchLink.getAttribute('lang'), 'cy');
  assert.equal((await switchLink.textContent()).trim(), 'Cymraeg');
  await Promise.all([page.waitForNavigation(), switchLink.click()]);
  await page.waitForSelector('#app main h1');
  assert.equal(new URL(page.url()).search, '?lang=cy');
  assert.equal(new URL(page.url()).hash, '#/check', 'the same screen');
  assert.equal(await page.getAttribute('html', 'lang'), 'cy');
  assert.ok(await page.isChecked('#sign-cce-debt'), 'the tick given in English is still there');
  const cy = messages('cy');
  assert.equal((await page.textContent('#app .outcome-bar strong')).trim(), cy.get('level-refer-now-title'));
  assert.match(await page.textContent('#app footer'), new RegExp(cy.get('page-translation-drafted').replace(/[.*+?^${}()|[\]\\]/g, '\\$&')));
  // Kept on the device: a plain address opens in Welsh.
  await page.goto(app.server.url + '#/');
  await page.reload();
  await page.waitForSelector('#app main h1');
  assert.equal(await page.getAttribute('html', 'lang'), 'cy');
  assert.equal((await page.textContent('#app a.lang-switch')).trim(), 'English');
  assert.equal(await page.getAttribute('#app a.lang-switch', 'lang'), 'en-GB');
  await Promise.all([page.waitForNavigation(), page.click('#app a.lang-switch')]);
  await page.waitForSelector('#app main h1');
  assert.equal(await page.getAttribute('html', 'lang'), 'en-GB');
  await page.goto(app.server.url + '#/guidance');
  await page.reload();
  await page.waitForSelector('#app main h1');
  assert.equal(await page.getAttribute('html', 'lang'), 'en-GB', 'English is kept as the choice now');
  assert.deepEqual(watch.errors, []);
  await context.close();
});

test('the language switch opened in a new tab leaves this tab as it was, with nothing carried into either', async () => {
  const context = await app.browser.newContext();
  const { page, watch } = await watchedPage(context);
  await page.goto(app.server.url + '#/check');
  await page.waitForSelector('#app main h1');
  await page.check('#sign-cce-debt');
  const [opened] = await Promise.all([context.waitForEvent('page'), page.click('#app a.lang-switch', { modifiers: ['Control'] })]);
  await opened.waitForSelector('#app main h1');
  assert.equal(await opened.getAttribute('html', 'lang'), 'cy');
  assert.equal(new URL(opened.url()).hash, '#/check', 'the same screen, in Welsh');
  assert.equal(await opened.isChecked('#sign-cce-debt'), false, 'a new tab holds no answers from memory, as any new tab');
  // This tab stays in English with its tick, and nothing is left for it to take in again at its
  // next load (answers or a referral draft carried for a switch it did not make).
  assert.equal(await page.getAttribute('html', 'lang'), 'en-GB');
  assert.equal(new URL(page.url()).search, '');
  assert.ok(await page.isChecked('#sign-cce-debt'));
  const left = await page.evaluate(() => Object.keys(sessionStorage));
  assert.deepEqual(left.filter((k) => /carry|draft/.test(k)), [], JSON.stringify(left));
  assert.deepEqual(watch.errors, []);
  await context.close();
});

test('a shared link carries the language, and erasing everything forgets the choice', async () => {
  const context = await app.browser.newContext();
  const { page, watch } = await watchedPage(context);
  await page.goto(app.server.url + '?lang=cy#/data');
  await page.waitForSelector('#app main h1');
  assert.equal(await page.getAttribute('html', 'lang'), 'cy');
  const kept = await page.evaluate(() => JSON.parse(localStorage.getItem('recognise-respond')).lang);
  assert.equal(kept, 'cy');
  const cy = messages('cy');
  await page.click('#erase-start');
  await page.click(`#app button:has-text("${cy.get('data-erase-yes')}")`);
  await page.waitForFunction(() => !JSON.parse(localStorage.getItem('recognise-respond') ?? '{}').lang);
  await page.goto(app.server.url + '#/');
  await page.reload();
  await page.waitForSelector('#app main h1');
  assert.equal(await page.getAttribute('html', 'lang'), 'en-GB', 'nothing kept: English again');
  assert.deepEqual(watch.errors, []);
  await context.close();
});

test('every screen in Welsh shows no English interface words, and passes axe', async () => {
  const context = await app.browser.newContext();
  const { page, watch } = await watchedPage(context);
  await page.goto(app.server.url + '?lang=cy#/');
  await page.waitForSelector('#app main h1');
  const english = [];
  const axe = [];
  for (const [hash] of ROUTES) {
    await goTo(page, hash);
    // Whatever the screen fetches or draws after starting (the rest of the content, say).
    await page.waitForTimeout(150);
    for (const found of await englishShown(page)) english.push(`${hash} ${found}`);
    for (const v of await axeViolations(page)) axe.push(`${hash}: ${v.id} ${v.help} ${v.nodes.join(', ')}`);
  }
  assert.deepEqual(english, [], 'English interface words on a Welsh screen');
  assert.deepEqual(axe, [], 'axe on every Welsh screen');
  assert.deepEqual(watch.errors, []);
  await context.close();
});

test('in Welsh, an outcome, a scenario\'s feedback and the referral notes show no English interface words, and pass axe', async () => {
  const context = await app.browser.newContext();
  const { page, watch } = await watchedPage(context);
  const cy = messages('cy');
  await page.goto(app.server.url + '?lang=cy#/check');
  await page.waitForSelector('#app main h1');
  // Signs enough for a pattern: the outcome with its reasons and next steps.
  for (const id of ['#sign-goes-missing', '#sign-sexualised-appearance', '#sign-cce-debt']) await page.check(id);
  await page.waitForSelector('#app .reasons');
  assert.equal((await page.textContent('#app .outcome-bar strong')).trim(), cy.get('level-refer-now-title'));
  const found = [];
  const axe = [];
  const sweep = async (where) => {
    for (const f of await englishShown(page)) found.push(`${where} ${f}`);
    for (const v of await axeViolations(page)) axe.push(`${where}: ${v.id} ${v.help} ${v.nodes.join(', ')}`);
  };
  await sweep('outcome');
  await goTo(page, '#/refer');
  await sweep('referral notes');
  await goTo(page, '#/scenarios/kobe');
  await page.click(`#app main button:has-text("${cy.get('scenario-start')}")`);
  await page.locator('.choices label').first().click();
  await page.click('.choices button[type=submit]');
  await page.waitForSelector('#feedback-heading');
  await sweep('scenario feedback');
  assert.deepEqual(found, [], 'English interface words on a Welsh screen');
  assert.deepEqual(axe, []);
  assert.equal(await page.getAttribute('html', 'lang'), 'cy');
  assert.deepEqual(watch.errors, []);
  await context.close();
});

test('in Welsh, every screen of Welsh content says how far its Welsh can be trusted, and What changed says which changes it has', async () => {
  const context = await app.browser.newContext();
  const { page, watch } = await watchedPage(context);
  const cy = messages('cy');
  const en = messages('en-GB');
  await page.goto(app.server.url + '?lang=cy#/');
  await page.waitForSelector('#app main h1');
  for (const hash of ['#/check', '#/glossary', '#/scenarios/kobe', '#/contacts', '#/guidance/age', '#/about']) {
    await goTo(page, hash);
    await page.waitForSelector('#app main .translation-status');
    assert.match(await page.textContent('#app main .translation-status'), new RegExp(cy.get('guidance-welsh-drafted').replace(/[.*+?^${}()|[\]\\]/g, '\\$&')), hash);
  }
  // Every change is in the Welsh today, and What changed says so beside each.
  await goTo(page, '#/changes');
  const lines = await page.locator('#app .change-welsh').allTextContents();
  assert.ok(lines.length > 10, `${lines.length} changes with a word on the Welsh`);
  assert.ok(lines.every((l) => l.trim() === cy.get('content-welsh-has-change')), lines.find((l) => l.trim() !== cy.get('content-welsh-has-change')));
  // An English reader is told only of what the Welsh lacks: nothing, today; and sees no notice.
  await page.goto(app.server.url + '?lang=en-GB#/changes');
  await page.waitForSelector('#app main h1');
  assert.equal(await page.getAttribute('html', 'lang'), 'en-GB');
  await page.waitForSelector('#app .change-list');
  assert.equal(await page.locator('#app .change-welsh').count(), 0);
  await goTo(page, '#/scenarios/kobe');
  assert.equal(await page.locator('#app main .translation-status').count(), 0);
  assert.ok(en.get('content-welsh-lacks-change'));
  assert.deepEqual(watch.errors, []);
  await context.close();
});

test('in Welsh, whose words run longer, a 320 px wide screen never scrolls sideways', async () => {
  const context = await app.browser.newContext({ viewport: { width: 320, height: 640 }, deviceScaleFactor: 2, isMobile: true, hasTouch: true });
  const { page, watch } = await watchedPage(context);
  await page.goto(app.server.url + '?lang=cy#/');
  await page.waitForSelector('#app main h1');
  const wide = [];
  for (const [hash] of ROUTES) {
    await goTo(page, hash);
    const { scroll, client } = await page.evaluate(() => ({ scroll: document.documentElement.scrollWidth, client: document.documentElement.clientWidth }));
    if (scroll > client) wide.push(`${hash} is ${scroll}px wide in a ${client}px screen`);
  }
  assert.equal(await page.getAttribute('html', 'lang'), 'cy');
  assert.deepEqual(wide, []);
  assert.deepEqual(watch.errors, []);
  await context.close();
});

test('in Welsh after one visit, the app works in Welsh with the network cut, and after a new version too', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'rr-cy-'));
  cpSync(process.env.DIST ?? 'dist', dir, { recursive: true });
  const server = await serve(dir);
  const context = await app.browser.newContext();
  const { page, watch } = await watchedPage(context);
  await page.goto(server.url + '?lang=cy#/check');
  await page.waitForSelector('#app main h1');
  await page.waitForFunction(() => navigator.serviceWorker?.controller, null, { timeout: 30000 });
  // The page asked the worker to keep the Welsh: wait until it has.
  await page.waitForFunction(async () => {
    for (const key of await caches.keys()) {
      const urls = (await (await caches.open(key)).keys()).map((r) => r.url);
      if (urls.some((u) => /content-cy-[0-9a-f]+\.json$/.test(u)) && urls.some((u) => u.endsWith('/pre/cy/home.html'))) return true;
    }
    return false;
  }, null, { timeout: 30000, polling: 250 });
  // A new version: it keeps the Welsh too, since this device kept it.
  const sw = join(dir, 'sw.js');
  const source = readFileSync(sw, 'utf8');
  writeFileSync(sw, source.replace(source.match(/const BUILD = '([0-9a-f]+)'/)[1], 'feedfacefeedface'));
  await page.evaluate(() => navigator.serviceWorker.getRegistration().then((r) => r.update()));
  await page.waitForSelector('.update-notice', { timeout: 30000 });
  await page.evaluate(() => navigator.serviceWorker.getRegistration().then((r) => r.waiting?.postMessage('switch')));
  await page.waitForFunction(async () => (await caches.keys()).some((k) => k.endsWith('feedfacefeedface')) && (await caches.keys()).length === 1, null, { timeout: 30000 });
  await context.setOffline(true);
  await server.close();
  for (const hash of ['#/check', '#/guidance/age', '#/scenarios/kobe']) {
    await page.goto('about:blank');
    await page.goto(server.url + hash).catch(() => {});
    await page.waitForSelector('#app main h1');
    assert.equal(await page.getAttribute('html', 'lang'), 'cy', `${hash} offline is in Welsh`);
    assert.ok(await page.locator('#app .lang-switch[lang="en-GB"]').count(), `${hash}: the switch offers English`);
  }
  assert.deepEqual(watch.errors, []);
  await context.close();
  rmSync(dir, { recursive: true, force: true });
});

test('an address asking for a language no one speaks changes nothing; the kept choice stands, in the first paint and the app alike', async () => {
  for (const [query, kept, want] of [
    ['?lang=fr', 'cy', 'cy'],
    ['?lang=__proto__', null, 'en-GB'],
    ['?lang=cy_x', null, 'en-GB'],
    ['?a=b?lang=cy', null, 'en-GB'],
    ['?lang=CY', null, 'cy'],
    ['?lang=en-gb', 'cy', 'en-GB'],
  ]) {
    const context = await app.browser.newContext();
    if (kept) await context.addInitScript((k) => { if (!sessionStorage.getItem('seeded')) { localStorage.setItem('recognise-respond', JSON.stringify({ version: 9, lang: k })); sessionStorage.setItem('seeded', '1'); } }, kept);
    const { page, watch } = await watchedPage(context);
    let painted = null;
    await page.exposeFunction('__painted', (lang) => { painted ??= lang; });
    await page.addInitScript(() => document.addEventListener('readystatechange', () => window.__painted(document.documentElement.lang)));
    await page.goto(app.server.url + query + '#/');
    await page.waitForSelector('#app main h1');
    assert.equal(await page.getAttribute('html', 'lang'), want, `${query} with ${kept} kept: the app`);
    assert.equal(painted, want, `${query} with ${kept} kept: the first paint`);
    assert.deepEqual(watch.errors, [], query);
    await context.close();
  }
});

test('when the Welsh cannot be had, the app starts in English rather than not at all', async () => {
  const context = await app.browser.newContext();
  const { page, watch } = await watchedPage(context);
  await page.route(/content-cy-[0-9a-f]+\.json$/, (route) => route.abort());
  await page.goto(app.server.url + '?lang=cy#/check');
  await page.waitForSelector('#app main h1');
  assert.equal(await page.getAttribute('html', 'lang'), 'en-GB');
  const en = messages('en-GB');
  assert.equal((await page.textContent('#app main h1')).trim(), en.get('page-check-title'));
  await page.check('#sign-cce-debt');
  assert.equal((await page.textContent('#app .outcome-bar strong')).trim(), en.get('level-refer-now-title'));
  // Once the Welsh can be had again, the switch tries it once more (the address already asks
  // for Welsh, so a plain link would only move within the page), and the tick is carried.
  await page.unroute(/content-cy-[0-9a-f]+\.json$/);
  const switchLink = page.locator('#app a.lang-switch');
  assert.equal((await switchLink.textContent()).trim(), 'Cymraeg');
  await Promise.all([page.waitForNavigation(), switchLink.click()]);
  await page.waitForFunction(() => document.documentElement.lang === 'cy' && document.documentElement.getAttribute('data-app'));
  const cy = messages('cy');
  assert.equal((await page.textContent('#app main h1')).trim(), cy.get('page-check-title'));
  assert.ok(await page.isChecked('#sign-cce-debt'), 'the tick given in English is still there');
  // The browser's own line for the request refused above is the only error.
  assert.deepEqual(watch.errors.filter((e) => !/Failed to load resource/.test(e)), []);
  await context.close();
});
