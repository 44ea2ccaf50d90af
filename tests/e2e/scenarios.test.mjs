// End-to-end tests of the case scenarios, in headless Chromium against the release build:
// playing to an ending, resuming after a reload, the debrief, keyboard-only play and axe.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { appUnderTest, goTo, axeViolations, tabTo, openFresh } from './browser.mjs';

const app = appUnderTest();

const fresh = (hash = '#/scenarios') => openFresh(app, hash);

/** Picks the choice whose label contains `text`, presses Choose, and waits for the feedback. */
async function choose(page, text) {
  await page.locator('.choices label', { hasText: text }).click();
  await page.click('.choices button[type=submit]');
  await page.waitForSelector('#feedback-heading');
}

async function next(page) {
  await page.click('.feedback button');
  await page.waitForFunction(() => document.activeElement?.id === 'scene-heading');
}

test('the list shows every scenario with its time, content warning and status', async () => {
  const { context, page, watch } = await fresh();
  const cards = page.locator('.scenario-card');
  assert.ok((await cards.count()) >= 8, 'at least eight scenarios');
  assert.match(await cards.first().textContent(), /About \d+ minutes\. Deals with:/);
  assert.match(await cards.first().locator('.scenario-status').textContent(), /Not started/);
  assert.deepEqual(await axeViolations(page), []);
  assert.deepEqual(watch.errors, []);
  await context.close();
});

test('a learner plays Kobe to a good ending, with feedback after each decision and a debrief of the path', async () => {
  const { context, page, watch } = await fresh('#/scenarios/kobe');
  assert.match(await page.textContent('.warning-text'), /Content warning/);
  assert.match(await page.textContent('main'), /about 15 minutes/);
  await page.click('text=Start the scenario');
  await page.waitForFunction(() => document.activeElement?.id === 'scene-heading');
  assert.match(await page.textContent('#scene-heading'), /Your first week/);

  // Submitting with nothing picked says so, and loses nothing.
  await page.click('.choices button[type=submit]');
  assert.equal(await page.isVisible('#choice-error'), true);

  await choose(page, 'Arrange a return home interview');
  assert.equal(await page.evaluate(() => document.activeElement.id), 'feedback-heading', 'focus moves to the feedback');
  assert.match(await page.textContent('.feedback'), /Good practice/);
  assert.equal(await page.locator('.feedback .guidance-links a').first().getAttribute('href'), '#/guidance/safeguarding-duties/return-interviews');
  assert.deepEqual(await axeViolations(page), [], 'feedback passes axe');
  await next(page);
  assert.match(await page.textContent('#scene-heading'), /return interview/i);

  await choose(page, 'Hold a strategy discussion');
  await next(page);
  assert.match(await page.textContent('.scene'), /already been referred/, 'a later scene shows the consequence of an earlier choice');
  await choose(page, 'Tell the police and youth justice service');
  await next(page);
  await choose(page, 'Get him specialist immigration advice now');
  await next(page);

  assert.match(await page.textContent('.outcome-box'), /A good outcome for the child/);
  const debrief = await page.textContent('.debrief');
  assert.match(debrief, /4 decisions: 4 good practice/);
  assert.match(debrief, /Arrange a return home interview/);
  assert.match(debrief, /Questions to reflect on/);
  assert.equal(await page.locator('.debrief-steps li').count(), 4);
  assert.deepEqual(await axeViolations(page), [], 'the debrief passes axe');

  await goTo(page, '#/scenarios');
  assert.match(await page.locator('.scenario-card', { hasText: 'Kobe' }).locator('.scenario-status').textContent(), /Finished once\. Last ending: Kobe at 18, protected and with a future/);
  assert.deepEqual(watch.errors, []);
  await context.close();
});

test('a reload mid-way resumes at the same scene, and back undoes a decision', async () => {
  const { context, page } = await fresh('#/scenarios/cannabis-farm');
  await page.click('text=Start the scenario');
  await choose(page, 'Treat him as a possible victim');
  await next(page);
  const second = await page.textContent('#scene-heading');
  await choose(page, 'Treat him as a child until his age is assessed');
  await next(page);
  const third = await page.textContent('#scene-heading');
  assert.notEqual(third, second);
  await page.reload();
  await page.waitForSelector('#scene-heading');
  assert.equal(await page.textContent('#scene-heading'), third, 'the same scene after a reload');
  assert.match(await page.textContent('.scene'), /owes a large debt/, 'conditional text from an earlier choice survives the reload');
  const saved = () => page.evaluate(() => JSON.parse(localStorage.getItem('recognise-respond')).scenarios['cannabis-farm'].path.length);
  assert.equal(await saved(), 2);
  await page.click('text=Go back one decision');
  await page.waitForFunction((h) => document.querySelector('#scene-heading')?.textContent === h, second);
  assert.equal(await saved(), 1, 'going back is saved');
  await page.reload();
  await page.waitForSelector('#scene-heading');
  assert.equal(await page.textContent('#scene-heading'), second);
  await context.close();
});

test('a scenario can be completed with the keyboard alone', async () => {
  const { context, page } = await fresh('#/scenarios/port-arrival');
  await tabTo(page, 'main button.button');
  await page.keyboard.press('Enter');
  await page.waitForFunction(() => document.activeElement?.id === 'scene-heading');
  for (let step = 0; step < 10; step++) {
    if (await page.isVisible('.outcome-box')) break;
    // The radio group is one Tab stop; the first option is chosen with Space.
    await tabTo(page, 'input[name=choice]', 20);
    await page.keyboard.press('Space');
    await tabTo(page, '.choices button[type=submit]', 5);
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => document.activeElement?.id === 'feedback-heading');
    await tabTo(page, '.feedback button', 10);
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => document.activeElement?.id === 'scene-heading');
  }
  assert.equal(await page.isVisible('.outcome-box'), true, 'an ending is reached by keyboard');
  assert.equal(await page.isVisible('.debrief'), true);
  await context.close();
});

test('a guidance page lists the scenarios that practise it', async () => {
  const { context, page } = await fresh('#/guidance/non-prosecution');
  const links = page.locator('.practise a');
  assert.ok((await links.count()) >= 1);
  await links.filter({ hasText: 'Duc' }).click();
  await page.waitForFunction(() => location.hash === '#/scenarios/cannabis-farm');
  await context.close();
});
