// End-to-end tests of the foundation, in headless Chromium against the release build served
// on loopback from a sub-folder.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { ROUTES, GUIDANCE, SCENARIOS, screensIn } from './routes.mjs';
import { appUnderTest, watchedPage, openApp, goTo, axeViolations, tabTo, takeFirstDecision, seedSavedData, openDetails } from './browser.mjs';

const app = appUnderTest();

async function fresh(options = {}) {
  const context = await app.browser.newContext(options);
  const { page, watch } = await watchedPage(context);
  return { context, page, watch };
}

test('the home screen shows the three ways in and the 999 line', async () => {
  const { context, page, watch } = await fresh();
  await openApp(page, app.server.url);
  assert.match(await page.textContent('main h1'), /Recognise/);
  const ways = await page.$$eval('.way-in-title', (els) => els.map((e) => e.textContent.trim()));
  assert.deepEqual(ways, ['Guidance', 'Check signs', 'Scenarios']);
  const emergency = await page.textContent('.emergency');
  assert.match(emergency, /immediate danger/);
  assert.match(emergency, /999/);
  assert.equal(await page.getAttribute('.emergency a', 'href'), 'tel:999');
  assert.equal(await page.$('#loading'), null, 'the loading message is gone once the app starts');
  assert.deepEqual(watch.errors, []);
  await context.close();
});

test('every route renders its heading, with no console errors', async () => {
  const { context, page, watch } = await fresh();
  await openApp(page, app.server.url);
  for (const [hash, heading] of ROUTES) {
    await goTo(page, hash);
    assert.match(await page.textContent('main h1'), new RegExp(heading), hash);
    assert.match(await page.title(), / – Recognise & Respond$/, hash);
  }
  // A deep link opened directly works too.
  await openApp(page, app.server.url, '#/privacy');
  assert.match(await page.textContent('main h1'), /Privacy/);
  assert.deepEqual(watch.errors, []);
  await context.close();
});

test('every route is reachable with the keyboard alone, and focus moves to the new heading', async () => {
  const { context, page } = await fresh();
  await openApp(page, app.server.url);
  const links = [
    ['.nav-list a[href="#/guidance"]', 'Guidance'],
    ['.nav-list a[href="#/check"]', 'Check signs'],
    ['.nav-list a[href="#/scenarios"]', 'Scenarios'],
    ['.footer a[href="#/about"]', 'About this app'],
    ['.footer a[href="#/privacy"]', 'Privacy'],
    ['.footer a[href="#/nation"]', 'Your UK nation'],
    ['.footer a[href="#/workshop"]', 'Workshop mode'],
    ['.brand', 'Recognise'],
  ];
  for (const [selector, heading] of links) {
    await tabTo(page, selector);
    await page.keyboard.press('Enter');
    await page.waitForFunction((h) => document.querySelector('#app main h1')?.textContent.includes(h), heading);
    // Focus moves once the new screen is drawn.
    await page.waitForFunction(() => document.activeElement?.tagName === 'H1', null, { timeout: 2000 }).catch(() => {});
    const focused = await page.evaluate(() => document.activeElement?.tagName);
    assert.equal(focused, 'H1', `focus is on the new heading after ${selector}`);
  }
  // A guidance page from the list, by keyboard.
  await goTo(page, '#/guidance');
  await tabTo(page, 'main .page-list a[href="#/guidance/child-trafficking"]');
  await page.keyboard.press('Enter');
  await page.waitForFunction(() => document.querySelector('#app main h1')?.textContent.includes('child trafficking'));
  // On a fresh load, the skip link is the first stop and moves focus to the main content.
  await page.reload();
  await page.waitForSelector('#app main h1');
  await page.keyboard.press('Tab');
  assert.equal(await page.evaluate(() => document.activeElement?.className), 'skip-link');
  await page.keyboard.press('Enter');
  assert.equal(await page.evaluate(() => document.activeElement?.id), 'main');
  assert.match(await page.evaluate(() => location.hash), /^#\/guidance\/child-trafficking$/, 'the skip link does not change the screen');
  await context.close();
});

test('the nation chosen is remembered on the device across a reload, and can be forgotten', async () => {
  const { context, page } = await fresh();
  await openApp(page, app.server.url);
  assert.match(await page.textContent('.nation-line'), /No UK nation chosen/);
  // A radio group is one Tab stop; the arrow keys pick within it, and nothing is kept until
  // the button is pressed (WCAG 3.2.2; tests/e2e/calls.test.mjs tests this on every screen).
  await tabTo(page, '#nation-england');
  await page.keyboard.press('ArrowDown');
  await page.waitForFunction(() => document.activeElement?.id === 'nation-wales' && document.activeElement.checked);
  assert.equal(await page.evaluate(() => localStorage.getItem('recognise-respond')), null, 'an arrow key keeps nothing');
  await page.keyboard.press('Tab');
  await page.waitForFunction(() => document.activeElement?.id === 'nation-save');
  await page.keyboard.press('Enter');
  await page.waitForFunction(() => document.querySelector('.nation-line')?.textContent.includes('Wales'));
  await page.waitForFunction(() => document.activeElement?.id === 'nation-save', null, { timeout: 2000 });
  assert.match(await page.textContent('.confirmation'), /Saved\. Next steps will be for Wales/);
  const { epoch: first, ...stored } = JSON.parse(await page.evaluate(() => localStorage.getItem('recognise-respond')));
  assert.deepEqual(stored, { version: 9, nation: 'wales' });
  assert.ok(Number.isSafeInteger(first), 'the data is given an epoch when it is first kept');

  await page.reload();
  await page.waitForSelector('#app main h1');
  assert.match(await page.textContent('.nation-line'), /Next steps are for Wales/);
  assert.equal(await page.$('#nation-question'), null, 'the question is not asked again');

  await goTo(page, '#/nation');
  assert.equal(await page.isChecked('#nation-wales'), true);
  await page.click('#nation-scotland');
  await page.click('#nation-save');
  await page.reload();
  await page.waitForSelector('#app main h1');
  assert.match(await page.textContent('.nation-line'), /Scotland/);
  await page.click('text=Forget my nation');
  const { epoch, ...rest } = JSON.parse(await page.evaluate(() => localStorage.getItem('recognise-respond')));
  assert.deepEqual(rest, { version: 9 }, 'nothing but the format and the data\'s epoch is left');
  assert.ok(Number.isSafeInteger(epoch), 'the epoch names this lifetime of the data');
  await page.reload();
  await page.waitForSelector('#app main h1');
  assert.match(await page.textContent('.nation-line'), /No UK nation chosen/);
  await context.close();
});

test('corrupt saved data never stops the app: it says so and keeps a copy', async () => {
  const { context, page, watch } = await fresh();
  await seedSavedData(page, '{"version":1,"nation":');
  await openApp(page, app.server.url);
  assert.match(await page.textContent('.messages'), /could not be read/);
  assert.equal(await page.evaluate(() => localStorage.getItem('recognise-respond.backup')), '{"version":1,"nation":');
  await page.click('.message button');
  assert.equal(await page.$('.message'), null, 'messages can be dismissed');
  // The app still works, and a new choice is kept.
  await page.click('#nation-england');
  await page.click('#nation-save');
  await page.reload();
  await page.waitForSelector('#app main h1');
  assert.match(await page.textContent('.nation-line'), /England/);
  assert.equal(await page.evaluate(() => localStorage.getItem('recognise-respond.backup')), '{"version":1,"nation":', 'the copy survives');
  assert.equal(await page.$('.message'), null, 'readable data brings no message');
  assert.deepEqual(watch.errors, []);
  await context.close();
});

test('an older saved format is migrated silently', async () => {
  const { context, page } = await fresh();
  await seedSavedData(page, '{"nation":"Northern Ireland"}');
  await openApp(page, app.server.url);
  assert.match(await page.textContent('.nation-line'), /Northern Ireland/);
  assert.equal(await page.$('.message'), null);
  await context.close();
});

test('a full storage quota is explained and nothing breaks', async () => {
  const { context, page, watch } = await fresh();
  await page.addInitScript(() => {
    Storage.prototype.setItem = function () {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    };
  });
  await openApp(page, app.server.url);
  await page.click('#nation-scotland');
  await page.click('#nation-save');
  assert.match(await page.textContent('.messages'), /storage is full/);
  assert.match(await page.textContent('.nation-line'), /Scotland/, 'the choice still applies for this visit');
  assert.deepEqual(watch.errors, []);
  await context.close();
});

test('storage refused outright (as in some private modes) is explained, and everything still works', async () => {
  const { context, page, watch } = await fresh();
  await page.addInitScript(() => {
    Object.defineProperty(window, 'localStorage', { get() { throw new DOMException('The operation is insecure.', 'SecurityError'); } });
  });
  await openApp(page, app.server.url);
  assert.match(await page.textContent('.messages'), /not letting the app keep anything/);
  await page.click('#nation-wales');
  await page.click('#nation-save');
  assert.match(await page.textContent('.nation-line'), /Wales/, 'the choice applies for this visit');
  await goTo(page, '#/check');
  await page.click('#sign-goes-missing');
  assert.match(await page.textContent('.level-box'), /Concern/);
  await goTo(page, '#/data');
  assert.match(await page.textContent('.data-table'), /Nothing is kept/);
  await goTo(page, '#/scenarios/kobe');
  await page.click('text=Start the scenario');
  await page.waitForSelector('#scene-heading');
  assert.deepEqual(watch.errors, []);
  await context.close();
});

test('the guidance page shows its sources and when it was reviewed', async () => {
  const { context, page } = await fresh();
  await openApp(page, app.server.url, '#/guidance/child-trafficking');
  assert.equal(await page.textContent('#sources-heading'), 'Sources');
  const sources = await page.$$eval('.sources li', (els) => els.map((e) => e.textContent));
  assert.ok(sources.length >= 5, `lists its sources (${sources.length})`);
  assert.ok(sources.some((s) => s.includes('Modern Slavery Act 2015')));
  assert.match(await page.textContent('article'), /Last reviewed \d{1,2} [A-Z][a-z]+ 20\d\d/);
  assert.match(await page.textContent('.prose'), /only two things/);
  await context.close();
});

test('no request leaves for another origin, and every request is a GET of the app\'s own files', async () => {
  const { context, page, watch } = await fresh();
  await openApp(page, app.server.url);
  for (const [hash] of ROUTES) await goTo(page, hash);
  await page.click('a[href="#/nation"]');
  await page.click('#nation-england');
  await page.click('#nation-save');
  // The checklist's interactive states: ticking, judgement, copying, keeping and clearing.
  await goTo(page, '#/check');
  for (const id of ['#immediate-danger', '#sign-goes-missing', '#sign-cce-debt', '#age-under-13', '#keep-answers']) await page.click(id);
  await page.fill('#sign-filter', 'phone');
  await openDetails(page, 'Use your professional judgement');
  await page.selectOption('#judgement-level', 'refer-now');
  await page.click('text=Apply judgement');
  await page.click('text=Copy as text');
  await page.click('text=Clear all answers');
  // Search, an abbreviation, a nation passage, a scenario decision and its debrief.
  await goTo(page, '#/search');
  await page.fill('#search-page', 'natonal referal');
  await page.waitForSelector('.results li');
  await goTo(page, '#/guidance/national-referral-mechanism');
  await page.locator('.prose button.abbr').first().click();
  await page.click("text=Show every nation's version");
  await takeFirstDecision(page, 'age-dispute');
  await page.click('.feedback button');
  // Your data: export, a refused import, and erasing.
  await goTo(page, '#/data');
  await Promise.all([page.waitForEvent('download'), page.click('text=Export my data to a file')]);
  await page.setInputFiles('#import-file', { name: 'x.json', mimeType: 'application/json', buffer: Buffer.from('{') });
  await page.waitForSelector('.data-outcome .error-message');
  await page.click('button:has-text("Erase everything")');
  await page.click('text=Yes, erase everything');
  await page.reload();
  await page.waitForSelector('#app main h1');
  const prefix = new URL(app.server.url).pathname;
  for (const r of watch.requests) {
    const url = new URL(r.url);
    assert.equal(url.origin, app.server.origin, `request to another origin: ${r.url}`);
    assert.equal(r.method, 'GET', `non-GET request: ${r.method} ${r.url}`);
    assert.ok(url.pathname.startsWith(prefix), `request outside the app's folder: ${r.url}`);
  }
  for (const r of app.server.requests) assert.equal(r.method, 'GET', `server saw ${r.method} ${r.url}`);
  assert.ok(watch.requests.length >= 3, 'the watch saw the app load');
  await context.close();
});

test('the Content-Security-Policy allows no other origin and blocks injected script', async () => {
  const { context, page, watch } = await fresh();
  await openApp(page, app.server.url);
  const csp = await page.getAttribute('meta[http-equiv="Content-Security-Policy"]', 'content');
  assert.match(csp, /default-src 'none'/);
  assert.match(csp, /script-src 'self' 'wasm-unsafe-eval'( 'sha256-[A-Za-z0-9+/=]+')+(;|$)/);
  // One hash for each inline script the page came with (Trunk's loader and the first paint's).
  const inline = await page.evaluate(() => [...document.querySelectorAll('script:not([src])')].length);
  assert.equal(csp.match(/'sha256-/g).length, inline);
  assert.doesNotMatch(csp, /unsafe-inline|https?:|\*/);
  assert.match(csp, /connect-src 'self'/);
  assert.match(csp, /base-uri 'none'/);
  assert.match(csp, /form-action 'none'/);
  // An inline script added by anyone else does not run.
  const ran = await page.evaluate(async () => {
    window.__injected = false;
    const s = document.createElement('script');
    s.textContent = 'window.__injected = true';
    document.body.append(s);
    await new Promise((r) => setTimeout(r, 50));
    return window.__injected;
  });
  assert.equal(ran, false);
  assert.ok(watch.errors.some((e) => /Content Security Policy/.test(e)), 'the browser reports the blocked script');
  await context.close();
});

test('axe-core finds no WCAG 2.2 A or AA violations on any route', async () => {
  const { context, page } = await fresh();
  await openApp(page, app.server.url);
  for (const [hash] of ROUTES) {
    await goTo(page, hash);
    const violations = await axeViolations(page);
    assert.deepEqual(violations, [], `${hash}: ${JSON.stringify(violations, null, 1)}`);
  }
  await context.close();
});

test('a 320 px wide screen never scrolls sideways', async () => {
  const { context, page } = await fresh({ viewport: { width: 320, height: 640 }, deviceScaleFactor: 2, isMobile: true, hasTouch: true });
  await openApp(page, app.server.url);
  for (const [hash] of ROUTES) {
    await goTo(page, hash);
    const { scroll, client } = await page.evaluate(() => ({ scroll: document.documentElement.scrollWidth, client: document.documentElement.clientWidth }));
    assert.ok(scroll <= client, `${hash} is ${scroll}px wide in a ${client}px screen`);
  }
  await context.close();
});

test('when the rest of the content cannot be fetched, the app says so once, and Try again fetches it', async () => {
  // No service worker here: it would fetch the file too, for offline use.
  const { context, page } = await fresh({ serviceWorkers: 'block' });
  let asked = 0;
  let refuse = true;
  await context.route(/content-[0-9a-f]{16}\.json$/, (route) => {
    asked++;
    return refuse ? route.abort() : route.continue();
  });
  await openApp(page, app.server.url, '#/check');
  await page.evaluate(() => { window.location.hash = '#/scenarios'; });
  await page.waitForSelector('text=could not be loaded');
  await new Promise((r) => setTimeout(r, 1000));
  assert.equal(asked, 1, 'no loop of requests after a failure');
  refuse = false;
  await page.click('button:has-text("Try again")');
  await page.waitForFunction(() => /Scenarios/.test(document.querySelector('#app main h1')?.textContent ?? ''));
  assert.equal(asked, 2);
  await context.close();
});
