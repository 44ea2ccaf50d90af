// Workshop mode end to end in headless Chromium, with two pages of one browser context as a
// trainer's laptop would have them: the presenter view and the audience view, kept in step
// offline. Checks following, the show of hands, hidden feedback, the debrief, keys, the saved
// record, printing to PDF and axe on both views.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
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
  // The debrief is paged by Next, one decision a part, then the questions to reflect on.
  await audience.waitForFunction(() => /Part 1 of 5/.test(document.querySelector('.room-stage').textContent));
  const first = await audience.textContent('.room-stage');
  assert.match(first, /Your first week[\s\S]*The room chose: B\. Arrange a return home interview[\s\S]*9 hands \(69%\)[\s\S]*Good practice/);
  assert.doesNotMatch(first, /The return interview|Questions to reflect on/, 'one decision a part');
  assert.deepEqual(await axeViolations(audience), [], 'audience debrief');
  assert.deepEqual(await axeViolations(presenter), [], 'presenter debrief');
  let debrief = first;
  for (let part = 2; part <= 5; part++) {
    assert.match(await presenter.textContent('.present-next'), /Show the next part of the debrief/);
    await presenter.keyboard.press('PageDown');
    await audience.waitForFunction((p) => document.querySelector('.room-stage').textContent.includes(`Part ${p} of 5`), part);
    debrief += await audience.textContent('.room-stage');
  }
  assert.match(debrief, /No hands were counted/);
  assert.match(debrief, /Questions to reflect on/);
  assert.match(await presenter.textContent('.present-next'), /End the session/);
  await presenter.keyboard.press('PageDown');
  await audienceShows(audience, 'End of the session');

  // The presenter ends on a summary with Export and Print, not on a Next that does nothing.
  await presenter.waitForSelector('.session-end');
  await presenter.waitForFunction(() => document.activeElement?.id === 'session-end-heading');
  assert.equal(await presenter.isVisible('.present-next'), false, 'no Next at the end');
  assert.match(await presenter.textContent('.session-end'), /The session is over[\s\S]*Your first week[\s\S]*9 hands \(69%\)/);
  assert.equal(await presenter.isVisible('text=Print the session record'), true);
  const [csv] = await Promise.all([presenter.waitForEvent('download'), presenter.click('text=Export this session as CSV')]);
  assert.equal(csv.suggestedFilename(), 'recognise-respond-session.csv');
  const rows = readFileSync(await csv.path(), 'utf8').split('\r\n').filter(Boolean);
  assert.equal(rows.length, 5, 'a header and the four decisions');
  await presenter.waitForFunction(() => /saved as recognise-respond-session\.csv/.test(document.querySelector('.session-end [role=status]').textContent));
  assert.deepEqual(await axeViolations(presenter), [], 'presenter at the end');
  // On paper, the record alone.
  await presenter.emulateMedia({ media: 'print' });
  assert.equal(await presenter.isVisible('.present-stage'), false);
  assert.equal(await presenter.isVisible('.session-end .past-run'), true);
  await presenter.emulateMedia({ media: 'screen' });

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
  // In one window a stray N never puts the notes on the screen the room sees: only the button does.
  await page.keyboard.press('n');
  await page.waitForFunction(() => /only with the Your notes button/.test(document.querySelector('.present-status').textContent));
  assert.equal(await page.isVisible('.notes-panel'), false, 'N left the notes hidden');
  await page.click('.present-tools button:has-text("Your notes")');
  await page.waitForSelector('.notes-panel');
  await page.click('.present-tools button:has-text("Your notes")');
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
  // A count typed and followed at once by the clicker's Next is counted: the room's hands are
  // not lost for want of Enter.
  await page.click('#hands-1', { clickCount: 3 });
  await page.keyboard.type('5');
  await page.keyboard.press('PageDown');
  await page.waitForFunction(() => !/Follow the majority/.test(document.querySelector('.present-next')?.textContent ?? ''));
  assert.doesNotMatch(await page.textContent('.present-status'), /No hands counted yet/);
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
  // Choices lettered as the projector letters them.
  assert.match(handout, /A Treat this as behaviour[\s\S]*B Arrange a return home interview[\s\S]*C Ask the carer to take his phones/);
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

/**
 * Walks a session of every scenario in two windows through the presenter's own controls (Next,
 * and the hands typed in for the choice at `pick`, or the last one offered), with the audience
 * window at a 1024×768 projector's size; after each step, once the audience view has followed,
 * checks the whole stage is on its screen. Returns the stages seen.
 */
async function walkEveryStage(pick) {
  const { context, page: presenter } = await openFresh(app, '#/workshop');
  const ids = await presenter.$$eval('.plan input[type=checkbox]', (boxes) => boxes.map((b) => b.id));
  assert.ok(ids.length >= 8, `every scenario is offered: ${ids}`);
  for (const id of ids) await presenter.check(`#${id}`);
  const [audience] = await Promise.all([context.waitForEvent('page'), presenter.click('text=Start the session')]);
  await audience.setViewportSize({ width: 1024, height: 768 });
  await audience.waitForSelector('.room-stage .stage-heading');
  await presenter.waitForSelector('.present-next');
  const said = () => audience.evaluate(() => document.querySelector('.room > p[aria-live]')?.textContent ?? '');
  const seen = [];
  const check = async (what) => {
    // Drawn and fitted (the fit runs in the frame after a change).
    await audience.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
    const m = await audience.evaluate(() => ({
      scroll: document.documentElement.scrollHeight,
      client: document.documentElement.clientHeight,
      fits: document.querySelector('#room-stage')?.dataset.fits,
      stage: document.querySelector('.room-stage')?.textContent.slice(0, 80),
    }));
    assert.ok(m.scroll <= m.client && m.fits === 'yes', `${what}: the audience view is ${m.scroll}px tall in a ${m.client}px window (${m.stage})`);
    seen.push(what);
  };
  await check(await said());
  for (let step = 0; step < 1000 && !(await presenter.$('.session-end')); step++) {
    const before = await said();
    const hands = presenter.locator('.hands-input');
    const deciding = (await hands.count()) > 0;
    // At the choices with no hands yet (Next would say so and do nothing): count hands for one.
    const none = deciding && (await presenter.textContent('.hands-total')).startsWith('0 ')
      && /Follow the majority/.test(await presenter.textContent('.present-next'));
    if (none) {
      const n = await hands.count();
      const input = hands.nth(Math.min(pick, n - 1));
      await input.fill('7');
      await input.press('Tab');
    } else {
      await presenter.click('.present-next');
    }
    await audience.waitForFunction((b) => (document.querySelector('.room > p[aria-live]')?.textContent ?? '') !== b, before);
    await check(await said());
  }
  await presenter.waitForSelector('.session-end');
  await context.close();
  return seen;
}

test('the audience view fits a 1024×768 projector at every stage of every scenario, the debrief paged by Next', async () => {
  for (const pick of [0, 1, 2]) {
    const seen = await walkEveryStage(pick);
    for (const stage of ['introduction', 'the scene', 'discussion questions', 'show of hands', 'Hands: ', 'feedback hidden', 'the feedback', 'how the case ended', 'debrief of the room\'s path, part 2', 'the end of the session']) {
      assert.ok(seen.some((s) => s.includes(stage)), `choosing ${'ABC'[pick]}: never saw ${stage}`);
    }
  }
});

test('single-key shortcuts can be turned off and stay off; letters typed in a field are never shortcuts; hand counts are announced', async () => {
  const { context, page, watch } = await openFresh(app, '#/workshop');
  // On by default; the switch is kept on the device.
  assert.equal(await page.isChecked('#keys-switch'), true);
  await page.uncheck('#keys-switch');
  await page.waitForFunction(() => /Kept on this laptop/.test(document.querySelector('.keys-switch [role=status]').textContent));
  assert.equal(JSON.parse(await page.evaluate(() => localStorage.getItem('recognise-respond'))).keys_off, true);
  await page.reload();
  await page.waitForSelector('#keys-switch');
  assert.equal(await page.isChecked('#keys-switch'), false, 'still off after a reload');

  await page.check('#pick-kobe');
  await page.check('#windows-one');
  await page.click('text=Start the session');
  await page.waitForSelector('.present-next');
  await page.keyboard.press('ArrowRight');
  await page.waitForSelector('.hands-panel');
  // Off: T, ? and + do nothing; the arrows and a clicker still work.
  for (const key of ['t', '?', '+', 'r', 'm']) await page.keyboard.press(key);
  await page.keyboard.press('PageDown');
  await page.waitForFunction(() => /discussion questions/.test(document.querySelector('.present-status').textContent));
  assert.equal(await page.isVisible('text=Pause timers'), true, 'T did not pause the timers');
  assert.equal(await page.isVisible('dialog.shortcuts[open]'), false, '? did not open the list');
  const kept = JSON.parse(await page.evaluate(() => localStorage.getItem('recognise-respond'))).workshops[0];
  assert.equal(kept.scale, 100, '+ did not change the text size');

  // The switch is in the shortcuts list too; turned back on there, the keys work again.
  await page.click('.present-tools button:has-text("Shortcuts")');
  await page.waitForSelector('dialog.shortcuts[open]');
  await page.check('#keys-switch-help');
  await page.waitForFunction(() => /Kept on this laptop/.test(document.querySelector('dialog .keys-switch [role=status]').textContent));
  await page.click('dialog.shortcuts button:has-text("Close")');
  await page.waitForSelector('dialog.shortcuts:not([open])', { state: 'attached' });

  // Letters typed in the hands box are never shortcuts, even when they are on.
  await page.click('#hands-1');
  await page.keyboard.type('t');
  await page.keyboard.press('m');
  assert.equal(await page.isVisible('text=Pause timers'), true, 'T typed in a field did not pause the timers');
  assert.match(await page.textContent('.present-status'), /discussion questions/, 'M typed in a field did not follow the majority');
  // (Emptied by typing a count, so no error line moves the buttons under the pointer.)
  await page.fill('#hands-1', '1');
  await page.press('#hands-1', 'Tab');
  await page.waitForFunction(() => /show of hands/.test(document.querySelector('.present-status').textContent));

  // Each change of a count is said politely.
  const live = page.locator('.hands-said');
  assert.equal(await live.getAttribute('aria-live'), 'polite');
  await page.waitForFunction(() => document.querySelector('.hands-said').textContent === 'Hands: A 1, B 0, C 0.');
  await page.click('[aria-label="One more hand for B"]');
  await page.waitForFunction(() => document.querySelector('.hands-said').textContent === 'Hands: A 1, B 1, C 0.');
  await page.click('[aria-label="One more hand for B"]');
  await page.waitForFunction(() => document.querySelector('.hands-said').textContent === 'Hands: A 1, B 2, C 0.');
  // With them on, T works away from a field.
  await page.locator('h1').first().click();
  await page.keyboard.press('t');
  await page.waitForSelector('text=Resume timers');
  assert.deepEqual(watch.errors, []);
  await context.close();
});

test('the trainer sets the running order and sees a time plan against the session length', async () => {
  const { context, page, watch } = await openFresh(app, '#/workshop');
  await page.check('#pick-kobe');
  await page.check('#pick-county-lines');
  await page.waitForFunction(() => document.querySelectorAll('.order-list li').length === 2);
  assert.match(await page.textContent('.order-list li:first-child'), /From minute 0: Kobe/);
  assert.match(await page.textContent('.order-list li:nth-child(2)'), /From minute 15: Tyler/);
  assert.match(await page.textContent('.plan-summary'), /About 27 minutes of scenarios in a 90-minute session: 63 minutes left/);
  await page.click('.order-list li:nth-child(2) button:has-text("Up")');
  await page.waitForFunction(() => /From minute 0: Tyler/.test(document.querySelector('.order-list li:first-child').textContent));
  await page.fill('#session-length', '20');
  await page.waitForFunction(() => /7 minutes more than the 20-minute session/.test(document.querySelector('.plan-summary').textContent));
  await page.fill('#session-length', 'an hour');
  await page.waitForFunction(() => /Enter the session's length as a number of minutes/.test(document.querySelector('#session-length-error').textContent));
  assert.deepEqual(await axeViolations(page), []);
  await page.check('#windows-one');
  await page.click('text=Start the session');
  await page.waitForSelector('.present-next');
  // The session runs in the order set.
  await page.waitForFunction(() => /Tyler/.test(document.querySelector('.present-title').textContent));
  assert.match(await page.textContent('.present-place'), /Scenario 1 of 2/);
  assert.deepEqual(watch.errors, []);
  await context.close();
});
