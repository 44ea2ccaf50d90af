// The single-file build (dist-single/recognise-respond.html) opened from file:// in Chromium,
// as a trainer would from a USB stick: no server, no network, every part working.
import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { launch, watchedPage, goTo, takeFirstDecision } from './browser.mjs';

const FILE = resolve(process.env.SINGLE_OUT ?? 'dist-single', 'recognise-respond.html');
const browser = await launch();
after(() => browser.close());

test('the single file opens from file:// and the checklist, guidance and scenarios all work', async () => {
  assert.ok(existsSync(FILE), `${FILE} exists (scripts/single-file.mjs makes it)`);
  const url = pathToFileURL(FILE).href;
  const context = await browser.newContext();
  const { page, watch } = await watchedPage(context);
  await page.goto(url + '#/');
  await page.waitForSelector('.way-in');
  const csp = await page.getAttribute('meta[http-equiv="Content-Security-Policy"]', 'content');
  assert.match(csp, /default-src 'none'; script-src 'wasm-unsafe-eval' 'sha256-[^']+'; style-src 'sha256-[^']+'; img-src 'none'; connect-src 'none'/);
  assert.doesNotMatch(csp, /unsafe-inline|https?:|\*/);

  await goTo(page, '#/nation');
  await page.click('#nation-scotland');
  await page.click('#nation-save');
  await goTo(page, '#/check');
  await page.click('#sign-goes-missing');
  assert.match(await page.textContent('.level-box'), /Concern/);
  // The screens of "make it yours" work from the file too: the referral, contacts, the record.
  await page.click('.refer-link a');
  await page.waitForFunction(() => /Prepare your referral/.test(document.querySelector('#app main h1')?.textContent ?? ''));
  // What to gather is folded above the notes until opened.
  await page.click('.referral-guidance summary');
  assert.ok(await page.isVisible('.prose >> text=Social work normally completes'));
  await goTo(page, '#/contacts');
  await goTo(page, '#/record');

  await goTo(page, '#/guidance/guardians');
  await page.waitForFunction(() => /guardians/.test(document.querySelector('#app main h1')?.textContent ?? ''));
  assert.equal(await page.isVisible('.nation-passage.for-scotland'), true, 'the nation passage follows the choice');

  await goTo(page, '#/search');
  await page.fill('#search-page', 'cannabis');
  await page.waitForSelector('.results li');

  await takeFirstDecision(page, 'kobe');

  await page.reload();
  await page.waitForSelector('#app main h1');
  assert.match(await page.textContent('.nation-line'), /Scotland/, 'what is kept on the device survives a reload');
  assert.ok(watch.requests.every((r) => r.url.startsWith(url.split('#')[0])), `only the file itself is read: ${JSON.stringify(watch.requests.map((r) => r.url))}`);
  assert.deepEqual(watch.errors, []);
  await context.close();
});

test('workshop mode runs from the single file: the audience window follows the presenter', async () => {
  const url = pathToFileURL(FILE).href;
  const context = await browser.newContext();
  const { page, watch } = await watchedPage(context);
  await page.goto(url + '#/workshop');
  await page.waitForSelector('#pick-kobe');
  await page.check('#pick-kobe');
  const [audience] = await Promise.all([context.waitForEvent('page'), page.click('text=Start the session')]);
  await audience.waitForFunction(() => /Kobe/.test(document.querySelector('.room-stage .stage-heading')?.textContent ?? ''));
  assert.equal(audience.url(), url + '#/workshop/room', 'the audience window is the same file');
  await page.keyboard.press('PageDown');
  await audience.waitForFunction(() => /Your first week/.test(document.querySelector('.room-stage .stage-heading')?.textContent ?? ''));
  await page.fill('#hands-3', '4');
  await page.press('#hands-3', 'Tab');
  await audience.waitForFunction(() => /4 hands \(100%\)/.test(document.querySelector('.room-choices')?.textContent ?? ''));
  await page.keyboard.press('m');
  await audience.waitForSelector('.feedback-hidden');
  assert.deepEqual(watch.errors, []);
  await context.close();
});

test('the author screen works from the single file: its checker is inside it', async () => {
  const url = pathToFileURL(FILE).href;
  const context = await browser.newContext();
  const { page, watch } = await watchedPage(context);
  await page.goto(url + '#/author');
  await page.waitForSelector('button:has-text("Start from the template"):not([disabled])');
  await page.click('text=Start from the template');
  await page.waitForFunction(() => /^0 problems and 1 warning/.test(document.querySelector('#check-summary')?.textContent ?? ''));
  await page.fill('#author-file', 'from-a-stick.md');
  await page.fill('#author-text', (await page.inputValue('#author-text')).replace('-> next-step', '-> nowhere'));
  await page.waitForFunction(() => /1 problem/.test(document.querySelector('#check-summary')?.textContent ?? ''));
  assert.match(await page.textContent('.problem-errors'), /'nowhere'/);
  assert.ok(watch.requests.every((r) => r.url.startsWith(url.split('#')[0])), 'only the file itself is read');
  assert.deepEqual(watch.errors, []);
  await context.close();
});
