// Answer first, nothing silent: focus after every screen change and after actions that remove
// their own control, the error pattern on every form, the outcome's order, a record that stands
// alone in copy and print, announcements sized for a listener, and short screens.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ROUTES } from './routes.mjs';
import { appUnderTest, watchedPage, openApp, goTo, axeViolations, tabTo, openDetails } from './browser.mjs';

const app = appUnderTest();
const focused = (page) => page.evaluate(() => {
  const a = document.activeElement;
  return a === document.body || !a ? 'body' : `${a.tagName.toLowerCase()}${a.id ? `#${a.id}` : ''}`;
});
const until = (page, predicate, arg) => page.waitForFunction(predicate, arg, { timeout: 5000 });

async function fresh(hash, options = {}) {
  const context = await app.browser.newContext(options);
  const { page, watch } = await watchedPage(context);
  await openApp(page, app.server.url, hash);
  return { context, page, watch };
}

test('after a cold deep link to any screen, following a link puts focus on the new screen', async () => {
  const context = await app.browser.newContext();
  for (const [hash] of ROUTES) {
    if (hash.startsWith('#/workshop/room') || hash.startsWith('#/workshop/present')) continue;
    const { page } = await watchedPage(context);
    await openApp(page, app.server.url, hash);
    // Wait for the screen itself (not the loading message), then follow a link.
    await page.waitForFunction(() => !/Loading/.test(document.querySelector('#app main h1')?.textContent ?? ''));
    const target = hash === '#/guidance' ? '#/glossary' : '#/guidance';
    await page.evaluate((t) => { window.location.hash = t; }, target);
    await until(page, (t) => window.location.hash === t && document.activeElement?.matches('main h1'), target);
    assert.equal(await focused(page), 'h1', `from ${hash}`);
    await page.close();
  }
  // Starting a workshop session moves focus to the presenter's heading.
  const { page } = await watchedPage(context);
  await openApp(page, app.server.url, '#/workshop');
  await page.check('#pick-kobe');
  await page.check('#windows-one');
  await page.click('text=Start the session');
  await until(page, () => document.activeElement?.matches('main h1'));
  await context.close();
});

test('errors follow the GOV.UK pattern: next to the field, linked, marked invalid, in the title, focused', async () => {
  const { context, page } = await fresh('#/check');
  await page.click('#sign-cce-debt');
  await openDetails(page, 'Use your professional judgement');
  await page.selectOption('#judgement-level', 'concern');
  await page.click('text=Apply judgement');
  await until(page, () => document.activeElement?.id === 'judgement-reason');
  assert.match(await page.textContent('#judgement-reason-error'), /^Error: Give your reason for lowering the level/);
  assert.equal(await page.getAttribute('#judgement-reason', 'aria-invalid'), 'true');
  assert.match(await page.getAttribute('#judgement-reason', 'aria-describedby'), /judgement-reason-error/);
  assert.match(await page.title(), /^Error: /);
  assert.equal(await page.textContent('.level-box .level-title'), 'High concern: refer now', 'nothing changed');
  await page.fill('#judgement-reason', 'Debt explained: a loan from an aunt, checked');
  await page.click('text=Apply judgement');
  await until(page, () => /Concern: act today/.test(document.querySelector('.level-box .level-title').textContent));
  assert.doesNotMatch(await page.title(), /^Error/);
  assert.equal(await page.getAttribute('#judgement-reason', 'aria-invalid'), null);

  // The scenario player and the workshop plan show their error on the first press.
  await goTo(page, '#/scenarios/kobe');
  await page.click('text=Start the scenario');
  await page.click('.choices button[type=submit]');
  await until(page, () => document.activeElement?.id === 'choice-error');
  assert.equal(await page.isVisible('#choice-error'), true);
  assert.match(await page.textContent('#choice-error'), /^Error: /);
  assert.match(await page.title(), /^Error: /);
  await goTo(page, '#/workshop');
  await page.click('text=Start the session');
  await until(page, () => document.activeElement?.id === 'pick-error');
  assert.equal(await page.isVisible('#pick-error'), true);

  // A refused import is tied to the file field.
  await goTo(page, '#/data');
  await page.setInputFiles('#import-file', { name: 'x.json', mimeType: 'application/json', buffer: Buffer.from('not json') });
  await until(page, () => document.querySelector('#import-file').getAttribute('aria-invalid') === 'true');
  assert.match(await page.getAttribute('#import-file', 'aria-describedby'), /data-outcome/);
  assert.match(await page.textContent('#data-outcome'), /^Error: /);
  await context.close();
});

test('focus is kept when an action removes the button that was pressed', async () => {
  const { context, page } = await fresh('#/nation');
  await page.click('#nation-wales');
  await page.click('#nation-save');
  await page.click('text=Forget my nation');
  await until(page, () => document.activeElement?.id === 'nation-question');

  await goTo(page, '#/data');
  await page.click('#erase-start');
  await until(page, () => document.activeElement?.id === 'erase-question');
  await page.click('text=Cancel');
  await until(page, () => document.activeElement?.id === 'erase-start');
  await page.click('#erase-start');
  await page.click('text=Yes, erase everything');
  await until(page, () => document.activeElement?.closest('.data-outcome'));

  await goTo(page, '#/workshop');
  await page.check('#pick-kobe');
  await page.check('#windows-one');
  await page.click('text=Start the session');
  await page.waitForSelector('.present');
  while (!(await page.$('.hands-panel'))) await page.keyboard.press('ArrowRight');
  await page.click('text=Follow B');
  await until(page, () => document.activeElement?.matches('.present-next'));
  await context.close();
});

test('the answer first: level, then next steps, then why; the outcome is three Tab presses from the top', async () => {
  const { context, page } = await fresh('#/nation', { viewport: { width: 393, height: 851 }, isMobile: true, hasTouch: true });
  await page.click('#nation-england');
  await page.click('#nation-save');
  await goTo(page, '#/check');
  // On a phone the groups start folded.
  await page.click('text=Open every group');
  for (const id of ['#sign-goes-missing', '#sign-cce-debt', '#sign-in-care']) await page.click(id);
  const order = await page.evaluate(() => {
    const at = (s) => { const el = document.querySelector(s); return el ? [...document.querySelectorAll('*')].indexOf(el) : -1; };
    return [at('.level-box'), at('.steps'), at('.reasons'), at('.reason-sources')];
  });
  assert.ok(order.every((i) => i > 0) && order[0] < order[1] && order[1] < order[2] && order[2] < order[3], `order ${order}`);
  assert.equal(await page.isVisible('.reason-sources ul'), false, 'citations are folded away');

  // From the top of the checklist (its heading focused) to the outcome: at most 3 Tab presses.
  await page.focus('main h1');
  let presses = 0;
  while (presses < 3) {
    await page.keyboard.press('Tab');
    presses += 1;
    if (await page.evaluate(() => document.activeElement?.getAttribute('href') === '#outcome-heading')) break;
  }
  assert.equal(await page.evaluate(() => document.activeElement?.getAttribute('href')), '#outcome-heading', `${presses} presses`);
  assert.match(await page.evaluate(() => document.activeElement.textContent), /Go to the outcome/);
  await page.keyboard.press('Enter');
  await until(page, () => document.activeElement?.id === 'outcome-heading');
  await page.waitForTimeout(300);
  // On a Pixel 5 screen the level (with its number to tap) and the first next step's title and
  // numbers (drawn under its title, before its details) are in view, clear of the bars.
  const view = await page.evaluate(() => {
    const top = document.querySelector('.emergency').getBoundingClientRect().bottom;
    // The level bar sticks to the bottom only while the checklist is in view; above it, it is out of sight.
    const bar = document.querySelector('.outcome-bar').getBoundingClientRect().top;
    const bottom = bar > 0 && bar < innerHeight ? bar : innerHeight;
    const level = document.querySelector('.level-box').getBoundingClientRect();
    const step = document.querySelector('.steps li').getBoundingClientRect();
    const calls = document.querySelector('.steps li .calls').getBoundingClientRect();
    return { top, bottom, level: [level.top, level.bottom], step: [step.top, calls.bottom] };
  });
  assert.ok(view.level[0] >= view.top && view.step[1] <= view.bottom, JSON.stringify(view));
  assert.doesNotMatch(await page.textContent('.outcome-bar'), /Level: /, 'one colon, not two');
  await context.close();
});

test('the record stands alone, and copy and print give the same record', async () => {
  const { context, page } = await fresh('#/nation');
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: app.server.origin });
  await page.click('#nation-wales');
  await page.click('#nation-save');
  await goTo(page, '#/check');
  await page.click('#age-13-17');
  await page.click('#sign-goes-missing');
  await openDetails(page, 'Use your professional judgement');
  await page.selectOption('#judgement-level', 'refer-now');
  await page.fill('#judgement-reason', 'Seen with the older group twice this week');
  await page.click('text=Apply judgement');
  await page.click('text=Copy as text');
  await until(page, () => document.querySelector('#record-status')?.textContent.includes('Copied'));
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  assert.match(copied, /^Recognise & Respond: Indicator check record\nMade: \d{1,2} \w+ \d{4}, \d\d:\d\d\nAge: 13 to 17\nUK nation: Wales\n/);
  assert.match(copied, /Raised by professional judgement\. Reason: Seen with the older group twice this week/);
  assert.match(copied, /Content version: \d{4}-\d{2}-\d{2} \(/);
  assert.ok(copied.indexOf('Next steps (Wales)') < copied.indexOf('Why:'));

  const pdf = join(mkdtempSync(join(tmpdir(), 'rr-record-')), 'record.pdf');
  await page.pdf({ path: pdf });
  const printed = execFileSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' });
  const norm = (t) => t.replace(/Made: .*\n/, '').replace(/\s+/g, ' ').trim();
  for (const line of ['Indicator check record', 'Age: 13 to 17', 'UK nation: Wales', 'Reason: Seen with the older group twice this week', 'Content version: 20']) {
    assert.ok(norm(printed).includes(line), `printed record has "${line}"`);
  }
  assert.ok(norm(printed).includes(norm(copied).slice(0, 400)), 'the printed record is the copied record');
  assert.doesNotMatch(printed, /Tick what you have noticed|Go to the outcome/, 'no form or app frame on paper');
  assert.equal(await page.title(), 'Check signs – Recognise & Respond', 'the title is put back after printing');

  // With no nation chosen the record says so in words that are true on paper.
  await goTo(page, '#/nation');
  await page.click('text=Forget my nation');
  await goTo(page, '#/check');
  await page.click('text=Copy as text');
  await until(page, () => document.querySelector('#record-status')?.textContent.includes('Copied'));
  const bare = await page.evaluate(() => navigator.clipboard.readText());
  assert.match(bare, /UK nation: not chosen/);
  assert.doesNotMatch(bare, /top of the screen/);
  assert.equal(await page.isVisible('#outcome-nation-wales'), true, 'the outcome offers the nation question inline');
  await page.click('#outcome-nation-wales');
  await page.click('#outcome-nation-save');
  await until(page, () => document.activeElement?.id === 'steps-heading');
  assert.match(await page.textContent('#steps-heading'), /Next steps in Wales/);
  await context.close();
});

test('announcements are sized for a listener: the filter counts, the room hears hands in one line', async () => {
  const { context, page } = await fresh('#/check');
  await page.fill('#sign-filter', 'phone');
  await until(page, () => /signs? match/.test(document.querySelector('.filter [role=status]').textContent));
  const shown = await page.$$eval('.sign-group .checkbox:not([hidden])', (els) => els.length);
  assert.match(await page.textContent('.filter [role=status]'), new RegExp(`^${shown} signs? match`));

  await goTo(page, '#/workshop');
  await page.check('#pick-kobe');
  const [room] = await Promise.all([context.waitForEvent('page'), page.click('text=Start the session')]);
  await room.waitForSelector('.room h1');
  assert.equal(await room.getAttribute('.room-stage', 'aria-live'), null, 'the stage is not read out whole');
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowRight');
  while (!(await page.$('.hands-panel'))) await page.keyboard.press('ArrowRight');
  await page.click('[aria-label="One more hand for A"]');
  await room.waitForFunction(() => /Hands: A 1/.test(document.querySelector('.room [aria-live]').textContent));
  const said = await room.textContent('.room [aria-live]');
  assert.ok(said.length < 120, `${said.length} characters: ${said}`);
  await context.close();
});

test('short screens: at 320 by 256 px the bars stop covering the page', async () => {
  const { context, page } = await fresh('#/check', { viewport: { width: 320, height: 256 } });
  await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight / 2));
  const covered = await page.evaluate(() => ['.emergency', '.outcome-bar'].reduce((sum, s) => {
    const r = document.querySelector(s).getBoundingClientRect();
    return sum + Math.max(0, Math.min(r.bottom, innerHeight) - Math.max(r.top, 0));
  }, 0));
  assert.ok(covered <= 256 * 0.25, `${covered}px of 256 covered`);
  await context.close();
});

test('visual: no yellow block on a focused heading, a dark edge on a focused button, one nation question, search kept on Back', async () => {
  const { context, page } = await fresh('#/');
  assert.equal(await page.$$eval('main a[href="#/nation"]', (els) => els.length) + await page.$$eval('.nation-line a', (els) => els.length), 0, 'the home screen asks for the nation once');
  assert.equal(await page.isVisible('#nation-question'), true);
  await goTo(page, '#/guidance');
  await until(page, () => document.activeElement?.matches('main h1'));
  const heading = await page.evaluate(() => getComputedStyle(document.activeElement).backgroundColor);
  assert.equal(heading, 'rgba(0, 0, 0, 0)');
  await goTo(page, '#/check');
  await tabTo(page, 'button.button:not(.button-secondary):not(.button-warning)');
  const shadow = await page.evaluate(() => getComputedStyle(document.activeElement).boxShadow);
  assert.match(shadow, /rgb\(11, 12, 12\)|rgb\(0, 0, 0\)/, shadow);
  assert.match(await page.textContent('.nav-list'), /Check signs/);

  await goTo(page, '#/search');
  await page.fill('#search-page', 'guardian');
  await page.waitForSelector('.results li a');
  await page.click('.results li a');
  await page.waitForFunction(() => !location.hash.startsWith('#/search'));
  await page.goBack();
  await page.waitForSelector('#search-page');
  assert.equal(await page.inputValue('#search-page'), 'guardian', 'Back from a result keeps the search');
  assert.deepEqual(await axeViolations(page), []);
  await context.close();
});
