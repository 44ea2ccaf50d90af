// Workshop mode end to end in headless Chromium, with two pages of one browser context as a
// trainer's laptop would have them: the presenter view and the audience view, kept in step
// offline. Checks following, the show of hands, hidden feedback, the debrief, keys, the saved
// record, printing to PDF and axe on both views.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { appUnderTest, goTo, axeViolations, openFresh } from './browser.mjs';

const app = appUnderTest();

/** Plans a session of Kobe's case in two windows; returns the presenter and the audience pages. */
async function startTwoWindows() {
  const { context, page, watch } = await openFresh(app, '#/workshop');
  // Every request of every window of the laptop, the audience window included.
  const requests = [];
  context.on('request', (r) => requests.push({ url: r.url(), method: r.method() }));
  await page.check('#pick-kobe');
  const [audience] = await Promise.all([context.waitForEvent('page'), page.click('text=Start the session')]);
  await audience.waitForSelector('.room h1');
  await page.waitForSelector('.present-next');
  const audienceErrors = [];
  audience.on('pageerror', (e) => audienceErrors.push(e.message));
  return { context, presenter: page, audience, watch, audienceErrors, requests };
}

/** Waits until the audience view's stage heading reads `text`. */
async function audienceShows(audience, text) {
  await audience.waitForFunction((t) => document.querySelector('.room-stage .stage-heading')?.textContent.includes(t), text);
}

test('the audience view follows the presenter: scene, discussion, hands, hidden feedback, reveal, debrief', async () => {
  const { context, presenter, audience, watch, audienceErrors, requests } = await startTwoWindows();
  assert.match(audience.url(), /#\/workshop\/room$/);
  await audienceShows(audience, 'Kobe');
  assert.match(await audience.textContent('.room-stage'), /Content warning/);

  await presenter.click('.present-next');
  await audienceShows(audience, 'Your first week');
  assert.match(await audience.textContent('.room-stage'), /Kobe is 12/);
  assert.equal(await audience.locator('.room-choice').count(), 3, 'the room sees the three choices');
  assert.equal(await audience.$('.notes-panel'), null, 'no presenter notes on the projector');
  assert.doesNotMatch(await audience.textContent('body'), /Ask the room what they already know/);
  assert.match(await presenter.textContent('.notes-panel'), /Ask the room what they already know/, 'the presenter has the notes');
  assert.match(await presenter.textContent('.hand-rows'), /Good practice · leads to: The return interview/);

  // The right-arrow key moves on: the discussion question, large.
  await presenter.keyboard.press('ArrowRight');
  await audienceShows(audience, 'Talk about it');
  assert.match(await audience.textContent('.pause-questions'), /What could explain the cash/);

  // Hands entered on the presenter appear on the projector as they are typed in.
  await presenter.fill('#hands-1', '3');
  await presenter.press('#hands-1', 'Enter');
  await presenter.click('[aria-label="One more hand for B"]');
  await presenter.fill('#hands-2', '9');
  await presenter.press('#hands-2', 'Tab');
  await audienceShows(audience, 'What would you do?');
  await audience.waitForFunction(() => document.querySelectorAll('.room-choice .count').length === 3 && /9 hands \(75%\)/.test(document.querySelector('.room-choices').textContent));
  assert.match(await audience.textContent('.room-choices'), /3 hands \(25%\)/);
  assert.match(await audience.textContent('.hands-total'), /12 hands raised/);

  // One more hand changes that choice's count and the total, not the stage: the heading, the
  // scene and the other choices stay the same nodes.
  await audience.evaluate(() => {
    window.kept = [...document.querySelectorAll('.room-stage .stage-heading, .room-choice')];
    window.changed = new Set();
    new MutationObserver((records) => records.forEach((r) => window.changed.add(r.target))).observe(document.querySelector('.room-stage'), { subtree: true, childList: true, characterData: true });
  });
  await presenter.click('[aria-label="One more hand for A"]');
  await audience.waitForFunction(() => /4 hands \(31%\)/.test(document.querySelector('.room-choices').textContent));
  const redraw = await audience.evaluate(() => ({
    same: window.kept.every((n) => n.isConnected),
    changedChoices: [...document.querySelectorAll('.room-choice')].filter((li) => [...window.changed].some((t) => li.contains(t))).length,
  }));
  assert.deepEqual(redraw, { same: true, changedChoices: 2 }, 'the stage stays; only the two counts that moved change (C stays at 0)');
  assert.deepEqual(await axeViolations(audience), [], 'audience view with the split');
  assert.deepEqual(await axeViolations(presenter), [], 'presenter view with the hands');

  // Next follows the majority; the feedback stays hidden until revealed.
  await presenter.click('.present-next');
  await audienceShows(audience, 'The room chose');
  assert.match(await audience.textContent('.chosen'), /Arrange a return home interview/);
  assert.match(await audience.textContent('.feedback-hidden'), /when the trainer reveals it/);
  assert.doesNotMatch(await audience.textContent('body'), /Naming possible exploitation early/);
  assert.match(await presenter.textContent('.notes-panel'), /Naming possible exploitation early/, 'the presenter can read it first');
  await presenter.keyboard.press('r');
  await audience.waitForSelector('.room .feedback');
  assert.match(await audience.textContent('.room .feedback'), /Good practice[\s\S]*Naming possible exploitation early/);
  assert.deepEqual(await axeViolations(audience), [], 'audience view with the feedback');

  // A clicker: Page Up goes back (feedback hidden again), Page Down moves on.
  await presenter.keyboard.press('PageUp');
  await audience.waitForSelector('.feedback-hidden');
  await presenter.keyboard.press('PageDown');
  await audience.waitForSelector('.room .feedback');
  await presenter.keyboard.press('PageDown');
  await audienceShows(audience, 'The return interview');

  // The trainer follows a path by hand, without counting hands, to the end.
  for (const [scene, choice] of [['The return interview', 'B'], ['Arrested sixty miles from home', 'A'], ['Nobody sorted out his immigration status', 'A']]) {
    await audienceShows(audience, scene);
    await presenter.click(`text=Follow ${choice}`);
    await audienceShows(audience, 'The room chose');
    await presenter.keyboard.press('PageDown'); // reveal
    await presenter.keyboard.press('PageDown'); // the next scene
  }
  await audienceShows(audience, 'Kobe at 18');
  assert.match(await audience.textContent('.room-stage'), /good outcome/i);
  await presenter.keyboard.press('PageDown');
  await audienceShows(audience, "Debrief: the room's path");
  const debrief = await audience.textContent('.room-stage');
  assert.match(debrief, /Your first week[\s\S]*The room chose: B\. Arrange a return home interview[\s\S]*9 hands \(69%\)[\s\S]*Good practice/);
  assert.match(debrief, /No hands were counted/);
  assert.match(debrief, /Questions to reflect on/);
  assert.deepEqual(await axeViolations(audience), [], 'audience debrief');
  assert.deepEqual(await axeViolations(presenter), [], 'presenter debrief');
  await presenter.keyboard.press('PageDown');
  await audienceShows(audience, 'End of the session');

  // The session is kept on the laptop to look back on; nothing about people is kept.
  const kept = JSON.parse(await presenter.evaluate(() => localStorage.getItem('recognise-respond')));
  assert.equal(kept.workshops.length, 1);
  assert.deepEqual(kept.workshops[0].runs[0].steps[0], { scene: 'new-worker', choice: '2', hands: { 1: 4, 2: 9 } });
  await goTo(presenter, '#/workshop');
  await presenter.click('.past-sessions a');
  await presenter.waitForSelector('.past-run');
  assert.match(await presenter.textContent('.past-run'), /9 hands \(69%\)/);
  // A record can be deleted; focus goes back to the list's heading.
  await goTo(presenter, '#/workshop');
  await presenter.click('.past-sessions button:has-text("Delete this record")');
  await presenter.waitForSelector('text=None yet.');
  assert.equal(await presenter.evaluate(() => document.activeElement?.id), 'past-heading');
  assert.equal(JSON.parse(await presenter.evaluate(() => localStorage.getItem('recognise-respond'))).workshops, undefined);
  assert.deepEqual(watch.errors, []);
  assert.deepEqual(audienceErrors, []);
  // The two windows kept in step without any request beyond the app's own files.
  for (const r of requests) {
    assert.equal(new URL(r.url).origin, app.server.origin, r.url);
    assert.equal(r.method, 'GET', r.url);
  }
  await context.close();
});

test('an audience window opened later catches up, and either window can take the clicker', async () => {
  const { context, presenter, audience } = await startTwoWindows();
  await presenter.click('.present-next');
  await audienceShows(audience, 'Your first week');
  await audience.close();
  const late = await context.newPage();
  await late.goto(app.server.url + '#/workshop/room');
  await audienceShows(late, 'Your first week');
  // A clicker pressed while the projector window has focus moves the session on everywhere.
  await late.keyboard.press('PageDown');
  await audienceShows(late, 'Talk about it');
  await presenter.waitForFunction(() => /discussion questions/.test(document.querySelector('.present-status').textContent));
  // Text scales to the screen, and the trainer can make it larger still.
  const size = () => late.evaluate(() => parseFloat(getComputedStyle(document.querySelector('.room')).fontSize));
  await late.setViewportSize({ width: 800, height: 600 });
  const small = await size();
  await late.setViewportSize({ width: 1600, height: 900 });
  const large = await size();
  assert.ok(large > small * 1.3, `text grows with the screen: ${small}px → ${large}px`);
  await presenter.keyboard.press('+');
  await late.waitForFunction((before) => parseFloat(getComputedStyle(document.querySelector('.room')).fontSize) > before, large);
  // F fills the projector's screen with the audience window, and again leaves full screen.
  await late.keyboard.press('f');
  await late.waitForFunction(() => document.fullscreenElement !== null);
  await late.keyboard.press('f');
  await late.waitForFunction(() => document.fullscreenElement === null);
  await context.close();
});

test('one window: notes hidden until asked for, a help overlay, and moving on needs hands or a choice', async () => {
  const { context, page, watch } = await openFresh(app, '#/workshop');
  await page.click('text=Start the session');
  assert.match(await page.textContent('#pick-error'), /Choose at least one scenario/);
  await page.check('#pick-county-lines');
  await page.check('#windows-one');
  let opened = false;
  context.on('page', () => { opened = true; });
  await page.click('text=Start the session');
  await page.waitForSelector('.present.one-window');
  assert.equal(opened, false, 'no second window in one-window mode');
  assert.equal(await page.isVisible('.notes-panel'), false, 'notes hidden');
  await page.keyboard.press('n');
  await page.waitForSelector('.notes-panel');
  await page.keyboard.press('n');
  await page.waitForSelector('.notes-panel', { state: 'hidden' });

  await page.keyboard.press('?');
  await page.waitForSelector('dialog.shortcuts[open]');
  assert.match(await page.textContent('dialog.shortcuts'), /Page Down[\s\S]*Reveal the feedback/);
  assert.deepEqual(await axeViolations(page), []);
  await page.keyboard.press('Escape');
  await page.waitForSelector('dialog.shortcuts:not([open])', { state: 'attached' });
  await page.click('text=Shortcuts');
  await page.waitForSelector('dialog.shortcuts[open]');
  await page.click('dialog.shortcuts button:has-text("Close")');
  await page.waitForSelector('dialog.shortcuts:not([open])', { state: 'attached' });
  assert.equal(await page.evaluate(() => document.activeElement?.textContent), 'Shortcuts', 'focus returns to the button that opened it');

  // Move on to the first decision; Next without hands says what to do instead.
  for (let i = 0; i < 6 && !(await page.$('.hands-panel')); i++) await page.keyboard.press('ArrowRight');
  await page.waitForSelector('.hands-panel');
  while (!/Follow the majority/.test(await page.textContent('.present-next'))) await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowRight');
  assert.match(await page.textContent('.present-status'), /No hands counted yet/);
  assert.equal(await page.isDisabled('text=Reveal feedback'), true);
  // A trainer's phone as a remote: a 320 px screen never scrolls sideways, and stays accessible.
  await page.setViewportSize({ width: 320, height: 640 });
  const { scroll, client } = await page.evaluate(() => ({ scroll: document.documentElement.scrollWidth, client: document.documentElement.clientWidth }));
  assert.ok(scroll <= client, `the presenter view is ${scroll}px wide in a ${client}px screen`);
  assert.deepEqual(await axeViolations(page), []);
  // The timers run and can be paused.
  await page.waitForFunction(() => /0:0[1-9]/.test(document.querySelector('.timers').textContent));
  await page.keyboard.press('t');
  await page.waitForSelector('text=Resume timers');
  assert.deepEqual(watch.errors, []);
  await context.close();
});

test('handouts and facilitator sheets print to PDF with the case text, without the app frame', async () => {
  const { context, page, watch } = await openFresh(app, '#/workshop/handout/kobe');
  await page.waitForSelector('.print-scene');
  assert.deepEqual(await axeViolations(page), []);
  await page.emulateMedia({ media: 'print' });
  assert.equal(await page.isVisible('.banner'), false);
  assert.equal(await page.isVisible('text=Print this handout'), false);
  assert.equal(await page.isVisible('.note-space'), true);
  const dir = mkdtempSync(join(tmpdir(), 'rr-print-'));
  const text = async (name) => {
    const file = join(dir, `${name}.pdf`);
    writeFileSync(file, await page.pdf({ format: 'A4' }));
    return execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
  };
  const handout = await text('handout');
  assert.match(handout, /Kobe: in care, missing, and treated as an offender/);
  assert.match(handout, /Kobe is 12\. He came to the UK with his parents/);
  assert.match(handout, /What would you do\?/);
  assert.match(handout, /Your notes/);
  assert.doesNotMatch(handout, /Good practice|Likely to cause harm|Skip to main content/, 'no ratings and no app frame on the handout');

  await page.emulateMedia({ media: null });
  await goTo(page, '#/workshop/sheet/kobe');
  await page.waitForSelector('.sheet-choices');
  assert.deepEqual(await axeViolations(page), []);
  const sheet = await text('sheet');
  assert.match(sheet, /Facilitator sheet/i);
  assert.doesNotMatch(sheet, /Skip to main content|Check signs/, 'no app frame on paper');
  assert.match(sheet, /Ask the room what they already know/);
  assert.match(sheet, /Poor practice\. Leads to: Arrested sixty miles from home/);
  assert.match(sheet, /Questions to reflect on/);
  assert.deepEqual(watch.errors, []);
  await context.close();
});

test('with storage refused (a locked-down laptop), the windows still keep in step over the channel', async () => {
  const context = await app.browser.newContext();
  await context.addInitScript(() => {
    Object.defineProperty(window, 'localStorage', { get() { throw new DOMException('The operation is insecure.', 'SecurityError'); } });
  });
  const page = await context.newPage();
  await page.goto(app.server.url + '#/workshop');
  await page.waitForSelector('#pick-kobe');
  await page.check('#pick-kobe');
  const [audience] = await Promise.all([context.waitForEvent('page'), page.click('text=Start the session')]);
  // The audience window finds nothing stored, asks the presenter, and follows.
  await audienceShows(audience, 'Kobe');
  await page.keyboard.press('PageDown');
  await audienceShows(audience, 'Your first week');
  assert.match(await page.textContent('.present-status'), /On the projector: the scene/);
  await context.close();
});
