// Saved, kept and imported are said only of what was read back, on every screen, and a message
// the person cannot see is not a message (#25): storage that fills up while the app is in use
// (the presenter view, a scenario written here, a reflection, contacts, an import), and a
// workshop record deleted in another tab.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { appUnderTest, watchedPage, openApp, goTo, axeViolations } from './browser.mjs';

const app = appUnderTest();
const stored = (page) => page.evaluate(() => JSON.parse(localStorage.getItem('recognise-respond') ?? '{}'));
const textOf = (page, selector, pattern) =>
  page.waitForFunction(([s, p]) => new RegExp(p).test(document.querySelector(s)?.textContent ?? ''), [selector, pattern.source]);

/**
 * A tab whose local storage can be made full at any moment with `full(page, true)`: every
 * write to it then fails as a full quota does, until `full(page, false)`. Reading still works.
 */
async function fillable(hash) {
  const context = await app.browser.newContext();
  await context.addInitScript(() => {
    const setItem = Storage.prototype.setItem;
    Storage.prototype.setItem = function (key, value) {
      if (window.__storageFull && this === window.localStorage) {
        throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      }
      return setItem.call(this, key, value);
    };
  });
  const { page, watch } = await watchedPage(context);
  await openApp(page, app.server.url, hash);
  return { context, page, watch };
}
const full = (page, on) => page.evaluate((v) => { window.__storageFull = v; }, on);

test('defect 5: with storage full, the presenter view itself says the session record is not being kept', async () => {
  const { context, page, watch } = await fillable('#/workshop');
  await page.check('#pick-kobe');
  await page.check('#windows-one');
  await page.click('text=Start the session');
  await page.waitForSelector('.present');
  await page.keyboard.press('ArrowRight');
  await textOf(page, '.present-status', /On the projector: the scene/);
  const before = (await stored(page)).workshops[0].rev;
  assert.equal(await page.isVisible('.present-not-kept.shown'), false, 'nothing to say while it is kept');

  await full(page, true);
  const scene = await page.textContent('.present-status');
  await page.keyboard.press('ArrowRight');
  await textOf(page, '.present-not-kept', /session record is not being kept on this device: this device's storage is full/);
  assert.equal(await page.isVisible('.present-not-kept'), true, 'said in the presenter view, where the trainer looks');
  assert.equal((await stored(page)).workshops[0].rev, before, 'and it really was not kept');
  assert.match(await page.textContent('.present-bar a'), /Leave \(the session is not being kept\)/, 'the way out does not say it is kept');
  await page.waitForFunction((s) => document.querySelector('.present-status').textContent !== s, scene);

  // Room again: the next step keeps the whole session, and the notice goes.
  await full(page, false);
  await page.keyboard.press('ArrowRight');
  await page.waitForFunction(() => !document.querySelector('.present-not-kept.shown'));
  assert.ok((await stored(page)).workshops[0].rev > before, 'the session is kept again, with the steps taken meanwhile');
  assert.deepEqual(await axeViolations(page), []);
  assert.deepEqual(watch.errors, []);
  await context.close();
});

test('defect 6: with storage full, a scenario written here is not listed as kept, and the editor keeps it', async () => {
  const template = readFileSync(new URL('../../content/templates/scenario.md', import.meta.url), 'utf8');
  const text = template.replace(/^title = ".*"$/m, 'title = "Full one"');
  const { context, page, watch } = await fillable('#/author');
  await page.waitForSelector('button:has-text("Start from the template"):not([disabled])');
  await page.setInputFiles('#author-open', { name: 'full-one.md', mimeType: 'text/markdown', buffer: Buffer.from(text, 'utf8') });
  await textOf(page, '#check-summary', /(No|0) problems/);

  await full(page, true);
  await page.click('text=Keep on this device');
  await page.waitForFunction(() => /could not be kept on this device/.test(document.querySelector('main').textContent));
  assert.doesNotMatch(await page.textContent('main'), /is kept on this device/);
  assert.equal(await page.locator('.authored-list').count(), 0, 'not listed as kept');
  assert.doesNotMatch(await page.textContent('main'), /full-one\.md\), kept/);
  assert.match(await page.textContent('.messages'), /storage is full/);
  assert.doesNotMatch(await page.textContent('.messages'), /try again with your next change/, 'no promise the app cannot keep');
  assert.match(await page.inputValue('#author-text'), /title = "Full one"/, 'the text is still in the editor');
  await goTo(page, '#/scenarios');
  await page.waitForSelector('.scenario-card');
  assert.equal(await page.locator('.scenario-card', { hasText: 'Full one' }).count(), 0, 'nor in the scenario list');

  // Room again: Keep keeps it, and only now is it listed.
  await full(page, false);
  await goTo(page, '#/author');
  await page.waitForSelector('button:has-text("Start from the template"):not([disabled])');
  await page.setInputFiles('#author-open', { name: 'full-one.md', mimeType: 'text/markdown', buffer: Buffer.from(text, 'utf8') });
  await textOf(page, '#check-summary', /(No|0) problems/);
  await page.click('text=Keep on this device');
  await page.waitForFunction(() => /is kept on this device/.test(document.querySelector('main').textContent));
  assert.match(await page.textContent('.authored-list'), /Full one/);
  assert.equal((await stored(page)).authored.length, 1);
  assert.deepEqual(watch.errors, []);
  await context.close();
});

test('defect 20: with storage full, a reflection is never said to be saved', async () => {
  const { context, page, watch } = await fillable('#/scenarios/kobe');
  await page.click('text=Start the scenario');
  for (const choice of ['Arrange a return home interview', 'Hold a strategy discussion', 'Tell the police and youth justice service', 'Get him specialist immigration advice now']) {
    await page.locator('.choices label', { hasText: choice }).click();
    await page.click('.choices button[type=submit]');
    await page.waitForSelector('#feedback-heading');
    await page.click('.feedback button');
  }
  await page.waitForSelector('.outcome-box');
  await goTo(page, '#/record');
  await page.fill('#reflection-kobe', 'Name exploitation sooner.');

  await full(page, true);
  await page.click('text=Save reflection');
  await textOf(page, '.reflection .confirmation', /Not saved on this device/);
  assert.doesNotMatch(await page.textContent('.reflection .confirmation'), /Saved on this device/);
  assert.match(await page.textContent('.messages'), /storage is full/);
  assert.equal((await stored(page)).scenarios.kobe.reflection, undefined, 'and it really was not kept');
  assert.equal(await page.inputValue('#reflection-kobe'), 'Name exploitation sooner.', 'what was written is still there');

  await full(page, false);
  await page.click('text=Save reflection');
  await textOf(page, '.reflection .confirmation', /^Saved on this device\.$/);
  assert.equal((await stored(page)).scenarios.kobe.reflection, 'Name exploitation sooner.');
  assert.deepEqual(watch.errors, []);
  await context.close();
});

test('defect 21: with storage full, contacts not kept are not shown as if they were', async () => {
  const { context, page, watch } = await fillable('#/contacts');
  await page.fill('#contact-police-number', '101');
  await page.click('text=Save contacts on this device');
  await textOf(page, '.contacts-status', /saved on this device/);

  await full(page, true);
  await page.fill('#contact-front-door-name', 'North MASH');
  await page.fill('#contact-front-door-number', '01632 960001');
  await page.click('text=Save contacts on this device');
  await textOf(page, '.contacts-status', /could not be saved/);
  assert.match(await page.textContent('.contacts-status'), /nothing was changed/i);
  assert.equal(await page.inputValue('#contact-front-door-number'), '01632 960001', 'what was typed is still in the form');

  // Nothing was changed: the next steps and the home screen show only the contact kept before.
  await goTo(page, '#/check');
  await page.check('#sign-cce-debt');
  await page.waitForSelector('.outcome .local-contacts');
  assert.match(await page.textContent('.outcome .local-contacts'), /101/);
  assert.doesNotMatch(await page.textContent('#app main'), /01632 960001|North MASH/);
  await goTo(page, '#/');
  await page.waitForSelector('#app .local-contacts');
  assert.doesNotMatch(await page.textContent('#app main'), /01632 960001|North MASH/);
  assert.deepEqual((await stored(page)).contacts, [{ role: 'police', name: '', number: '101' }]);
  assert.deepEqual(watch.errors, []);
  await context.close();
});

test('defect 22: with storage full, a refused import says one true thing', async () => {
  const { context, page, watch } = await fillable('#/data');
  await page.waitForSelector('#import-file');
  const file = { app: 'recognise-respond', format: 4, data: { version: 4, nation: 'wales' } };
  await page.setInputFiles('#import-file', { name: 'mine.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(file)) });
  const before = await page.evaluate(() => localStorage.getItem('recognise-respond'));
  await full(page, true);
  await page.click('text=Replace my data with this file');
  await textOf(page, '.data-outcome', /could not be imported/);
  const said = await page.textContent('.data-outcome');
  assert.match(said, /storage is full/);
  assert.match(said, /Nothing on this device has been changed/);
  assert.doesNotMatch(said, /try again|next change|still works/, 'nothing said that an import will not do');
  assert.equal(await page.evaluate(() => localStorage.getItem('recognise-respond')), before, 'and it is true');
  assert.doesNotMatch(await page.textContent('.nation-line'), /Wales/);
  assert.deepEqual(watch.errors, []);
  await context.close();
});

test('defect 23: a workshop record deleted in another tab goes here too, and is not exported', async () => {
  const context = await app.browser.newContext();
  const a = (await watchedPage(context)).page;
  await openApp(a, app.server.url, '#/workshop');
  await a.check('#pick-kobe');
  await a.check('#windows-one');
  await a.click('text=Start the session');
  await a.waitForSelector('.present');
  await a.keyboard.press('ArrowRight');
  await textOf(a, '.present-status', /On the projector: the scene/);
  const id = (await stored(a)).workshops[0].id;
  await goTo(a, `#/workshop/sessions/${id}`);
  await a.waitForSelector('text=Export this session as CSV');

  const b = (await watchedPage(context)).page;
  await openApp(b, app.server.url, '#/workshop');
  await b.click('.past-sessions button:has-text("Delete this record")');
  await textOf(b, 'main', /The session record was deleted/);
  assert.equal((await stored(b)).workshops, undefined, 'no session is kept now');

  // Tab A follows what is stored: the record is gone, with nothing left to export.
  await textOf(a, '#app main h1', /Session not found/);
  assert.match(await a.textContent('main'), /deleted or erased, here or in another tab or window/);
  assert.equal(await a.locator('text=Export this session as CSV').count(), 0);
  await goTo(a, '#/workshop');
  await a.waitForSelector('#past-heading');
  assert.equal(await a.locator('.past-sessions li').count(), 0, 'the list follows the deletion');
  await context.close();
});

test('the shortcut switch follows another tab, says "not kept" with storage full, and an erase elsewhere turns shortcuts back on here', async () => {
  const { context, page: a, watch } = await fillable('#/workshop');
  const b = await watchedPage(context);
  await openApp(b.page, app.server.url, '#/workshop');
  const said = (page) => page.textContent('.keys-switch [role=status]');

  // Turned off in A: kept, and B, open at the same screen, shows it off too.
  await a.uncheck('#keys-switch');
  await textOf(a, '.keys-switch [role=status]', /^Kept on this laptop\.$/);
  await b.page.waitForFunction(() => !document.querySelector('#keys-switch').checked);
  assert.equal((await stored(b.page)).keys_off, true);

  // Storage full in A: turning them back on is not kept, and says so; what is kept stays off.
  await full(a, true);
  await a.check('#keys-switch');
  await textOf(a, '.keys-switch [role=status]', /Changed for now, but not kept on this laptop/);
  assert.doesNotMatch(await said(a), /^Kept/);
  assert.equal((await stored(a)).keys_off, true, 'nothing was written');
  assert.equal(await b.page.isChecked('#keys-switch'), false, 'B still shows what is kept');
  await full(a, false);

  // Everything erased in B: shortcuts are on again (the default), and A follows.
  await goTo(b.page, '#/data');
  await b.page.click('button:has-text("Erase everything")');
  await b.page.click('text=Yes, erase everything');
  await b.page.waitForFunction(() => /has been erased/.test(document.querySelector('.data-outcome')?.textContent ?? ''));
  await a.waitForFunction(() => document.querySelector('#keys-switch').checked);
  assert.notEqual((await stored(a)).keys_off, true, 'the erase was not undone');
  for (const w of [watch, b.watch]) assert.deepEqual(w.errors, []);
  await context.close();
});
