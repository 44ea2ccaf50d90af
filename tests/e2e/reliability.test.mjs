// Nothing lost, nothing resurrected: several real tabs of one browser sharing real local
// storage, storage that is full or holds junk, the offline copy after an erase, and bad input
// on the workshop channel and in the hands field.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { appUnderTest, watchedPage, openApp, goTo, takeFirstDecision, axeViolations, seedSavedData, openDetails } from './browser.mjs';

const app = appUnderTest();
const stored = (page) => page.evaluate(() => localStorage.getItem('recognise-respond'));
const messages = (page) => page.evaluate(() => document.querySelector('.messages')?.textContent ?? '');
const until = (page, pattern) => page.waitForFunction((p) => new RegExp(p).test(document.querySelector('.messages')?.textContent ?? ''), pattern.source);

/** Two tabs of one browser (they share local storage and hear each other's changes). */
async function twoTabs(hashA, hashB) {
  const context = await app.browser.newContext();
  const a = await watchedPage(context);
  await openApp(a.page, app.server.url, hashA);
  const b = await watchedPage(context);
  await openApp(b.page, app.server.url, hashB);
  return { context, a: a.page, b: b.page, errors: [...a.watch.errors, ...b.watch.errors], watches: [a.watch, b.watch] };
}

/** In tab `page`: Wales, kept answers with a sign ticked, a scenario decision, a workshop under way. */
async function useEverything(page) {
  await goTo(page, '#/nation');
  await page.click('#nation-wales');
  await page.click('#nation-save');
  await goTo(page, '#/check');
  await page.click('#keep-answers');
  await page.click('#sign-goes-missing');
  await takeFirstDecision(page, 'kobe');
  await goTo(page, '#/workshop');
  await page.check('#pick-county-lines');
  await page.check('#windows-one');
  await page.click('text=Start the session');
  await page.waitForSelector('.present');
  await page.keyboard.press('ArrowRight');
  const kept = JSON.parse(await stored(page));
  assert.equal(kept.nation, 'wales');
  assert.deepEqual(kept.checklist.ticked, ['goes-missing']);
  assert.ok(kept.scenarios.kobe.path.length === 1 && kept.workshops.length === 1, 'everything is kept to begin with');
}

test('erase in another tab wins: the open tab forgets too and writes nothing back', async () => {
  const { context, a, b, watches } = await twoTabs('#/', '#/data');
  await useEverything(a);
  await b.reload();
  await b.waitForSelector('.data-table');
  await b.click('button:has-text("Erase everything")');
  await b.click('text=Yes, erase everything');
  await b.waitForFunction(() => /has been erased/.test(document.querySelector('.data-outcome').textContent));
  assert.equal(await stored(b), null);

  await until(a, /erased in another tab/);
  // Tab A keeps working, and nothing it does now brings the erased data back.
  await goTo(a, '#/check');
  assert.equal(await a.isChecked('#sign-goes-missing'), false, 'the answers kept here were erased');
  assert.equal(await a.isChecked('#keep-answers'), false);
  await a.click('#sign-self-harm');
  assert.equal(await stored(a), null, 'ticking a sign writes back nothing that was erased');
  await goTo(a, '#/scenarios/kobe');
  await a.waitForSelector('text=Start the scenario');
  await goTo(a, '#/workshop/present');
  await a.keyboard.press('ArrowRight');
  assert.equal(await stored(a), null, 'the erased workshop is not written back');
  assert.match(await a.textContent('.nation-line'), /No UK nation chosen/);
  for (const w of watches) assert.deepEqual(w.errors, []);
  await context.close();
});

test('an import in another tab wins, and the open tab shows what it brought', async () => {
  const { context, a, b } = await twoTabs('#/nation', '#/data');
  await a.click('#nation-england');
  await a.click('#nation-save');
  await goTo(a, '#/check');
  await a.click('#keep-answers');
  await a.click('#sign-goes-missing');
  const file = { app: 'recognise-respond', format: 4, data: { version: 4, nation: 'scotland', checklist: { immediate_danger: false, age: 'not-known', ticked: ['cce-debt'], judgement: null } } };
  await b.reload();
  await b.waitForSelector('#import-file');
  await b.setInputFiles('#import-file', { name: 'area.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(file)) });
  await b.click('text=Replace my data with this file');
  await b.waitForFunction(() => /was imported/.test(document.querySelector('.data-outcome').textContent));

  await until(a, /imported in another tab/);
  assert.equal(await a.isChecked('#sign-cce-debt'), true, 'the imported answers are shown');
  assert.equal(await a.isChecked('#sign-goes-missing'), false);
  // The whole screen follows, not the boxes alone: a tick wakes only its own group's count and
  // the parts of the outcome it changes, so answers replaced from elsewhere must reach them too.
  await a.waitForFunction(() => document.querySelector('.level-box .level-title')?.textContent === 'High concern: refer now');
  assert.match(await a.textContent('.outcome-bar'), /High concern: refer now/);
  assert.match(await a.textContent('#group-criminal .group-count'), /^1 of \d+ ticked$/);
  assert.match(await a.textContent('#group-across-forms .group-count'), /none ticked$/);
  assert.match(await a.textContent('.reasons'), /Owes money or a debt/);
  assert.doesNotMatch(await a.textContent('.reasons'), /Goes missing/);
  await a.click('#sign-self-harm');
  const kept = JSON.parse(await stored(a));
  assert.equal(kept.nation, 'scotland', 'the old nation is not written back');
  assert.deepEqual(kept.checklist.ticked.sort(), ['cce-debt', 'self-harm']);
  await context.close();
});

test('clearing answers in another tab wins, and the open tab says so', async () => {
  const { context, a, b } = await twoTabs('#/check', '#/check');
  await a.click('#keep-answers');
  await a.click('#sign-goes-missing');
  await b.reload();
  await b.waitForSelector('#sign-goes-missing');
  assert.equal(await b.isChecked('#sign-goes-missing'), true, 'kept answers are shared');
  await a.waitForFunction(() => document.querySelector('.level-box .level-title')?.textContent === 'Concern: act today');
  assert.match(await a.textContent('#group-across-forms .group-count'), /^1 of \d+ ticked$/);
  await b.click('text=Clear all answers');
  await until(a, /cleared, or are no longer kept, in another tab/);
  assert.equal(await a.isChecked('#sign-goes-missing'), false);
  // The count, the bar, the level and the reasons follow the clear too.
  await a.waitForFunction(() => document.querySelector('.level-box .level-title')?.textContent === 'No indicators recorded');
  assert.match(await a.textContent('.outcome-bar'), /No indicators recorded/);
  assert.match(await a.textContent('#group-across-forms .group-count'), /none ticked$/);
  assert.equal(await a.$('.reasons'), null, 'no reasons are left');
  await a.click('#sign-self-harm');
  assert.equal(JSON.parse((await stored(a)) ?? '{}').checklist, undefined, 'nothing cleared is written back');
  await context.close();
});

test('junk filling the storage: one true message, and an import that says imported only when kept', async () => {
  const context = await app.browser.newContext();
  const { page, watch } = await watchedPage(context);
  await seedSavedData(page, 'x'.repeat(4 * 1024 * 1024));
  await openApp(page, app.server.url, '#/data');
  await page.waitForSelector('.data-table');
  const said = await messages(page);
  assert.match(said, /no room to keep a copy/);
  assert.doesNotMatch(said, /has been kept/, 'no message says a copy was kept when it was not');
  assert.equal(await page.locator('.messages .message').count(), 1, 'one message for one problem');

  const file = { app: 'recognise-respond', format: 4, data: { version: 4, nation: 'wales' } };
  await page.setInputFiles('#import-file', { name: 'mine.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(file)) });
  await page.click('text=Replace my data with this file');
  await page.waitForFunction(() => /imported|could not be imported/.test(document.querySelector('.data-outcome').textContent));
  assert.match(await page.textContent('.data-outcome'), /was imported/);
  assert.equal(JSON.parse(await stored(page)).nation, 'wales', 'what was said to be imported is really kept');
  await page.reload();
  await page.waitForSelector('#app main h1');
  assert.match(await page.textContent('.nation-line'), /Wales/);
  assert.equal(await page.locator('.messages .message').count(), 0, await messages(page));
  assert.deepEqual(watch.errors, []);
  await context.close();
});

test('with storage full, choosing a nation never says "Saved"', async () => {
  const context = await app.browser.newContext();
  const { page } = await watchedPage(context);
  await page.addInitScript(() => {
    Storage.prototype.setItem = function () {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    };
  });
  await openApp(page, app.server.url, '#/nation');
  await page.click('#nation-scotland');
  await page.click('#nation-save');
  const status = await page.textContent('fieldset [role=status]');
  assert.doesNotMatch(status, /Saved/);
  assert.match(status, /could not be kept/);
  assert.match(await messages(page), /storage is full/);
  await context.close();
});

test('after an erase the app says it needs a connection once, then keeps its offline copy again', async () => {
  const context = await app.browser.newContext();
  const { page } = await watchedPage(context);
  await openApp(page, app.server.url, '#/data');
  await page.waitForFunction(() => navigator.serviceWorker?.controller, null, { timeout: 30000 });
  await page.click('button:has-text("Erase everything")');
  assert.match(await page.textContent('.danger-question'), /offline copy/, 'said before confirming');
  await page.click('text=Yes, erase everything');
  await page.waitForFunction(() => /offline copy of the app was removed/.test(document.querySelector('.data-outcome').textContent));
  await page.waitForFunction(async () => (await caches.keys()).filter((k) => k.startsWith('recognise-respond-')).length === 0);

  // The next visit with a connection keeps every file again, so the one after works offline.
  await page.reload();
  await page.waitForSelector('#app main h1');
  await page.waitForFunction(async () => {
    const key = (await caches.keys()).find((k) => k.startsWith('recognise-respond-'));
    return key && (await (await caches.open(key)).keys()).length >= 5;
  }, null, { timeout: 30000 });
  await context.setOffline(true);
  await page.reload();
  await page.waitForSelector('#app main h1');
  await goTo(page, '#/guidance/national-referral-mechanism');
  assert.match(await page.textContent('main h1'), /National Referral Mechanism/);
  await context.close();
});

test('saved workshop sessions that are impossible or out of date never panic or get stuck', async () => {
  const context = await app.browser.newContext();
  const { page, watch } = await watchedPage(context);
  const now = Date.now();
  const timer = { since: now, banked: 0 };
  const session = (id, over) => ({ id, rev: 3, one_window: true, runs: [{ scenario: 'kobe', steps: [] }], at: 0, stage: 'intro', hands: {}, scene_timer: timer, session_timer: timer, scale: 100, ...over });
  const data = {
    version: 4,
    workshops: [
      session(now - 3000, { stage: 'chosen' }),
      session(now - 2000, { runs: [{ scenario: 'retired-case', steps: [] }], stage: 'scene' }),
      session(now - 1000, { rev: 18446744073709551615 }),
    ],
  };
  await seedSavedData(page, JSON.stringify(data));
  await openApp(page, app.server.url, '#/workshop');
  await page.waitForSelector('#pick-kobe');
  assert.match(await messages(page), /workshop sessions could not be used/);
  // The session on a scenario no longer in the app is repaired: it ends, and is not shown as in progress.
  const kept = JSON.parse(await stored(page));
  assert.equal(kept.workshops.length, 1, 'the impossible sessions were set aside');
  assert.equal(kept.workshops[0].stage, 'finished');
  assert.doesNotMatch(await page.textContent('main'), /Session in progress/);
  assert.notEqual(await page.evaluate(() => localStorage.getItem('recognise-respond.backup')), null, 'a copy of what was stored is kept');
  assert.deepEqual(watch.errors, []);
  await context.close();
});

test('forged channel messages are not taken in or kept; typed hands out of range are refused with a message', async () => {
  const context = await app.browser.newContext();
  const { page, watch } = await watchedPage(context);
  await openApp(page, app.server.url, '#/workshop');
  await page.check('#pick-kobe');
  await page.check('#windows-one');
  await page.click('text=Start the session');
  await page.waitForSelector('.present');
  const before = JSON.parse(await stored(page)).workshops;
  const real = before[0];

  // Another page of the site posts on the channel: a far-future revision of the real session,
  // then 35 sessions that never ran.
  const forger = await context.newPage();
  await forger.goto(app.server.url + 'manifest.webmanifest');
  await forger.evaluate(({ real }) => {
    const channel = new BroadcastChannel('recognise-respond-workshop');
    channel.postMessage(JSON.stringify({ session: { ...real, rev: real.rev + 100000, at: 0, stage: 'finished' } }));
    for (let i = 0; i < 35; i++) channel.postMessage(JSON.stringify({ session: { ...real, id: Date.now() + 1 + i, rev: 0 } }));
  }, { real });
  await page.waitForTimeout(300);
  assert.doesNotMatch(await page.textContent('.present-next'), /session is over/i, 'the far-future copy was not taken');
  await page.keyboard.press('ArrowRight');
  const after = JSON.parse(await stored(page)).workshops;
  assert.deepEqual(after.map((s) => s.id), [real.id], 'no forged session was kept, and the real one is still there');
  assert.ok(after[0].rev < 1000);

  // Hands typed as nonsense are refused beside the field, never read as 0.
  while (!(await page.$('.hands-panel'))) await page.keyboard.press('ArrowRight');
  await page.fill('#hands-1', '4');
  await page.press('#hands-1', 'Tab');
  // The error has its line kept for it, so the buttons below do not move under a pointer that
  // is on its way to them when the field is left (a click pressed before the move and released
  // after it is lost).
  const follow = () => page.evaluate(() => document.querySelector('#hands-1').closest('.hand-row').querySelector('.hand-row > button').getBoundingClientRect().top);
  const followAt = await follow();
  for (const bad of ['99999999999', '-5', '3.7']) {
    await page.fill('#hands-1', bad);
    await page.press('#hands-1', 'Tab');
    await page.waitForFunction(() => /Error: Enter the hands/.test(document.querySelector('#hands-1-error').textContent));
    assert.equal(await page.getAttribute('#hands-1', 'aria-invalid'), 'true');
    assert.equal(await page.getAttribute('#hands-1', 'aria-describedby'), 'hands-1-error');
    assert.equal(JSON.parse(await stored(page)).workshops[0].hands['1'], 4, `${bad} changed nothing`);
    assert.equal(await follow(), followAt, 'the Follow button stays where it was');
  }
  assert.deepEqual(await axeViolations(page), []);
  assert.deepEqual(watch.errors, []);
  await context.close();
});

test('direction-changing characters in a judgement reason cannot reorder the record', async () => {
  const context = await app.browser.newContext();
  const { page } = await watchedPage(context);
  await openApp(page, app.server.url, '#/check');
  await page.click('#sign-cce-debt');
  await openDetails(page, 'Use your professional judgement');
  await page.selectOption('#judgement-level', 'concern');
  await page.fill('#judgement-reason', 'Seen at \u202Egniniart\u202C football');
  await page.click('text=Apply judgement');
  const shown = await page.textContent('.level-box');
  assert.match(shown, /Seen at gniniart football/);
  assert.doesNotMatch(shown, /[\u202A-\u202E\u2066-\u2069]/);
  await context.close();
});
