// My learning record: a finished scenario is listed with when, how long, the path and the
// ending; a reflection is kept; the record prints, a one-page certificate prints on its own, and
// the record and a workshop session export as CSV.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { appUnderTest, goTo, axeViolations, openFresh, seedSavedData } from './browser.mjs';

const app = appUnderTest();

async function choose(page, text) {
  await page.locator('.choices label', { hasText: text }).click();
  await page.click('.choices button[type=submit]');
  await page.waitForSelector('#feedback-heading');
  await page.click('.feedback button');
}

test('a finished scenario is listed, with a reflection, a printed record and certificate, and CSV', async () => {
  const { context, page, watch } = await openFresh(app, '#/record');
  assert.match(await page.textContent('main'), /Scenarios finished\s*None yet/);

  await goTo(page, '#/scenarios/kobe');
  await page.click('text=Start the scenario');
  for (const text of ['Arrange a return home interview', 'Hold a strategy discussion', 'Tell the police and youth justice service', 'Get him specialist immigration advice now']) {
    await choose(page, text);
  }
  await page.waitForSelector('.outcome-box');

  await goTo(page, '#/record');
  const item = page.locator('.record-list > li');
  assert.equal(await item.count(), 1);
  assert.match(await item.textContent(), /Kobe[\s\S]*Finished \d{1,2} \w+ 20\d\d[\s\S]*About 1 minute from start to end[\s\S]*Ending: A good outcome for the child/);
  assert.match(await item.textContent(), /Your 4 decisions/);

  // A reflection is watched for identifying details like the referral notes, and says that
  // names cannot be found.
  await page.fill('#reflection-kobe', 'Reminded me of a girl at 12 Acacia Avenue, Leeds');
  await page.waitForSelector('#reflection-kobe-warning');
  assert.match(await page.textContent('#reflection-kobe-warning'), /a street address/);
  assert.match(await page.getAttribute('#reflection-kobe', 'aria-describedby'), /reflection-hint reflection-kobe-warning/);
  assert.match(await page.textContent('#reflection-hint'), /Names cannot be checked for/);
  // A reflection, kept across a reload; direction-control and control characters are not kept.
  await page.fill('#reflection-kobe', 'Name exploitation sooner.\u202e\u0007');
  await page.waitForFunction(() => !document.querySelector('#reflection-kobe-warning'));
  await page.click('text=Save reflection');
  await page.reload();
  await page.waitForSelector('#app main h1');
  assert.equal(await page.inputValue('#reflection-kobe'), 'Name exploitation sooner.');

  // CSV for a CPD system.
  const [download] = await Promise.all([page.waitForEvent('download'), page.click('text=Export as CSV')]);
  assert.equal(download.suggestedFilename(), 'recognise-respond-learning-record.csv');
  const rows = readFileSync(await download.path(), 'utf8').split('\r\n').filter(Boolean);
  assert.equal(rows.length, 2);
  assert.match(rows[0], /^"Finished","Scenario","Minutes","Ending","Decisions","Reflection"$/);
  assert.match(rows[1], /"Kobe[^"]*","1","A good outcome for the child[^"]*","Your first week: Arrange a return home interview[^"]*\(Good practice\) \| [^"]*","Name exploitation sooner\."$/);

  // Printed: the record, then the certificate on its own.
  await page.emulateMedia({ media: 'print' });
  assert.equal(await page.isVisible('.record-list'), true);
  assert.equal(await page.isVisible('.certificate'), false, 'the certificate prints only when asked for');
  await page.evaluate(() => document.querySelector('.learning-record').classList.add('certificate-mode'));
  assert.equal(await page.isVisible('.certificate'), true);
  assert.equal(await page.isVisible('.record-list'), false);
  assert.match(await page.textContent('.certificate'), /Certificate of completion[\s\S]*Kobe[\s\S]*claims no accreditation/);
  await page.evaluate(() => document.querySelector('.learning-record').classList.remove('certificate-mode'));
  await page.emulateMedia({ media: 'screen' });
  assert.deepEqual(await axeViolations(page), []);
  assert.deepEqual(watch.errors, []);
  await context.close();
});

test('a past workshop session exports as CSV: each decision the room took, with its hands', async () => {
  const { context, page } = await openFresh(app, '#/workshop');
  await page.check('#pick-kobe');
  await page.check('#windows-one');
  await page.click('text=Start the session');
  await page.waitForSelector('.present-next');
  await page.keyboard.press('ArrowRight');
  await page.fill('#hands-2', '5');
  await page.press('#hands-2', 'Tab');
  await page.click('text=Follow the majority (M)');
  await goTo(page, '#/workshop');
  await page.click('.past-sessions a');
  await page.waitForSelector('.past-run');
  const [download] = await Promise.all([page.waitForEvent('download'), page.click('text=Export this session as CSV')]);
  const rows = readFileSync(await download.path(), 'utf8').split('\r\n').filter(Boolean);
  // One column per choice, lettered as on the projector.
  assert.equal(rows[0], '"Scenario","Decision","Scene","The room chose","Rating","Hands for A","Hands for B","Hands for C"');
  assert.match(rows[1], /^"Kobe[^"]*","1","Your first week","B\. Arrange a return home interview[^"]*","Good practice","0","5","0"$/);
  await context.close();
});

test('time is counted only while a page is on screen and in use, capped; the certificate gives minutes, pages read, the days and a typed name, erased with the rest', async () => {
  const context = await app.browser.newContext();
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(e.message));
  // The browser's clock, moved on by the test.
  await page.clock.install({ time: new Date('2026-12-01T09:00:00') });
  await page.goto(app.server.url + '#/record');
  await page.waitForSelector('#app main h1');
  assert.match(await page.textContent('.time-total'), /No time counted yet/);
  assert.match(await page.textContent('.time-rule'), /stops after 5 minutes with no key press/);

  // 75 seconds reading a page, scrolling now and then.
  await goTo(page, '#/guidance/age');
  for (let i = 0; i < 5; i++) {
    await page.mouse.wheel(0, 40);
    await page.clock.runFor(15_000);
  }
  // Another page left open for 20 minutes with no input: only the first 5 count.
  await goTo(page, '#/guidance/guardians');
  await page.clock.runFor(20 * 60_000);
  await goTo(page, '#/record');
  await page.waitForFunction(() => /Reading guidance: 6 minutes/.test(document.querySelector('.time-list')?.textContent ?? ''));
  assert.match(await page.textContent('.time-total'), /6 minutes in all, on 1 December 2026\./);
  const read = await page.textContent('.pages-read');
  assert.match(read, /When a young person's age is uncertain/);
  assert.match(read, /guardian/i);

  // A name typed for the certificate, kept across a reload and printed on it.
  await page.fill('#learner-name', '  Sam Jones\u202e ');
  await page.click('text=Save name');
  await page.waitForFunction(() => /Saved on this device/.test(document.querySelector('.name-form .confirmation').textContent));
  await page.reload();
  await page.waitForSelector('#learner-name');
  assert.equal(await page.inputValue('#learner-name'), 'Sam Jones');
  await page.emulateMedia({ media: 'print' });
  await page.evaluate(() => document.querySelector('.learning-record').classList.add('certificate-mode'));
  const cert = await page.textContent('.certificate');
  assert.match(cert, /Name: Sam Jones/);
  assert.match(cert, /on 1 December 2026, spending 6 minutes in all/);
  assert.match(cert, /Reading guidance: 6 minutes; 2 pages read/);
  assert.match(cert, /How time is counted: Time is counted only while/);
  await page.evaluate(() => document.querySelector('.learning-record').classList.remove('certificate-mode'));
  await page.emulateMedia({ media: 'screen' });
  assert.deepEqual(await axeViolations(page), []);

  // Kept with the rest of the record, and erased with it.
  const kept = JSON.parse(await page.evaluate(() => localStorage.getItem('recognise-respond')));
  assert.equal(kept.version, 9);
  assert.equal(kept.learner.name, 'Sam Jones');
  assert.ok(kept.learner.time['guidance/age'].seconds >= 60 && kept.learner.time['guidance/age'].seconds <= 80, JSON.stringify(kept.learner.time));
  assert.equal(kept.learner.time['guidance/guardians'].seconds, 300);
  await goTo(page, '#/data');
  await page.click('#erase-start');
  await page.click('text=Yes, erase everything');
  await page.waitForFunction(() => /has been erased/.test(document.querySelector('.data-outcome')?.textContent ?? ''));
  await goTo(page, '#/record');
  assert.equal(await page.inputValue('#learner-name'), '');
  assert.match(await page.textContent('.time-total'), /No time counted yet/);
  assert.deepEqual(errors, []);
  await context.close();
});

test('a record kept before names and times (format 8) still loads; the record is linked from home and from the end of a scenario', async () => {
  const context = await app.browser.newContext();
  const page = await context.newPage();
  const old = { version: 8, nation: 'wales', scenarios: { kobe: { path: [], endings: ['settled'], finished: [{ ending: 'settled', at: 1764579600000, minutes: 14, path: [] }] } } };
  await seedSavedData(page, JSON.stringify(old));
  await page.goto(app.server.url + '#/');
  await page.waitForSelector('#app main h1');
  await page.click('.home-record a');
  await page.waitForFunction(() => window.location.hash === '#/record' && document.querySelector('.record-list'));
  assert.match(await page.textContent('.record-list'), /Kobe[\s\S]*About 14 minutes from start to end/);
  assert.equal(await page.inputValue('#learner-name'), '');
  assert.match(await page.textContent('.certificate'), /Kobe: in care, missing, and treated as an offender: time not counted, finished/);
  assert.doesNotMatch(await page.textContent('.certificate'), /spending/, 'no time claimed where none was counted');
  assert.equal(await page.$('.messages .message'), null, 'no message about the older format');

  await goTo(page, '#/scenarios/kobe');
  await page.click('text=Start the scenario');
  for (const text of ['Arrange a return home interview', 'Hold a strategy discussion', 'Tell the police and youth justice service', 'Get him specialist immigration advice now']) {
    await choose(page, text);
  }
  await page.waitForSelector('.outcome-box');
  await page.click('.scene a:has-text("Your learning record")');
  await page.waitForFunction(() => window.location.hash === '#/record' && document.querySelectorAll('.record-list > li').length === 2);
  await context.close();
});
