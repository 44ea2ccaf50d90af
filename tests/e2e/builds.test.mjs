// Two builds of one app: the page loads the phone build only (no workshop mode, author screen,
// data screen or learning record); opening one of those switches the tab to the desk build,
// carrying what was held only in memory, and the tab stays on it. A desk address opened afresh
// loads the desk build alone. These count the page's own requests: the service worker keeps both
// builds for offline use in the background whatever the page loads (offline.test.mjs checks that).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { appUnderTest, goTo, openApp, watchedPage } from './browser.mjs';

const app = appUnderTest();
const builds = (watch) => {
  const names = watch.requests.map((r) => new URL(r.url).pathname.split('/').pop());
  return {
    phone: names.filter((n) => /^recognise-respond-[0-9a-f]+(_bg\.wasm|\.js)$/.test(n)).length,
    desk: names.filter((n) => /^desk-[0-9a-f]+(_bg\.wasm|\.js)$/.test(n)).length,
  };
};

test('the phone build serves the phone screens; a desk screen switches the tab to the desk build, losing nothing', async () => {
  const context = await app.browser.newContext();
  const { page, watch } = await watchedPage(context);
  await openApp(page, app.server.url, '#/check');
  for (const hash of ['#/', '#/guidance/child-trafficking', '#/refer', '#/contacts', '#/nation']) await goTo(page, hash);
  await goTo(page, '#/check');
  assert.deepEqual(builds(watch), { phone: 2, desk: 0 }, 'the phone build only, its loader and its WebAssembly');

  // Answers held only in memory: a tick and a referral note.
  await page.check('#sign-goes-missing');
  await goTo(page, '#/refer');
  await page.fill('#referral-agencies', 'School');
  await page.press('#referral-agencies', 'Tab');

  await goTo(page, '#/workshop');
  await page.waitForFunction(() => /Workshop mode/.test(document.querySelector('#app main h1')?.textContent ?? ''));
  assert.deepEqual(builds(watch), { phone: 2, desk: 2 });
  assert.equal(await page.evaluate(() => localStorage.getItem('recognise-respond')?.includes('goes-missing') ?? false), false,
    'carried across in this tab only, never written to the device');

  // Back on a phone screen the tab keeps the desk build, and the answers are still there.
  await goTo(page, '#/refer');
  assert.equal(await page.inputValue('#referral-agencies'), 'School');
  await goTo(page, '#/check');
  assert.ok(await page.isChecked('#sign-goes-missing'));
  await page.reload();
  await page.waitForSelector('#app main h1');
  const after = builds(watch);
  assert.equal(after.phone, 2, 'a reload in this tab does not go back to the phone build');
  assert.ok(after.desk > 2, 'a reload in this tab loads the desk build again');
  assert.deepEqual(watch.errors, []);
  await context.close();
});

test('a desk address opened afresh loads the desk build alone', async () => {
  const context = await app.browser.newContext();
  const { page, watch } = await watchedPage(context);
  for (const hash of ['#/workshop', '#/data', '#/record']) {
    await openApp(page, app.server.url, hash);
  }
  assert.equal(builds(watch).phone, 0);
  assert.ok(builds(watch).desk >= 2);
  assert.deepEqual(watch.errors, []);
  await context.close();
});
