// End-to-end tests of "Your data on this device": what is listed, export, import of good and
// bad files (each bad one refused, nothing changed), and erasing everything.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { appUnderTest, goTo, openFresh, takeFirstDecision } from './browser.mjs';

const app = appUnderTest();
const stored = (page) => page.evaluate(() => localStorage.getItem('recognise-respond'));

async function withData() {
  const { context, page, watch } = await openFresh(app, '#/nation');
  await page.click('#nation-wales');
  await page.click('#nation-save');
  await takeFirstDecision(page, 'kobe');
  await goTo(page, '#/data');
  return { context, page, watch };
}

test('the page lists exactly what is kept, and exports it to a file that imports back', async () => {
  const { context, page, watch } = await withData();
  const table = await page.textContent('.data-table');
  assert.match(table, /Your UK nation\s*Wales/);
  assert.match(table, /Checklist answers\s*Not kept/);
  assert.match(table, /Scenario progress\s*1 scenario started; 0 plays finished/);
  assert.match(table, /Size\s*\d+ bytes/);

  const [download] = await Promise.all([page.waitForEvent('download'), page.click('text=Export my data to a file')]);
  assert.equal(download.suggestedFilename(), 'recognise-respond-data.json');
  const file = JSON.parse(readFileSync(await download.path(), 'utf8'));
  assert.equal(file.app, 'recognise-respond');
  assert.equal(file.data.nation, 'wales');

  // Change the nation in the file and import it: the person confirms before anything changes.
  file.data.nation = 'scotland';
  const before = await stored(page);
  await page.setInputFiles('#import-file', { name: 'moved.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(file)) });
  await page.waitForSelector('.import-confirm');
  assert.match(await page.textContent('.import-confirm'), /Scotland/);
  assert.equal(await stored(page), before, 'nothing changes before the person confirms');
  await page.click('text=Replace my data with this file');
  await page.waitForFunction(() => /Scotland/.test(document.querySelector('.nation-line').textContent));
  assert.equal(JSON.parse(await stored(page)).nation, 'scotland');
  assert.deepEqual(watch.errors, []);
  await context.close();
});

test('malformed, truncated, oversized and wrong-version files are each refused and change nothing', async () => {
  const { context, page } = await withData();
  const [download] = await Promise.all([page.waitForEvent('download'), page.click('text=Export my data to a file')]);
  const good = readFileSync(await download.path(), 'utf8');
  const before = await stored(page);
  const bad = [
    ['not JSON', 'hello there', /could not be read/],
    ['cut short', good.slice(0, Math.floor(good.length / 2)), /cut short/],
    ['too large', ' '.repeat(2200 * 1024), /too large/],
    ['empty', '', /empty/],
    ['another app', JSON.stringify({ app: 'something-else', data: {} }), /not an export from Recognise/],
    ['newer version', JSON.stringify({ app: 'recognise-respond', data: { version: 99 } }), /newer version/],
    ['bad part', JSON.stringify({ app: 'recognise-respond', data: { version: 3, nation: 'atlantis' } }), /nation in this file could not be read/],
  ];
  for (const [name, text, message] of bad) {
    await page.setInputFiles('#import-file', { name: `${name}.json`, mimeType: 'application/json', buffer: Buffer.from(text) });
    await page.waitForFunction((m) => new RegExp(m).test(document.querySelector('.data-outcome')?.textContent ?? ''), message.source);
    assert.match(await page.textContent('.data-outcome'), /Nothing on this device has been changed/, name);
    assert.equal(await page.isVisible('.import-confirm'), false, `${name}: nothing is offered for import`);
    assert.equal(await stored(page), before, `${name}: the kept data is unchanged`);
  }
  await context.close();
});

test('erase everything asks first, then removes all the app keeps', async () => {
  const { context, page } = await withData();
  await page.click('button:has-text("Erase everything")');
  assert.match(await page.textContent('.danger-question'), /cannot be undone/);
  await page.click('text=Cancel');
  assert.notEqual(await stored(page), null, 'cancel keeps everything');
  await page.click('button:has-text("Erase everything")');
  await page.click('text=Yes, erase everything');
  await page.waitForFunction(() => /erased/.test(document.querySelector('.data-outcome').textContent));
  assert.equal(await stored(page), null);
  assert.equal(await page.evaluate(() => localStorage.getItem('recognise-respond.backup')), null);
  assert.match(await page.textContent('.nation-line'), /No UK nation chosen/);
  await page.waitForFunction(async () => (await caches.keys()).filter((k) => k.startsWith('recognise-respond-')).length === 0);
  await goTo(page, '#/scenarios');
  assert.match(await page.locator('.scenario-card', { hasText: 'Kobe' }).locator('.scenario-status').textContent(), /Not started/);
  await context.close();
});
