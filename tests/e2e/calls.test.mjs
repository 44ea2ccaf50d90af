// The phone journey at 2 a.m. (issue 27): a nation is never changed by an arrow key (WCAG 3.2.2),
// the role is asked once (optional) and words the steps, and the level box and every step offer a
// number to tap, the person's own saved contact for the role first.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { appUnderTest, goTo, openApp, watchedPage, tabTo, seedSavedData, axeViolations } from './browser.mjs';

const app = appUnderTest();
const KEY = 'recognise-respond';
const stored = (page) => page.evaluate((k) => JSON.parse(localStorage.getItem(k) || '{}'), KEY);

async function fresh(hash = '#/', options = {}, seed = null) {
  const context = await app.browser.newContext(options);
  const { page, watch } = await watchedPage(context);
  if (seed) await seedSavedData(page, JSON.stringify(seed));
  await openApp(page, app.server.url, hash);
  return { context, page, watch };
}

const focused = (page, id) => page.waitForFunction((i) => document.activeElement?.id === i, id);
const text = (page, selector) => page.evaluate((s) => document.querySelector(s)?.textContent ?? null, selector);

test('a nation never changes on an arrow key: on the home screen, #/nation and the outcome only the button keeps it', async () => {
  // Home, first visit.
  const { context, page, watch } = await fresh('#/');
  await tabTo(page, '#nation-england');
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowDown');
  await page.waitForFunction(() => document.activeElement?.id === 'nation-scotland' && document.activeElement.checked);
  await page.keyboard.press('ArrowUp');
  await page.waitForFunction(() => document.activeElement?.id === 'nation-wales' && document.activeElement.checked);
  assert.equal(await page.evaluate((k) => localStorage.getItem(k), KEY), null, 'nothing is stored');
  assert.match(await text(page, '.nation-line'), /No UK nation chosen/, 'nothing shown changes');
  assert.equal((await text(page, 'fieldset:has(#nation-question) [role=status]')).trim(), '');
  assert.equal(await page.isVisible('#nation-question'), true);
  await page.keyboard.press('Tab');
  await focused(page, 'nation-save');
  await page.keyboard.press('Enter');
  await page.waitForFunction(() => /Wales/.test(document.querySelector('.nation-line').textContent));
  await page.waitForFunction(() => /Saved\. Next steps will be for Wales\./.test(document.querySelector('fieldset:has(#nation-question) [role=status]').textContent));
  assert.equal((await stored(page)).nation, 'wales');
  await focused(page, 'nation-save');

  // #/nation, with a nation kept: an arrow picks another radio, and the kept one stays until saved.
  await goTo(page, '#/nation');
  await tabTo(page, '#nation-wales');
  await page.keyboard.press('ArrowDown');
  await page.waitForFunction(() => document.activeElement?.id === 'nation-scotland' && document.activeElement.checked);
  assert.equal((await stored(page)).nation, 'wales');
  assert.match(await text(page, '.nation-line'), /Wales/);
  assert.match(await text(page, 'fieldset:has(#nation-question) [role=status]'), /for Wales\./);
  await page.click('#nation-save');
  await page.waitForFunction(() => /Scotland/.test(document.querySelector('.nation-line').textContent));
  assert.equal((await stored(page)).nation, 'scotland');

  // The outcome's question: arrows change nothing; the question stays until the button.
  await page.click('text=Forget my nation');
  await page.waitForFunction(() => /No UK nation chosen/.test(document.querySelector('.nation-line').textContent));
  await goTo(page, '#/check');
  await page.click('#sign-cce-cannabis-farm');
  await page.waitForSelector('#outcome-nation-question');
  await page.click('#outcome-nation-save');
  await page.waitForSelector('#outcome-nation-error');
  assert.match(await text(page, '#outcome-nation-error'), /Error: Choose the UK nation you work in/, 'the button with nothing picked says what to do');
  await page.focus('#outcome-nation-england');
  await page.keyboard.press('ArrowDown');
  await page.waitForFunction(() => document.activeElement?.id === 'outcome-nation-wales' && document.activeElement.checked);
  assert.equal((await stored(page)).nation, undefined);
  assert.equal(await page.isVisible('#outcome-nation-question'), true, 'the question is still there');
  assert.equal((await text(page, '#steps-heading')).trim(), 'Next steps');
  assert.equal(await page.$('#outcome-nation-error'), null, 'picking clears the error');
  await page.keyboard.press('Tab');
  await focused(page, 'outcome-nation-save');
  await page.keyboard.press('Enter');
  await page.waitForFunction(() => document.querySelector('#steps-heading')?.textContent === 'Next steps in Wales');
  await focused(page, 'steps-heading');
  assert.equal(await page.$('#outcome-nation-question'), null);
  assert.equal((await stored(page)).nation, 'wales');
  assert.deepEqual(watch.errors, []);
  await context.close();
});

test('the role is asked once, optional, kept on the device, and words the steps: a police officer is not told to tell the police', async () => {
  const { context, page, watch } = await fresh('#/');
  await page.waitForSelector('#role-question');
  await page.focus('#role-police');
  await page.keyboard.press('ArrowDown');
  await page.waitForFunction(() => document.activeElement?.id === 'role-social-care');
  assert.equal(await page.evaluate((k) => localStorage.getItem(k), KEY), null, 'an arrow key keeps no role');
  await page.click('#role-police');
  await page.click('#role-save');
  await page.waitForFunction(() => /Saved\. Next steps are worded for: Police\./.test(document.querySelector('fieldset:has(#role-question) [role=status]').textContent));
  await page.click('#nation-england');
  await page.click('#nation-save');
  await page.waitForFunction(() => /England/.test(document.querySelector('.nation-line').textContent));
  const kept = await stored(page);
  assert.equal(kept.role, 'police');
  assert.equal(kept.nation, 'england');

  await goTo(page, '#/check');
  await page.click('#sign-cce-cannabis-farm');
  await page.waitForFunction(() => /Act under your force's procedures/.test(document.querySelector('.steps')?.textContent));
  const steps = await text(page, '.steps');
  assert.doesNotMatch(steps, /Tell the police/);
  assert.match(steps, /Tell children's services now/);
  assert.match(await text(page, '.worded-for'), /Worded for your work: Police/);

  // Asked once: after a reload the home screen does not ask again; #/nation can change or forget it.
  await page.reload();
  await page.waitForSelector('#app main h1');
  await goTo(page, '#/');
  assert.equal(await page.$('#role-question'), null);
  await goTo(page, '#/nation');
  assert.equal(await page.isChecked('#role-police'), true);
  await page.click('text=Forget my role');
  await page.waitForFunction(() => !document.querySelector('#role-police').checked);
  assert.equal((await stored(page)).role, undefined);
  // Answers were held in memory only, so the reload let them go: tick the sign again.
  await goTo(page, '#/check');
  await page.click('#sign-cce-cannabis-farm');
  await page.waitForFunction(() => /Tell the police/.test(document.querySelector('.steps')?.textContent));
  assert.deepEqual(watch.errors, []);
  await context.close();
});

test('data kept before the role existed loads as it was', async () => {
  const { context, page, watch } = await fresh('#/nation', {}, { version: 8, nation: 'wales' });
  assert.match(await text(page, '.nation-line'), /Wales/);
  assert.equal(await page.isChecked('#nation-wales'), true);
  assert.equal(await page.$$eval('input[name=role]:checked', (els) => els.length), 0);
  assert.equal(await page.$('.message'), null, 'no message about the data');
  assert.deepEqual(watch.errors, []);
  await context.close();
});

const CONTACT = { role: 'out-of-hours', name: 'EDT', number: '01632 960002' };
const REFER_NOW = { ticked: ['cce-cannabis-farm'] };

test('the level box offers a number to tap, the saved contact for the role first; every step has one or says where to find one', async () => {
  for (const contacts of [[CONTACT], []]) {
    const { context, page, watch } = await fresh('#/check', {}, { version: 8, nation: 'scotland', checklist: REFER_NOW, contacts });
    await page.waitForSelector('.level-box .calls a[href^="tel:"]');
    const box = await page.$$eval('.level-box .calls a[href^="tel:"]', (els) => els.map((a) => a.getAttribute('href')));
    assert.ok(box.includes('tel:999'), `the level box offers 999: ${box}`);
    if (contacts.length) {
      assert.equal(box[0], 'tel:01632960002', 'the saved out-of-hours contact comes first');
      const first = await page.$eval('.steps > li:first-child .calls a', (a) => [a.getAttribute('href'), a.textContent]);
      assert.deepEqual(first, ['tel:01632960002', 'Call Out-of-hours social work team (EDT): 01632 960002']);
    } else {
      assert.deepEqual(box, ['tel:999'], 'with nothing saved, the level box offers 999 alone');
      assert.match(await text(page, '.steps > li:first-child'), /out-of-hours social work service/);
      assert.match(await text(page, '.steps > li:first-child .calls'), /website/);
    }
    // Every step: a tel: link or words saying where to find the number.
    const each = await page.$$eval('.steps > li', (lis) => lis.map((li) => ({
      tel: li.querySelectorAll('.calls a[href^="tel:"]').length,
      find: [...li.querySelectorAll('.calls .call-find')].map((x) => x.textContent).join(' '),
    })));
    assert.ok(each.length >= 4);
    for (const [i, s] of each.entries()) assert.ok(s.tel > 0 || /website|procedures|policy/.test(s.find), `step ${i + 1}: ${JSON.stringify(s)}`);
    assert.doesNotMatch(await text(page, '.steps > li:first-child'), /today/, '"now" is not followed by "today"');
    assert.deepEqual(await axeViolations(page), []);
    assert.deepEqual(watch.errors, []);
    await context.close();
  }
});

test('at 320 px the numbers and the nation button are at least 44 by 44 px and nothing scrolls sideways', async () => {
  const phone = { viewport: { width: 320, height: 640 }, isMobile: true, hasTouch: true };
  const { context, page } = await fresh('#/check', phone, { version: 8, nation: 'england', checklist: REFER_NOW, contacts: [CONTACT] });
  await page.waitForSelector('.level-box .calls a[href^="tel:"]');
  const sizes = await page.$$eval('.calls a', (els) => els.map((a) => { const r = a.getBoundingClientRect(); return [r.width, r.height, a.textContent]; }));
  assert.ok(sizes.length > 5);
  for (const [w, h, t] of sizes) assert.ok(w >= 44 && h >= 44, `${t}: ${w}×${h}`);
  assert.ok(await page.evaluate(() => document.documentElement.scrollWidth <= 320), 'no sideways scroll on the outcome');
  await goTo(page, '#/nation');
  for (const id of ['#nation-save', '#role-save']) {
    const r = await page.$eval(id, (b) => { const x = b.getBoundingClientRect(); return [x.width, x.height]; });
    assert.ok(r[0] >= 44 && r[1] >= 44, `${id}: ${r}`);
  }
  assert.ok(await page.evaluate(() => document.documentElement.scrollWidth <= 320), 'no sideways scroll on #/nation');
  await context.close();
});

test('a role chosen or forgotten in another tab words this tab\'s steps at once', async () => {
  const context = await app.browser.newContext();
  const a = await watchedPage(context);
  await seedSavedData(a.page, JSON.stringify({ version: 9, nation: 'england' }));
  await openApp(a.page, app.server.url, '#/check');
  await a.page.click('#sign-cce-cannabis-farm');
  await a.page.waitForFunction(() => /Tell the police/.test(document.querySelector('.steps')?.textContent));
  const b = await watchedPage(context);
  await openApp(b.page, app.server.url, '#/nation');
  await b.page.click('#role-police');
  await b.page.click('#role-save');
  await a.page.waitForFunction(() => /Act under your force's procedures/.test(document.querySelector('.steps')?.textContent));
  assert.doesNotMatch(await text(a.page, '.steps'), /Tell the police/);
  await b.page.click('text=Forget my role');
  await a.page.waitForFunction(() => /Tell the police/.test(document.querySelector('.steps')?.textContent));
  assert.equal(await a.page.isChecked('#sign-cce-cannabis-farm'), true, 'the tick held in memory is untouched');
  assert.deepEqual([...a.watch.errors, ...b.watch.errors], []);
  await context.close();
});

test('each question says whether its own answer was kept: a role that storage refuses never says "Saved", and does not unsay the nation', async () => {
  const context = await app.browser.newContext();
  const { page, watch } = await watchedPage(context);
  // Storage takes writes until the test fills it.
  await page.addInitScript(() => {
    const setItem = Storage.prototype.setItem;
    Storage.prototype.setItem = function (...args) {
      if (window.full && this === localStorage) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      return setItem.apply(this, args);
    };
  });
  await openApp(page, app.server.url, '#/nation');
  await page.click('#nation-wales');
  await page.click('#nation-save');
  const nationStatus = 'fieldset:has(#nation-question) [role=status]';
  const roleStatus = 'fieldset:has(#role-question) [role=status]';
  await page.waitForFunction((s) => /Saved\. Next steps will be for Wales\./.test(document.querySelector(s).textContent), nationStatus);
  await page.evaluate(() => { window.full = true; });
  await page.click('#role-police');
  await page.click('#role-save');
  await page.waitForFunction((s) => /Police/.test(document.querySelector(s).textContent), roleStatus);
  assert.doesNotMatch(await text(page, roleStatus), /Saved/);
  assert.match(await text(page, roleStatus), /could not be kept/);
  assert.match(await text(page, nationStatus), /Saved\. Next steps will be for Wales\./, 'the nation was kept, and still says so');
  assert.match(await text(page, '.messages'), /storage is full|no room/i);
  assert.equal(JSON.parse(await page.evaluate(() => localStorage.getItem('recognise-respond'))).role, undefined);
  // Worded for the role in this tab, for now.
  await goTo(page, '#/check');
  await page.click('#sign-cce-cannabis-farm');
  await page.waitForFunction(() => /Act under your force's procedures/.test(document.querySelector('.steps')?.textContent));
  assert.deepEqual(watch.errors, []);
  await context.close();
});
