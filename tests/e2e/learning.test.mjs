// My learning record: a finished scenario is listed with when, how long, the path and the
// ending; a reflection is kept; the record prints, a one-page certificate prints on its own, and
// the record and a workshop session export as CSV.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { appUnderTest, goTo, axeViolations, openFresh } from './browser.mjs';

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
  assert.equal(rows[0], '"Scenario","Decision","Scene","The room chose","Rating","Hands"');
  assert.match(rows[1], /^"Kobe[^"]*","1","Your first week","B\. Arrange a return home interview[^"]*","Good practice","A 0, B 5, C 0"$/);
  await context.close();
});
