// A phone in a hurry: the page the server sends is readable and shows the 999 line before the
// WebAssembly arrives, the app takes over without moving anything, the header is compact, and
// the checklist's groups fold with a count of what is ticked. Speed itself is measured by
// scripts/bench, never asserted here.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { appUnderTest, watchedPage, axeViolations, tabTo } from './browser.mjs';

const app = appUnderTest();
const PHONE = { viewport: { width: 393, height: 851 }, isMobile: true, hasTouch: true };

/** A page whose WebAssembly is held back until `release()` is called. */
async function held(hash, options = PHONE, nation) {
  const context = await app.browser.newContext(options);
  if (nation) {
    await context.addInitScript((n) => localStorage.setItem('recognise-respond', JSON.stringify({ version: 5, nation: n })), nation);
  }
  const { page, watch } = await watchedPage(context);
  let release;
  const gate = new Promise((r) => (release = r));
  // The app's builds only: the quick build (the level for the early checklist) is not held.
  await page.route(/\/(recognise-respond|desk)-[0-9a-f]+_bg\.wasm$/, async (route) => { await gate; await route.continue(); });
  await page.goto(app.server.url + hash);
  return { context, page, watch, release };
}

const started = (page) => page.waitForFunction(() => document.documentElement.dataset.app === 'ready' && !document.getElementById('first-paint'));

/** Where each of `selectors` is on screen (its first match), rounded. */
const places = (page, selectors) => page.evaluate((list) => list.map((s) => {
  const r = document.querySelector(s)?.getBoundingClientRect();
  return r ? [s, Math.round(r.top), Math.round(r.left), Math.round(r.height)] : [s, null];
}), selectors);

test('before the app has arrived, the page shows the 999 line, the frame and the home screen', async () => {
  const { context, page, release } = await held('');
  await page.waitForSelector('#first-paint main h1');
  assert.equal(await page.evaluate(() => document.documentElement.dataset.app), undefined, 'the app has not started');
  assert.equal(await page.isVisible('.emergency a[href="tel:999"]'), true);
  assert.match(await page.textContent('main h1'), /Recognise & Respond/);
  assert.equal(await page.locator('#first-paint .way-in').count(), 3);
  assert.equal(await page.locator('#first-paint .skip-link').count(), 1);
  assert.deepEqual(await axeViolations(page), [], 'the first paint passes axe');
  release();
  await started(page);
  await context.close();
});

test('a shared link to a guidance page is readable before the app, and starts fetching the content with it', async () => {
  const { context, page, watch, release } = await held('#/guidance/child-trafficking');
  await page.waitForFunction(() => document.documentElement.dataset.first === 'shown');
  assert.match(await page.textContent('#first-paint main h1'), /What child trafficking means/);
  assert.equal(await page.isVisible('#first-paint main .prose p'), true);
  assert.ok(watch.requests.some((r) => /\/pre\/guidance-child-trafficking\.html$/.test(r.url)), 'the pre-rendered page');
  assert.ok(watch.requests.some((r) => /content-[0-9a-f]{16}\.json$/.test(r.url)), 'the content, fetched alongside the app');
  release();
  await started(page);
  assert.match(await page.textContent('#app main h1'), /What child trafficking means/);
  await context.close();

  // The checklist never waits for the content, so it does not fetch it early; it shows its own
  // pre-rendered text, never the home screen's.
  const check = await held('#/check');
  await check.page.waitForFunction(() => document.documentElement.dataset.first === 'shown');
  assert.equal(await check.page.textContent('#first-paint main h1'), 'Check signs');
  assert.ok(!check.watch.requests.some((r) => /content-[0-9a-f]{16}\.json$/.test(r.url)));
  check.release();
  await started(check.page);
  await check.context.close();
});

test('the app takes over without moving anything on screen', async () => {
  for (const [hash, nation, selectors] of [
    ['', null, ['.banner', '.emergency', '.nation-line', 'main h1', 'main .lead', '#home-search', '.ways-in']],
    ['#/guidance/child-trafficking', 'wales', ['.emergency', '.nation-line', 'main h1', 'main .lead', 'main .prose', 'main .prose p']],
    ['#/guidance/age', null, ['.emergency', '.nation-line', 'main h1', 'main .prose h2']],
  ]) {
    const { context, page, release } = await held(hash, PHONE, nation);
    if (hash) await page.waitForFunction(() => document.documentElement.dataset.first === 'shown');
    else await page.waitForSelector('#first-paint main h1');
    const before = await places(page, selectors);
    const line = await page.textContent('.nation-line');
    release();
    await started(page);
    assert.deepEqual(await places(page, selectors), before, `${hash || 'home'}: nothing moved`);
    assert.equal((await page.textContent('.nation-line')).trim(), line.trim(), `${hash || 'home'}: the nation line said the same`);
    await context.close();
  }
});

test('focus given to the first paint is kept when the app takes over', async () => {
  const { context, page, release } = await held('', { viewport: { width: 1024, height: 768 } });
  await page.waitForSelector('#first-paint main h1');
  await tabTo(page, '#first-paint a[href="#/check"]');
  release();
  await started(page);
  assert.equal(await page.evaluate(() => document.activeElement?.closest('#app') !== null && document.activeElement.getAttribute('href')), '#/check');
  await context.close();
});

test('on a phone the header takes one row each: title, navigation, the 999 line, the nation line', async () => {
  for (const width of [320, 393]) {
    const { context, page, release } = await held('#/check', { ...PHONE, viewport: { width, height: 851 } });
    release();
    await started(page);
    const rows = await page.evaluate(() => {
      const h = (s) => document.querySelector(s).getBoundingClientRect().height;
      const lineHeight = (s) => parseFloat(getComputedStyle(document.querySelector(s)).lineHeight);
      return {
        nav: h('.nav-list') < 2 * h('.nav-list a'),
        emergency: h('.emergency strong') < 1.6 * Math.max(lineHeight('.emergency strong'), h('.emergency a')),
        nation: h('.nation-line') < 1.6 * h('.nation-line a'),
        headerShare: document.querySelector('main').getBoundingClientRect().top / window.innerHeight,
        sideways: document.documentElement.scrollWidth > window.innerWidth,
      };
    });
    assert.deepEqual({ ...rows, headerShare: rows.headerShare < 0.25 }, { nav: true, emergency: true, nation: true, headerShare: true, sideways: false }, `${width} px: ${JSON.stringify(rows)}`);
    await context.close();
  }
});

test('a first screen whose text never arrives (a request that never ends) holds the app back only a few seconds; then it starts and answers', async () => {
  const context = await app.browser.newContext(PHONE);
  const { page, watch } = await watchedPage(context);
  // The pre-rendered checklist is asked for and never answered, as on a link that stalls.
  let asked = false;
  await page.route(/\/pre\/check\.html$/, () => { asked = true; });
  const before = Date.now();
  await page.goto(app.server.url + '#/check', { waitUntil: 'commit' });
  await started(page);
  assert.ok(asked, 'the first screen\'s text was asked for');
  // It started on the fallback timer (start_after_ms in the first paint's contract), not
  // because the text came.
  const after = Number(await page.evaluate(() => /"start_after_ms":(\d+)/.exec(document.documentElement.innerHTML)?.[1]));
  assert.ok(after > 0 && Date.now() - before >= after, `started after ${Date.now() - before} ms, the fallback is ${after} ms`);
  await page.click('#immediate-danger');
  assert.equal(await page.textContent('.level-box .level-title'), 'Immediate danger: call 999');
  assert.deepEqual(watch.errors, []);
  await context.close();
});

test('a stylesheet refused (not found, or not the file the page names) leaves the app working, unstyled', async () => {
  for (const answer of [{ status: 404, body: '' }, { status: 200, contentType: 'text/css', body: 'body { color: red }' }]) {
    const context = await app.browser.newContext(PHONE);
    const { page, watch } = await watchedPage(context);
    let refused = 0;
    await page.route(/\/style-[0-9a-f]+\.css$/, (route) => { refused++; return route.fulfill(answer); });
    await page.goto(app.server.url + '#/check');
    await started(page);
    assert.ok(refused > 0, 'the stylesheet was asked for, and refused');
    await page.click('#immediate-danger');
    assert.equal(await page.textContent('.level-box .level-title'), 'Immediate danger: call 999');
    // Neither file is applied: the page has the browser's own margin (the stylesheet sets none),
    // and a changed file's rule (red text) fails its integrity check.
    assert.equal(await page.evaluate(() => getComputedStyle(document.body).marginTop), '8px');
    assert.notEqual(await page.evaluate(() => getComputedStyle(document.body).color), 'rgb(255, 0, 0)');
    // The browser reports the refused file; nothing else went wrong.
    assert.deepEqual(watch.errors.filter((e) => !/style-[0-9a-f]+\.css|status of 404/.test(e)), []);
    await context.close();
  }
});

test('a heading focused on arrival shows no yellow block', async () => {
  const { context, page, release } = await held('', PHONE);
  release();
  await started(page);
  await page.click('#app a[href="#/guidance"]');
  await page.waitForFunction(() => document.activeElement?.matches('main h1'));
  const style = await page.evaluate(() => {
    const s = getComputedStyle(document.activeElement);
    return { background: s.backgroundColor, shadow: s.boxShadow, outline: s.outlineStyle };
  });
  assert.deepEqual(style, { background: 'rgba(0, 0, 0, 0)', shadow: 'none', outline: 'none' });
  await context.close();
});

test('on a phone the groups of signs fold, each with a count of what is ticked in it', async () => {
  const { context, page, release } = await held('#/check', PHONE);
  release();
  await started(page);
  const toggles = page.locator('.group-toggle');
  const n = await toggles.count();
  assert.ok(n >= 6, `${n} groups`);
  assert.equal(await page.locator('.group-toggle[aria-expanded="false"]').count(), n, 'all folded on a phone');
  assert.equal(await page.isVisible('#sign-cce-debt'), false);
  const height = await page.evaluate(() => document.documentElement.scrollHeight);
  assert.ok(height < 9000, `the checklist page is ${height} px tall on a phone`);

  // Open the group with the debt sign, tick it: the count says so, and the outcome bar follows.
  const group = page.locator('.sign-group', { has: page.locator('#sign-cce-debt') });
  const toggle = group.locator('.group-toggle');
  assert.match(await toggle.textContent(), /none ticked/);
  await toggle.click();
  assert.equal(await toggle.getAttribute('aria-expanded'), 'true');
  await page.check('#sign-cce-debt');
  assert.match(await toggle.textContent(), /1 of \d+ ticked/);
  assert.match(await page.textContent('.outcome-bar'), /Refer now/i);
  // Folding keeps the tick and its count.
  await toggle.press('Enter');
  assert.equal(await toggle.getAttribute('aria-expanded'), 'false');
  assert.match(await toggle.textContent(), /1 of \d+ ticked/);

  // A filter opens every group with a match; clearing it folds them again.
  await page.fill('#sign-filter', 'phone');
  const matched = await page.locator('.sign-group:not([hidden]) .group-toggle[aria-expanded="true"]').count();
  assert.ok(matched >= 1 && matched === await page.locator('.sign-group:not([hidden])').count(), 'every shown group is open');
  await page.fill('#sign-filter', '');
  assert.equal(await page.locator('.group-toggle[aria-expanded="true"]').count(), 0);

  await page.click('text=Open every group');
  assert.equal(await page.locator('.group-toggle[aria-expanded="true"]').count(), n);
  assert.equal(await page.isVisible('#sign-cce-debt'), true);
  assert.deepEqual(await axeViolations(page), [], 'the folded checklist passes axe');
  await context.close();
});

test('a tick far below its group\'s heading counts at once: the heading\'s name says it, and the count shows it when scrolled back', async () => {
  const { context, page, release } = await held('#/check', PHONE);
  release();
  await started(page);
  await page.tap('text=Open every group');
  // The longest group, ticked at its last sign: its heading (with the count) is then far above
  // the screen, where the browser lays nothing out until it comes back.
  const heading = await page.evaluate(() => [...document.querySelectorAll('.sign-group')]
    .sort((a, b) => b.querySelectorAll('.checkbox input').length - a.querySelectorAll('.checkbox input').length)[0]
    .querySelector('.group-heading').id);
  const group = page.locator('.sign-group', { has: page.locator(`#${heading}`) });
  const boxes = group.locator('.checkbox input');
  const total = await boxes.count();
  const last = boxes.nth(total - 1);
  await last.scrollIntoViewIfNeeded();
  const above = await group.locator('.group-count').evaluate((c) => -c.getBoundingClientRect().bottom / innerHeight);
  assert.ok(above > 1, `the count is ${above.toFixed(1)} screens above the top of the screen`);
  await last.tap();
  assert.equal(await last.isChecked(), true);
  // What a screen reader hears for the heading's button, with its count still off screen.
  const cdp = await context.newCDPSession(page);
  const name = async () => {
    const { root } = await cdp.send('DOM.getDocument', { depth: 0 });
    const { nodeId } = await cdp.send('DOM.querySelector', { nodeId: root.nodeId, selector: `#${heading} .group-toggle` });
    const { nodes } = await cdp.send('Accessibility.getPartialAXTree', { nodeId, fetchRelatives: false });
    return nodes[0]?.name?.value ?? '';
  };
  assert.match(await name(), new RegExp(`1 of ${total} ticked$`));
  await last.tap();
  assert.match(await name(), /none ticked$/);
  await last.tap();
  // Back on screen, the count drawn is the count (innerText is the text as laid out).
  await group.locator('.group-toggle').scrollIntoViewIfNeeded();
  await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
  assert.equal(await group.locator('.group-count').evaluate((c) => c.checkVisibility() && c.innerText), `1 of ${total} ticked`);
  await cdp.detach();
  await context.close();
});

test('a folded group\'s heading, focused from the keyboard, shows its whole focus bar over the group below', async () => {
  const { context, page, release } = await held('#/check', PHONE);
  release();
  await started(page);
  const first = page.locator('.group-toggle').first();
  await first.focus();
  await page.keyboard.press('Tab');
  await page.keyboard.press('Shift+Tab');
  assert.ok(await first.evaluate((b) => b === document.activeElement && b.matches(':focus-visible')), 'focused from the keyboard');
  assert.equal(await first.getAttribute('aria-expanded'), 'false');
  // The bar under the focused heading (a dark shadow 4 px deep) lies inside the next group,
  // which is a layer of its own: how dark those pixels are on screen, through a canvas.
  const box = await first.boundingBox();
  const png = await page.screenshot({ clip: { x: box.x + 8, y: box.y + box.height + 1, width: 40, height: 2 } });
  const light = await page.evaluate(async (bytes) => {
    // Decoded from the bytes (the page's content policy refuses a data: image).
    const img = await createImageBitmap(new Blob([new Uint8Array(bytes)], { type: 'image/png' }));
    const canvas = document.createElement('canvas');
    canvas.width = img.width;
    canvas.height = img.height;
    const g = canvas.getContext('2d');
    g.drawImage(img, 0, 0);
    const d = g.getImageData(0, 0, canvas.width, canvas.height).data;
    let sum = 0;
    for (let i = 0; i < d.length; i += 4) sum += (d[i] + d[i + 1] + d[i + 2]) / 3;
    return sum / (d.length / 4);
  }, [...png]);
  assert.ok(light < 80, `the focus bar shows (mean lightness ${light.toFixed(0)} of 255)`);
  await context.close();
});

test('the checklist can be read and ticked before the app arrives, and the app takes it over as it was left', async () => {
  // Kept answers are shown ticked before the app, as the app would show them.
  const kept = { version: 7, checklist: { immediate_danger: false, age: 'under13', ticked: ['isolated'], judgement: null } };
  const { context, page, release } = await held('#/check', PHONE);
  await page.evaluate((k) => localStorage.setItem('recognise-respond', JSON.stringify(k)), kept);
  await page.reload();
  await page.waitForFunction(() => document.documentElement.dataset.first === 'shown');
  assert.equal(await page.evaluate(() => document.documentElement.dataset.app), undefined, 'the app has not started');
  assert.equal(await page.isChecked('#first-paint #sign-isolated'), true);
  assert.equal(await page.isChecked('#first-paint #age-under-13'), true);
  assert.deepEqual(await axeViolations(page), [], 'the pre-rendered checklist passes axe');

  // Folded on a phone; a group opens, a tick counts.
  const toggle = '#first-paint #group-across-forms button';
  assert.equal(await page.getAttribute(toggle, 'aria-expanded'), 'false');
  await page.click(toggle);
  assert.equal(await page.getAttribute(toggle, 'aria-expanded'), 'true');
  await page.check('#first-paint #sign-goes-missing');
  assert.match(await page.textContent('#group-across-forms .group-count'), /^1 of \d+ ticked$/);
  // The level answers the tick before the app, from the core's own rules (the quick build).
  await page.waitForFunction(() => document.documentElement.dataset.check === 'ready');
  await page.waitForFunction(() => /High concern: refer now/.test(document.querySelector('#first-paint .outcome-bar').textContent));
  assert.equal(await page.getAttribute('#first-paint .outcome-bar', 'class'), 'outcome-bar level-refer-now');
  // "Go to the outcome" takes keyboard and screen-reader users to the level until the app comes.
  await page.click('#first-paint .jump-to-outcome a');
  assert.match(await page.evaluate(() => document.activeElement.textContent), /High concern: refer now/);
  await page.uncheck('#first-paint #sign-goes-missing');
  await page.waitForFunction(() => /Be alert/.test(document.querySelector('#first-paint .outcome-bar').textContent));
  await page.check('#first-paint #sign-goes-missing');
  const selectors = ['.emergency', 'main h1', '#group-across-forms', '#sign-goes-missing', '#sign-filter'];
  const before = await places(page, selectors);

  release();
  await started(page);
  assert.equal(await page.isChecked('#app #sign-goes-missing'), true, 'the tick given before the app is kept');
  assert.equal(await page.isChecked('#app #sign-isolated'), true);
  assert.equal(await page.isChecked('#app #age-under-13'), true);
  assert.equal(await page.getAttribute('#app #group-across-forms button', 'aria-expanded'), 'true', 'the group opened stays open');
  assert.match(await page.textContent('#app .outcome .level-title'), /High concern: refer now/, 'the outcome counts the early ticks and age');
  assert.deepEqual(await places(page, selectors), before, 'nothing moved');
  // The kept answers now hold the tick given before the app arrived.
  assert.deepEqual((await page.evaluate(() => JSON.parse(localStorage.getItem('recognise-respond')))).checklist.ticked.sort(), ['goes-missing', 'isolated']);
  await context.close();
});

test('before the quick build is in, one sign ticked alone is answered from the build\'s own working; two wait for it', async () => {
  const { context, page, release } = await held('#/check', PHONE);
  let releaseQuick;
  const quickGate = new Promise((r) => (releaseQuick = r));
  await page.route(/\/quick-[0-9a-f]+_bg\.wasm$/, async (route) => { await quickGate; await route.continue(); });
  await page.reload();
  await page.waitForFunction(() => document.documentElement.dataset.first === 'shown');
  const bar = '#first-paint .outcome-bar';
  const waiting = await page.textContent(bar);
  assert.equal(await page.evaluate(() => document.documentElement.dataset.check), undefined, 'the quick build is not in');
  await page.click('#first-paint .groups-control button');
  // A sign of harm alone: refer now, by the core's rules (the app's own test of them below).
  await page.check('#first-paint #sign-forced-work');
  assert.equal(await page.getAttribute(bar, 'class'), 'outcome-bar level-refer-now');
  assert.match(await page.textContent(bar), /High concern: refer now/);
  // Two signs: the level depends on them together, so the bar waits for the rules.
  await page.check('#first-paint #sign-isolated');
  assert.equal(await page.textContent(bar), waiting, 'no level that may be wrong');
  assert.equal(await page.getAttribute(bar, 'class'), 'outcome-bar');
  await page.uncheck('#first-paint #sign-isolated');
  assert.match(await page.textContent(bar), /High concern: refer now/);
  // An age given: the lookup was worked out with none, so it waits too.
  await page.check('#first-paint #age-under-13');
  assert.equal(await page.textContent(bar), waiting);
  releaseQuick();
  await page.waitForFunction(() => document.documentElement.dataset.check === 'ready');
  await page.waitForFunction(() => /High concern: refer now/.test(document.querySelector('#first-paint .outcome-bar').textContent));
  release();
  await started(page);
  assert.match(await page.textContent('#app .outcome .level-title'), /High concern: refer now/);
  await context.close();
});

test('a word typed into the sign filter before the app arrives is kept, and the app filters by it', async () => {
  const { context, page, release } = await held('#/check', PHONE);
  await page.waitForFunction(() => document.documentElement.dataset.first === 'shown');
  await page.fill('#first-paint #sign-filter', 'debt');
  release();
  await started(page);
  assert.equal(await page.inputValue('#app #sign-filter'), 'debt');
  assert.match(await page.textContent('#app .filter [role=status]'), /match/);
  await context.close();
});
