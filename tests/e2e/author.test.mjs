// Trainers write their own scenarios in the browser (#17 part 3): the author screen checks a
// file with the build's own checks as it is typed, names each problem at its line, plays the
// scenario from any scene with chosen variables, keeps it on the device (listed, playable, in
// workshop mode, marked as not reviewed), and exports the very bytes it opened. Its checker is
// fetched only when the screen opens.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { appUnderTest, axeViolations, goTo, openApp, openFresh, watchedPage } from './browser.mjs';

const app = appUnderTest();
const template = readFileSync(new URL('../../content/templates/scenario.md', import.meta.url), 'utf8');

// A trainer's own case, made from the template: a new title and text.
const sound = template
  .replace(/^title = ".*"$/m, 'title = "Amira at the bus station"')
  .replace('Write what the learner sees and hears, in a short paragraph or two. Give the signs, not the answer.',
    'Amira, 15, has been at the bus station every night this week. An older man brings her food and takes her phone.');
// The same case with a mistake: the second choice of the first scene leads to a scene that
// does not exist.
const broken = sound.replace('* A choice that does not help -> next-step', '* A choice that does not help -> nowhere');
const brokenLine = broken.split('\n').findIndex((l) => l.includes('-> nowhere')) + 1;
const checker = (watch) => watch.requests.filter((r) => /\/checker-[0-9a-f]+(_bg\.wasm|\.js)$/.test(new URL(r.url).pathname)).length;

async function openAuthor(page) {
  await page.waitForFunction(() => /Write a scenario/.test(document.querySelector('#app main h1')?.textContent ?? ''));
  await page.waitForSelector('button:has-text("Start from the template"):not([disabled])');
}

async function openFile(page, name, text) {
  await page.setInputFiles('#author-open', { name, mimeType: 'text/markdown', buffer: Buffer.from(text, 'utf8') });
}

async function summary(page, pattern) {
  await page.waitForFunction((p) => new RegExp(p).test(document.querySelector('#check-summary')?.textContent ?? ''), pattern.source);
  return page.textContent('#check-summary');
}

test('a file with a mistake shows it at its line; fixed, it plays from any scene, is kept, listed and exported byte for byte', async () => {
  const { context, page, watch } = await openFresh(app, '#/check');
  for (const hash of ['#/', '#/scenarios', '#/guidance/child-trafficking', '#/workshop', '#/data']) await goTo(page, hash);
  assert.equal(checker(watch), 0, 'no other screen fetches the checker, desk screens included');
  await goTo(page, '#/author');
  await openAuthor(page);
  assert.equal(checker(watch), 2, 'the author screen fetches its checker: loader and WebAssembly');

  // The mistake, named at its line, and a button that takes the cursor there.
  await openFile(page, 'amira-bus-station.md', broken);
  assert.match(await summary(page, /1 problem/), /1 problem and 0 warnings/);
  const problem = page.locator('.problem-errors li').first();
  assert.match(await problem.textContent(), new RegExp(`^Line ${brokenLine}: .*'nowhere'`));
  await problem.locator('button').click();
  const caret = await page.evaluate(() => {
    const area = document.activeElement;
    return { id: area.id, line: area.value.slice(0, area.selectionStart).split('\n').length };
  });
  assert.deepEqual(caret, { id: 'author-text', line: brokenLine }, 'focus moves to the text, on the line named');
  assert.match(await page.textContent('#author-position'), new RegExp(`line ${brokenLine},`));
  await page.click('text=Keep on this device');
  assert.match(await page.textContent('.error-message'), /Fix the problems/);

  // Fixed by typing in the box, it checks clean as the trainer types.
  await page.fill('#author-text', broken.replace('-> nowhere', '-> next-step'));
  assert.match(await summary(page, /No problems/), /No problems found/);
  assert.equal(await page.locator('.problem-errors').count(), 0);

  // The file opened afresh exactly as it is on disk (Windows line endings), tried and kept.
  const onDisk = sound.replace(/\n/g, '\r\n');
  await openFile(page, 'amira-bus-station.md', onDisk);
  await summary(page, /No problems/);
  // Try it from the second scene with the variable set: the text for that path shows.
  await page.selectOption('#try-scene', 'next-step');
  await page.check('#try-var-listened');
  await page.click('text=Play from here');
  await page.waitForSelector('#try-scene-heading');
  assert.match(await page.textContent('.trial'), /Variables now: listened = true/);
  assert.match(await page.textContent('.trial .prose'), /took the first choice/);
  assert.equal(await page.evaluate(() => document.activeElement?.id), 'try-scene-heading');
  // And from the start, through a choice that changes the variable, to an ending.
  await page.selectOption('#try-scene', 'first-meeting');
  await page.uncheck('#try-var-listened');
  await page.click('text=Play from here');
  await page.waitForFunction(() => /Variables now: listened = false/.test(document.querySelector('.trial')?.textContent ?? ''));
  await page.click('.try-choices button >> nth=0');
  await page.waitForFunction(() => /listened = true/.test(document.querySelector('.trial')?.textContent ?? ''));
  assert.match(await page.textContent('.trial .feedback'), /Good practice/);
  await page.click('.try-choices button >> nth=0');
  await page.waitForSelector('.trial .outcome-box');
  assert.match(await page.textContent('.trial'), /A referral is made/);

  await page.click('text=Keep on this device');
  await page.waitForFunction(() => /is kept on this device/.test(document.body.textContent));
  const [download] = await Promise.all([page.waitForEvent('download'), page.click('button:has-text("Export the file")')]);
  assert.equal(download.suggestedFilename(), 'amira-bus-station.md');
  assert.ok(readFileSync(await download.path()).equals(Buffer.from(onDisk, 'utf8')), 'exported byte for byte as opened');
  // Its own export button, in the list of kept scenarios (in another tab: a browser lets a
  // page start one download unasked), gives the same bytes.
  const other = await context.newPage();
  await openApp(other, app.server.url, '#/author');
  await openAuthor(other);
  const [again] = await Promise.all([other.waitForEvent('download'), other.click('.authored button:has-text("Export")')]);
  assert.equal(again.suggestedFilename(), 'amira-bus-station.md');
  assert.ok(readFileSync(await again.path()).equals(Buffer.from(onDisk, 'utf8')));
  await other.close();
  assert.deepEqual(await axeViolations(page), []);

  // In the scenario list, marked; it plays to an ending as a learner would; kept across a reload.
  await page.reload();
  await goTo(page, '#/scenarios');
  const card = page.locator('.scenario-card', { hasText: 'Amira at the bus station' });
  assert.match(await card.textContent(), /Written locally, not reviewed/);
  await card.locator('a').click();
  await page.waitForFunction(() => /Amira at the bus station/.test(document.querySelector('#app main h1')?.textContent ?? ''));
  assert.match(await page.textContent('#app main'), /nobody has reviewed/);
  await page.click('text=Start the scenario');
  for (let step = 0; step < 2; step++) {
    await page.locator('.choices label').first().click();
    await page.click('.choices button[type=submit]');
    await page.click('#feedback-heading ~ button:has-text("Continue")');
  }
  await page.waitForSelector('.outcome-box');
  assert.match(await page.textContent('#app main'), /A referral is made/);
  assert.deepEqual(watch.errors, []);
  await context.close();
});

test('a kept scenario runs in workshop mode, travels in the data export, and goes when deleted', async () => {
  const { context, page, watch } = await openFresh(app, '#/author');
  await openAuthor(page);
  await openFile(page, 'amira-bus-station.md', sound);
  await summary(page, /No problems/);
  await page.click('text=Keep on this device');
  await page.waitForFunction(() => /is kept on this device/.test(document.body.textContent));

  await goTo(page, '#/workshop');
  await page.waitForSelector('#pick-amira-bus-station');
  assert.match(await page.textContent('label[for=pick-amira-bus-station]'), /Written locally, not reviewed/);
  await page.check('#pick-amira-bus-station');
  const [audience] = await Promise.all([context.waitForEvent('page'), page.click('text=Start the session')]);
  await audience.waitForFunction(() => document.querySelector('.room-stage .stage-heading')?.textContent.includes('Amira'));
  await page.click('.present-next');
  await audience.waitForFunction(() => document.querySelector('.room-stage .stage-heading')?.textContent.includes('What you notice'));
  assert.match(await audience.textContent('.room-stage'), /bus station every night/);
  assert.doesNotMatch(await audience.textContent('body'), /A note for a trainer presenting/, 'presenter notes stay off the projector');
  await audience.close();

  // The data export carries it; erased, it goes from the list; imported, it is back.
  await goTo(page, '#/data');
  const [exported] = await Promise.all([page.waitForEvent('download'), page.click('text=Export my data to a file')]);
  const file = readFileSync(await exported.path());
  assert.match(file.toString('utf8'), /"authored":\[/);
  await page.click('#erase-start');
  await page.click('text=Yes, erase everything');
  await goTo(page, '#/scenarios');
  assert.equal(await page.locator('.scenario-card', { hasText: 'Amira' }).count(), 0);
  await goTo(page, '#/data');
  await page.setInputFiles('#import-file', { name: 'back.json', mimeType: 'application/json', buffer: file });
  await page.click('text=Replace my data with this file');
  await goTo(page, '#/author');
  await openAuthor(page);
  assert.match(await page.textContent('.authored-list'), /Amira at the bus station/);

  // Deleting asks first, then it is gone from the list and the scenarios.
  await page.click('.authored button:has-text("Delete")');
  await page.click('text=Yes, delete it');
  await page.waitForFunction(() => /was deleted from this device/.test(document.body.textContent));
  assert.equal(await page.locator('.authored').count(), 0);
  await goTo(page, '#/scenarios');
  assert.equal(await page.locator('.scenario-card', { hasText: 'Amira' }).count(), 0);
  assert.deepEqual(watch.errors, []);
  await context.close();
});

test('a forged kept scenario with script in it is set aside, never shown', async () => {
  const context = await app.browser.newContext();
  const { page, watch } = await watchedPage(context);
  await openApp(page, app.server.url, '#/author');
  await openAuthor(page);
  await openFile(page, 'amira-bus-station.md', sound);
  await summary(page, /No problems/);
  await page.click('text=Keep on this device');
  await page.waitForFunction(() => /is kept on this device/.test(document.body.textContent));
  // Someone with the device edits what is kept: a scene's text gets an image with a script.
  await page.evaluate(() => {
    const kept = localStorage.getItem('recognise-respond');
    localStorage.setItem('recognise-respond', kept.replace('<p>Amira', '<img src=x onerror=alert(1)><p>Amira'));
  });
  const dialogs = [];
  page.on('dialog', (d) => { dialogs.push(d.message()); d.dismiss(); });
  await page.reload();
  await goTo(page, '#/scenarios');
  assert.equal(await page.locator('.scenario-card', { hasText: 'Amira' }).count(), 0, 'not listed');
  assert.match(await page.textContent('.messages'), /scenarios you wrote could not be used/);
  assert.equal(await page.evaluate(() => localStorage.getItem('recognise-respond.backup')?.includes('onerror') ?? false), true, 'the whole is kept aside');
  assert.deepEqual(dialogs, []);
  assert.deepEqual(watch.errors, []);
  await context.close();
});
