// Prepare your referral: offered once a check reaches concern, it shows what to gather and who
// completes the referral in the chosen nation, warns when a note looks as if it identifies a
// child (and says names cannot be detected), and builds a summary of only what was ticked and
// typed (no local contacts).
// The notes are checklist answers: gone after a reload unless the person keeps answers.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { appUnderTest, goTo, openApp, watchedPage, axeViolations, openDetails } from './browser.mjs';

const app = appUnderTest();
const stored = (page) => page.evaluate(() => JSON.parse(localStorage.getItem('recognise-respond') || '{}'));
const summaryText = async (page) => {
  if (!(await page.evaluate(() => document.querySelector('.referral details:has(#referral-text)').open))) {
    await page.click('text=Show the summary as plain text');
  }
  await page.waitForFunction(() => document.querySelector('#referral-text').value.length > 0);
  return page.inputValue('#referral-text');
};

test('a check at concern offers the referral screen, whose summary holds only what was ticked and typed', async () => {
  const context = await app.browser.newContext();
  const { page, watch } = await watchedPage(context);
  await openApp(page, app.server.url, '#/nation');
  await page.click('#nation-scotland');
  await page.click('#nation-save');
  // A contact of the practitioner's own: it must not find its way into the summary.
  await goTo(page, '#/contacts');
  await page.fill('#contact-front-door-name', 'Duty social work');
  await page.fill('#contact-front-door-number', '01632 960003');
  await page.click('text=Save contacts on this device');
  await page.waitForSelector('.contacts-status .confirmation');

  await goTo(page, '#/check');
  await page.check('#sign-isolated');
  await page.waitForFunction(() => /Be alert/.test(document.querySelector('.outcome .level-title').textContent));
  assert.equal(await page.locator('.refer-link').count(), 0, 'not offered below concern');
  await page.check('#sign-goes-missing');
  await page.waitForSelector('.refer-link');
  await page.click('.refer-link a');
  await page.waitForSelector('#app main h1:text("Prepare your referral")');
  assert.match(await page.textContent('.referral .level-box'), /From your checklist: Concern/);

  // What to gather, and who completes it in Scotland (the other nations' passages are folded away).
  // What to gather is folded above the notes until opened.
  await page.click('.referral-guidance summary');
  assert.ok(await page.isVisible('.prose >> text=Social work normally completes'));
  assert.ok(!(await page.isVisible('.prose >> text=The Health and Social Care (HSC) Trust is the First Responder')));
  assert.ok(await page.isVisible('text=not confirmed'), 'what the facts sheet does not confirm says "check"');
  assert.ok(await page.isVisible('.referral .sources'), 'the screen cites its sources');

  // A note that looks like it identifies the child is flagged beside the box.
  await page.fill('#referral-seen', 'Near SW1A 1AA on three evenings');
  await page.waitForSelector('#referral-seen-warning');
  assert.match(await page.textContent('#referral-seen-warning'), /a postcode/);
  assert.match(await page.getAttribute('#referral-seen', 'aria-describedby'), /referral-seen-warning/);
  await page.fill('#referral-seen', 'At the station on three weekday evenings');
  await page.press('#referral-seen', 'Tab');
  assert.equal(await page.locator('#referral-seen-warning').count(), 0, 'gone once the detail is taken out');
  await page.fill('#referral-account', 'Said "I have to pay them back" when asked about the phones.');
  await page.press('#referral-account', 'Tab');

  // The log refuses an empty action beside the field, then takes one.
  await page.click('text=Add to the log');
  assert.match(await page.textContent('#action-what-error'), /Write what was done/);
  // Focus moves once the error is drawn (the next frame): wait for it, then check.
  await page.waitForFunction((id) => document.activeElement?.id === id, 'action-what', { timeout: 2000 }).catch(() => {});
  assert.equal(await page.evaluate(() => document.activeElement.id), 'action-what');
  await page.fill('#action-what', 'Told the designated safeguarding lead');
  await page.fill('#action-when', '30 Nov, 14:10');
  await page.click('text=Add to the log');
  await page.waitForSelector('.action-log li');
  assert.equal(await page.locator('#action-what-error').count(), 0);

  const text = await summaryText(page);
  const missing = (await page.evaluate(() => [...document.querySelectorAll('.outcome-bar')].length)) === 0;
  assert.ok(missing, 'the checklist is not on this screen');
  for (const part of [
    'UK nation: Scotland',
    'Who completes it: Social work normally completes',
    'Level of concern from the checklist: Concern',
    'I have to pay them back',
    'Signs recorded on the checklist:',
    'At the station on three weekday evenings',
    '- 30 Nov, 14:10: Told the designated safeguarding lead',
  ]) assert.ok(text.includes(part), `${part} in:\n${text}`);
  assert.equal((text.match(/Not written yet\./g) || []).length, 3, 'the three notes left empty say so');
  assert.ok(!text.includes('Duty social work') && !text.includes('01632 960003'), 'no local contacts in the summary');

  // Printing prints the same summary.
  await page.evaluate(() => window.dispatchEvent(new Event('beforeprint')));
  assert.ok((await page.textContent('.referral .print-record')).includes('Told the designated safeguarding lead'));
  // The action log joins the checklist's record too.
  await goTo(page, '#/check');
  await page.click('text=Show the record as plain text');
  await page.waitForFunction(() => document.querySelector('#record-text').value.includes('Actions taken:'));

  // Not kept: the answers were never chosen to be kept, so nothing was stored and a reload forgets.
  assert.equal((await stored(page)).checklist, undefined);
  await page.reload();
  await page.waitForSelector('#app main h1');
  await goTo(page, '#/refer');
  assert.equal(await page.inputValue('#referral-account'), '');
  assert.deepEqual(await axeViolations(page), []);
  assert.deepEqual(watch.errors, []);
  await context.close();
});

test('kept answers keep the notes across a reload, and clearing answers clears them', async () => {
  const context = await app.browser.newContext();
  const { page, watch } = await watchedPage(context);
  await openApp(page, app.server.url, '#/refer');
  await page.check('#keep-answers');
  await page.fill('#referral-agencies', 'School; youth justice service');
  await page.press('#referral-agencies', 'Tab');
  await page.waitForFunction(() => JSON.parse(localStorage.getItem('recognise-respond') || '{}').checklist?.referral?.agencies);
  await page.reload();
  await page.waitForSelector('#app main h1');
  assert.equal(await page.inputValue('#referral-agencies'), 'School; youth justice service');
  await page.click('text=Clear all answers');
  await page.waitForFunction(() => document.querySelector('#referral-agencies').value === '');
  assert.equal((await stored(page)).checklist?.referral, undefined);
  assert.deepEqual(watch.errors, []);
  await context.close();
});

test('the action log and the judgement reason are guarded like the notes; direction controls never reach the summary', async () => {
  const context = await app.browser.newContext();
  const { page, watch } = await watchedPage(context);
  await openApp(page, app.server.url, '#/refer');
  // Names cannot be detected, and every watched box says so.
  assert.match(await page.textContent('#names-hint'), /Names cannot be checked for/);
  assert.match(await page.getAttribute('#referral-account', 'aria-describedby'), /names-hint/);
  assert.doesNotMatch(await page.textContent('main'), /no names, no contacts|holds no names/);

  // Defect 12: the action log had no guard.
  await page.fill('#action-what', 'told Jane Smith on 07700 900123 at SW1A 1AA');
  await page.waitForSelector('#action-what-warning');
  assert.match(await page.textContent('#action-what-warning'), /a phone number and a postcode/);
  assert.match(await page.getAttribute('#action-what', 'aria-describedby'), /action-what-warning/);
  assert.match(await page.getAttribute('#action-what', 'aria-describedby'), /names-hint/);
  // A time is expected to hold a date: only other details are warned about there.
  await page.fill('#action-when', '03/04/2011');
  assert.equal(await page.locator('#action-when-warning').count(), 0);
  await page.fill('#action-when', '03/04/2011 at jane@example.com');
  await page.waitForSelector('#action-when-warning');
  assert.match(await page.getAttribute('#action-when', 'aria-describedby'), /action-when-warning/);
  await page.fill('#action-when', '03/04/2011');
  await page.click('text=Add to the log');
  await page.waitForSelector('.action-log li .logged-warning');
  // The box is empty again, so its warning is gone.
  await page.waitForFunction(() => !document.querySelector('#action-what-warning'));

  // Defect 13: a right-to-left override typed into a note or an action is not kept.
  await page.fill('#referral-account', 'She said \u202eeno on\u202c twice');
  await page.press('#referral-account', 'Tab');
  await page.fill('#action-what', 'rang \u202efront door\u202c');
  await page.click('text=Add to the log');
  await page.waitForFunction(() => document.querySelectorAll('.action-log li').length === 2);
  const text = await summaryText(page);
  assert.ok(text.includes('She said eno on twice') && text.includes('rang front door'), text);
  assert.doesNotMatch(text, /[\u202a-\u202e\u2066-\u2069]/);
  assert.match(text, /cannot find names/);

  // Defect 12: the judgement reason had no guard.
  await goTo(page, '#/check');
  await page.check('#sign-isolated');
  await openDetails(page, 'Use your professional judgement');
  await page.fill('#judgement-reason', 'Seen by GP, NHS number 943 476 5919');
  await page.waitForSelector('#judgement-reason-warning');
  assert.match(await page.textContent('#judgement-reason-warning'), /an NHS number/);
  assert.match(await page.getAttribute('#judgement-reason', 'aria-describedby'), /judgement-reason-warning/);
  assert.match(await page.textContent('#judgement-reason-hint'), /Names cannot be checked for/);
  await page.fill('#judgement-reason', 'Seen by the GP last week');
  await page.waitForFunction(() => !document.querySelector('#judgement-reason-warning'));
  assert.deepEqual(await axeViolations(page), []);
  assert.deepEqual(watch.errors, []);
  await context.close();
});
