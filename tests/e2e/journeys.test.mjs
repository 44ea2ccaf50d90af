// The three journeys of the review behind issue 27 (../shared/reviews/ux-2026-12-06.md), walked
// again on the release build as a person would walk them: taps and clicks, typed text, key
// presses and the mouse wheel only (never a script that sets what the app keeps; scripts here
// only read the page, move the browser's clock on while a learner reads, and note what the
// certificate holds when it is printed), on the review's screens (a phone
// for the police officer, a 1024×768 laptop with its projector window for the trainer, a desktop
// for the safeguarding lead). Every tap and click is counted, and key presses, characters typed
// and scrolling too. The counts are written in the README ("The three journeys, in taps"); the
// last test reads that section and fails if a count walked here differs from the one written,
// so the README cannot drift from the app.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { appUnderTest, watchedPage } from './browser.mjs';

const app = appUnderTest();
const PHONE = { viewport: { width: 393, height: 851 }, isMobile: true, hasTouch: true };
const LAPTOP = { viewport: { width: 1024, height: 768 } };
const DESKTOP = { viewport: { width: 1280, height: 800 } };
/** One swipe or scroll gesture moves the page by this share of the window (as in the review). */
const SWIPE = 0.7;

/**
 * Where a scroll position comes to rest after a wheel turn from `before`: the wheel scrolls a
 * moment after it turns, so this waits for it to start (or not, within half a second), then for
 * it to stay put.
 */
async function rest(position, before) {
  const started = Date.now();
  let now = await position();
  while (now === before && Date.now() - started < 500) {
    await new Promise((ok) => setTimeout(ok, 20));
    now = await position();
  }
  for (let same = 0; same < 3;) {
    await new Promise((ok) => setTimeout(ok, 20));
    const next = await position();
    same = next === now ? same + 1 : 0;
    now = next;
  }
  return now;
}

/** The journeys walked, by name: what each part took. Filled by the tests, read by the last. */
const walked = {};

/**
 * What a person does on one page, counted. Every action goes through here:
 * - `tap(target)`: one tap (phone) or click (laptop) on the target, after scrolling it into the
 *   part of the window that nothing sticky covers, by the least distance, with the mouse wheel
 *   (the distance is counted; each `SWIPE` of the window's height or part of it is one swipe);
 * - `type(text)`: characters typed into whatever has focus;
 * - `back()`: the browser's Back button, one tap;
 * - `select(box, text)`: text selected in a text box by dragging across it, one click;
 * - `press(key)`: one key press (a clicker's Page Down, Next, is counted on its own);
 * - `part(name)`: closes a part of the journey, keeping what it took.
 */
class Walk {
  constructor(page, name) {
    this.page = page;
    this.name = name;
    this.touch = false;
    this.now = { taps: 0, next: 0, keys: 0, chars: 0, swipes: 0, pixels: 0 };
    this.parts = [];
    walked[name] = this;
  }

  async tap(target) {
    const locator = typeof target === 'string' ? this.page.locator(target) : target;
    await locator.waitFor({ state: 'visible' });
    await this.reach(locator);
    if (this.touch) await locator.tap();
    else await locator.click();
    this.now.taps += 1;
  }

  /** Taps at a point of the window (a part of a control with no element of its own). */
  async tapAt(x, y) {
    if (this.touch) await this.page.touchscreen.tap(x, y);
    else await this.page.mouse.click(x, y);
    this.now.taps += 1;
  }

  /** The browser's Back button: one tap. */
  async back() {
    await this.page.goBack();
    this.now.taps += 1;
  }

  async type(text) {
    // At a person's pace: keys sent faster than anyone types can reach the page before the box
    // has taken focus, and a space there scrolls the page a screen.
    await this.page.keyboard.type(text, { delay: 15 });
    this.now.chars += [...text].length;
  }

  async press(key) {
    await this.page.keyboard.press(key);
    if (key === 'PageDown') this.now.next += 1;
    else this.now.keys += 1;
  }

  /** Scrolls, as a person would, until `locator` is wholly in the uncovered part of the window. */
  async reach(locator) {
    const page = this.page;
    let moved = 0;
    for (let attempt = 0; attempt < 4; attempt++) {
      const need = await locator.evaluate((el) => {
        let top = 0;
        let bottom = window.innerHeight;
        // Sticky and fixed bars stuck to the top or the bottom of the window cover what is under them.
        for (const e of document.body.querySelectorAll('*')) {
          const p = getComputedStyle(e).position;
          if ((p !== 'sticky' && p !== 'fixed') || e.contains(el)) continue;
          const b = e.getBoundingClientRect();
          if (b.height === 0 || b.height > window.innerHeight / 2) continue;
          if (b.top <= 1 && b.bottom > top) top = b.bottom;
          else if (b.bottom >= window.innerHeight - 1 && b.top < bottom) bottom = b.top;
        }
        const r = el.getBoundingClientRect();
        const margin = 16;
        if (r.top < top) return r.top - top - margin;
        if (r.bottom > bottom) return Math.min(r.bottom - bottom + margin, r.top - top - margin);
        return 0;
      });
      if (Math.abs(need) < 1) break;
      const before = await page.evaluate(() => window.scrollY);
      const size = page.viewportSize();
      // The pointer in the page's margin, so the page scrolls (not a text box under the pointer).
      await page.mouse.move(4, size.height / 2);
      await page.mouse.wheel(0, need);
      const after = await rest(() => page.evaluate(() => window.scrollY), before);
      if (after === before) break;
      moved += Math.abs(after - before);
      if (process.env.DEBUG_TAPS) console.log('scrolled', after - before, 'needed', Math.round(need), 'from', before, 'height', await page.evaluate(() => document.documentElement.scrollHeight), await locator.evaluate((e) => e.id || e.textContent.slice(0, 40)));
    }
    if (process.env.DEBUG_TAPS) {
      const box = await locator.boundingBox();
      const size = page.viewportSize();
      if (!box || box.y < 0 || box.y + box.height > size.height) console.log('not reached', box, await locator.evaluate((e) => e.id || e.textContent.slice(0, 40)));
    }
    if (moved > 0) {
      const height = this.page.viewportSize().height;
      this.now.pixels += moved;
      this.now.swipes += Math.ceil(moved / (SWIPE * height));
    }
  }

  /**
   * Selects `text` in the text box `box` with the mouse, as a person would: scrolls the box (with
   * the wheel, counted) until the text is in view, then presses at its first character and
   * releases at its last (one click). Typing then replaces it.
   */
  async select(box, text) {
    const locator = this.page.locator(box);
    await this.reach(locator);
    const value = await locator.inputValue();
    const start = value.indexOf(text);
    assert.ok(start >= 0, `"${text}" is in ${box}`);
    const end = start + text.length;
    // Where the first and the last character are drawn, measured on a copy of the box laid out as
    // the box is (the box's own text and selection are not touched).
    const place = () => locator.evaluate((area, [from, to]) => {
      const style = getComputedStyle(area);
      const copy = document.createElement('div');
      for (const p of ['boxSizing', 'width', 'height', 'borderTopWidth', 'borderRightWidth', 'borderBottomWidth', 'borderLeftWidth', 'borderStyle',
        'paddingTop', 'paddingRight', 'paddingBottom', 'paddingLeft', 'fontStyle', 'fontVariant', 'fontWeight', 'fontStretch', 'fontSize',
        'lineHeight', 'fontFamily', 'textAlign', 'textTransform', 'textIndent', 'letterSpacing', 'wordSpacing', 'tabSize']) copy.style[p] = style[p];
      const rect = area.getBoundingClientRect();
      Object.assign(copy.style, {
        position: 'fixed', top: `${rect.top}px`, left: `${rect.left}px`, visibility: 'hidden', whiteSpace: 'pre-wrap',
        overflowWrap: 'break-word', overflowY: area.scrollHeight > area.clientHeight ? 'scroll' : 'hidden',
      });
      const mark = (t) => { const s = document.createElement('span'); s.textContent = t; return s; };
      const first = mark(area.value[from]);
      const last = mark(area.value[to - 1]);
      copy.append(area.value.slice(0, from), first, area.value.slice(from + 1, to - 1), last, area.value.slice(to), '.');
      document.body.append(copy);
      const a = first.getBoundingClientRect();
      const b = last.getBoundingClientRect();
      copy.remove();
      const top = a.top - area.scrollTop;
      const bottom = b.bottom - area.scrollTop;
      const inside = { top: rect.top + area.clientTop, bottom: rect.top + area.clientTop + area.clientHeight };
      return {
        from: [a.left + 1, top + a.height / 2], to: [b.right - 1, bottom - b.height / 2],
        // Away from the box's edges, where a drag would scroll it: brought to its middle.
        need: top < inside.top + 40 || bottom > inside.bottom - 40 ? (top + bottom) / 2 - (inside.top + inside.bottom) / 2 : 0,
        box: [rect.left + rect.width / 2, rect.top + rect.height / 2],
      };
    }, [start, end]);
    let at = await place();
    if (at.need !== 0) {
      const before = await locator.evaluate((a) => a.scrollTop);
      await this.page.mouse.move(...at.box);
      await this.page.mouse.wheel(0, at.need);
      const moved = Math.abs((await rest(() => locator.evaluate((a) => a.scrollTop), before)) - before);
      this.now.pixels += moved;
      this.now.swipes += Math.ceil(moved / (SWIPE * this.page.viewportSize().height));
      at = await place();
    }
    await this.page.mouse.move(...at.from);
    await this.page.mouse.down();
    await this.page.mouse.move(...at.to, { steps: 4 });
    await this.page.mouse.up();
    this.now.taps += 1;
    const chosen = await locator.evaluate((a) => a.value.slice(a.selectionStart, a.selectionEnd));
    assert.equal(chosen, text, 'the mouse selected the text to replace');
  }

  part(name) {
    this.parts.push({ name, ...this.now });
  }

  /** What one part took (the counts since the part before it). */
  took(name) {
    const i = this.parts.findIndex((p) => p.name === name);
    if (i < 0) return null;
    const before = i === 0 ? {} : this.parts[i - 1];
    return Object.fromEntries(Object.keys(this.now).map((k) => [k, this.parts[i][k] - (before[k] ?? 0)]));
  }

  report() {
    const line = (t) => `${t.taps} taps, ${t.next} Next, ${t.keys} other keys, ${t.chars} characters, ${t.swipes} swipes (${t.pixels} px)`;
    return [this.name, ...this.parts.map((p) => `  ${p.name}: ${line(this.took(p.name))}`), `  In all: ${line(this.now)}`].join('\n');
  }
}

/** Waits until the screen's heading reads `pattern`. */
const screen = (page, pattern) => page.waitForFunction((p) => new RegExp(p).test(document.querySelector('#app main h1')?.textContent ?? ''), pattern.source);

test('journey 1: a police officer on a phone at 2 a.m. reaches a number to tap for what to do now, the record and the referral notes', async () => {
  const context = await app.browser.newContext(PHONE);
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: app.server.origin });
  const { page, watch } = await watchedPage(context);
  const walk = new Walk(page, 'A police officer on a phone at 2 a.m.');
  walk.touch = true;

  // A link shared by a colleague, to the home screen; nothing kept on this phone.
  await page.goto(app.server.url);
  await screen(page, /Recognise & Respond/);
  await page.waitForFunction(() => document.documentElement.dataset.app === 'ready');
  await walk.tap('#app main a[href="#/check"]');
  await screen(page, /Check signs/);
  // A 15-year-old far from home with two phones and cash: two signs found by a word each.
  await walk.tap('#sign-filter');
  await walk.type('phone');
  await walk.tap('label[for=sign-cce-carrying-drugs-money]');
  await walk.tap('#sign-filter');
  // The field's own clear button (×), at its right-hand end.
  const field = await page.locator('#sign-filter').boundingBox();
  await walk.tapAt(field.x + field.width - 20, field.y + field.height / 2);
  assert.equal(await page.inputValue('#sign-filter'), '', 'the clear button emptied the field');
  await walk.type('far from home');
  await walk.tap('label[for=sign-cce-found-far-from-home]');
  await walk.tap('label[for=age-13-17]');
  await page.waitForFunction(() => /High concern: refer now/.test(document.querySelector('.outcome-bar')?.textContent ?? ''));
  walk.part('Open the link, tap Check signs, find two signs by a word each and tick them, choose the age: the level shows');

  // Next steps: the nation is asked in the outcome, with a button.
  await walk.tap('label[for=outcome-nation-england]');
  await walk.tap('#outcome-nation-save');
  await page.waitForFunction(() => document.querySelector('#steps-heading')?.textContent === 'Next steps in England');
  // What to do now: the first step, read on screen. The level box offers 999 to tap; each step
  // offers a number to tap or says where to find one (with no contacts saved on this phone, the
  // local children's services and out-of-hours numbers are not known to the app).
  const first = page.locator('.steps > li:first-child');
  await walk.reach(first);
  assert.match(await first.textContent(), /^Tell children's services now[\s\S]*out-of-hours children's social care team/);
  assert.deepEqual(await page.$$eval('.level-box .calls a', (as) => as.map((a) => a.getAttribute('href'))), ['tel:999']);
  const steps = await page.$$eval('.steps > li', (lis) => lis.map((li) => li.querySelectorAll('.calls a[href^="tel:"]').length > 0 || li.querySelector('.calls .call-find') !== null));
  assert.ok(steps.length >= 4 && steps.every(Boolean), `every step has a number to tap or says where to find one: ${steps}`);
  walk.part('Choose England and tap Use this nation: the next steps show, with 999 to tap');

  // Optional, once: the steps say "Tell the police" to a police officer until the role is given.
  assert.match(await page.textContent('.steps'), /Tell the police/);
  await walk.tap('.worded-for a:has-text("Say what work you do")');
  await screen(page, /Your UK nation/);
  await walk.tap('label[for=role-police]');
  await walk.tap('#role-save');
  await page.waitForFunction(() => /Saved\. Next steps are worded for: Police\./.test(document.querySelector('fieldset:has(#role-question) [role=status]')?.textContent ?? ''));
  // The phone's Back button, back to the checklist as it was left.
  await walk.back();
  await screen(page, /Check signs/);
  const worded = page.locator('.steps > li:first-child');
  await walk.reach(worded);
  assert.doesNotMatch(await page.textContent('.steps'), /Tell the police/);
  assert.match(await page.textContent('.worded-for'), /Worded for your work: Police/);
  assert.match(await page.textContent('.outcome-bar'), /High concern: refer now/, 'the answers were kept');
  walk.part('Optional, once: say the work is police, and come back with the Back button');

  await walk.tap('button:has-text("Copy as text")');
  await page.waitForFunction(() => /Copied/.test(document.querySelector('#record-status')?.textContent ?? ''));
  assert.match(await page.evaluate(() => navigator.clipboard.readText()), /Indicator check record[\s\S]*High concern: refer now/);
  walk.part('Copy the record');

  await walk.tap('a:has-text("Prepare your referral")');
  await screen(page, /Prepare your referral/);
  walk.part('Open Prepare your referral');

  const notes = [
    ['#referral-age', 'Says 15. Looks about that.'],
    ['#referral-account', 'Says he came by train to see friends. Will not say who bought the phones.'],
    ['#referral-seen', 'Found at the railway station at night, far from home, with two phones and cash.'],
    ['#referral-safety', 'Kept at the station with an officer. Out-of-hours social care told.'],
    ['#referral-agencies', 'Police; out-of-hours social care.'],
  ];
  for (const [box, text] of notes) {
    await walk.tap(box);
    await walk.type(text);
  }
  await walk.tap('#action-what');
  await walk.type('rang the out-of-hours social care team');
  await walk.tap('button:has-text("Add to the log")');
  await page.waitForFunction(() => /Added to the log/.test(document.querySelector('.action-form ~ .confirmation')?.textContent ?? ''));
  await walk.tap('button:has-text("Copy the summary")');
  await page.waitForFunction(() => /Copied/.test(document.querySelector('.referral')?.textContent ?? ''));
  const summary = await page.evaluate(() => navigator.clipboard.readText());
  assert.match(summary, /railway station[\s\S]*rang the out-of-hours social care team/);
  walk.part('Write five notes and one action, copy the summary');

  console.log(walk.report());
  assert.deepEqual(watch.errors, []);
  await context.close();
});

// The trainer's own case, written from the template: ten places changed, as in the review.
const OWN_CASE = [
  ['A new case: change this title', 'Mia: a boyfriend with a car'],
  ['One or two lines on who the child is and who the learner plays. Use made-up details that cannot belong to anyone.', 'Mia is 14. You are her form tutor. Every detail is made up.'],
  ['change this: say what the case deals with, such as neglect', 'sexual exploitation'],
  ['Write what the learner sees and hears, in a short paragraph or two. Give the signs, not the answer.', 'Mia, 14, has a new phone and new clothes. A man in his twenties collects her from school in a car, and she has missed three afternoons this month.'],
  ['A note for a trainer presenting the case: learners alone never see it.', 'Ask who in the room has seen a case like this.'],
  ['A question for the room to talk over before the show of hands.', 'What could explain the gifts and the lifts?'],
  ['A choice that helps: say what the learner does', 'Ask Mia how things are, listen, and tell the safeguarding lead today'],
  ['Say in a sentence or two why this helps the child.', 'Listening without judging makes it more likely Mia will talk, and the lead can act today.'],
  ['A choice that does not help', 'Wait to see whether it happens again'],
  ['Say why, without blaming anyone. A poor or harmful choice names the guidance it goes against.', 'Waiting leaves Mia with a man who may be grooming her. Children rarely tell at first.'],
];

test('journey 2: a trainer with a laptop and a projector, offline, runs three scenarios, one of them their own, and ends on Export', async () => {
  const context = await app.browser.newContext(LAPTOP);
  const { page, watch } = await watchedPage(context);
  const walk = new Walk(page, 'A trainer with a laptop and projector, offline');
  const audienceErrors = [];

  // Visited once online (the app keeps itself for offline use), then the network goes.
  await page.goto(app.server.url);
  await screen(page, /Recognise & Respond/);
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
  await context.setOffline(true);
  await walk.tap('footer a:has-text("Workshop mode")');
  await screen(page, /Workshop mode/);
  await walk.tap('main a:has-text("write a scenario")');
  await screen(page, /Write a scenario/);
  // The checker is kept for offline use only once this screen has been opened online: the screen
  // says to connect (on a slow machine, that the checker could not be started) and try again.
  await page.waitForSelector('.message-problem button:has-text("Try again")');
  assert.match(await page.textContent('.message-problem'), /no connection|Check your connection/);
  await context.setOffline(false);
  await walk.tap('button:has-text("Try again")');
  await page.waitForSelector('button:has-text("Start from the template"):not([disabled])');
  await context.setOffline(true);
  await walk.tap('button:has-text("Start from the template")');
  await page.waitForFunction(() => document.querySelector('#author-text').value.includes('first-meeting'));
  await walk.tap('#author-file');
  await walk.press('Control+A');
  await walk.type('mia.md');
  for (const [old, now] of OWN_CASE) {
    await walk.select('#author-text', old);
    await walk.type(now);
  }
  await page.waitForFunction(() => /^(No problems found|0 problems and)/.test(document.querySelector('#check-summary')?.textContent ?? ''));
  await walk.tap('button:has-text("Keep on this device")');
  await page.waitForFunction(() => /is kept on this device/.test(document.querySelector('main').textContent));
  walk.part('Open workshop mode, write a case of your own from the template, keep it');

  // The browser's Back button, to workshop mode.
  await walk.back();
  await screen(page, /Workshop mode/);
  await walk.tap('a[href="#/workshop/handout/mia"]');
  await page.waitForSelector('.print-scene');
  await walk.tap('button:has-text("Print this handout")');
  assert.match(await page.textContent('main'), /Mia: a boyfriend with a car[\s\S]*A Ask Mia how things are/);
  await walk.back();
  await screen(page, /Workshop mode/);
  walk.part('Print the handout of your own case');

  for (const id of ['cannabis-farm', 'county-lines', 'mia']) await walk.tap(`label[for=pick-${id}]`);
  await page.waitForFunction(() => document.querySelectorAll('.order-list li').length === 3);
  assert.match(await page.textContent('.order-list'), /Duc[\s\S]*Tyler[\s\S]*Mia/);
  const [audience] = await Promise.all([context.waitForEvent('page'), walk.tap('button:has-text("Start the session")')]);
  audience.on('pageerror', (e) => audienceErrors.push(e.message));
  audience.on('console', (m) => { if (m.type() === 'error') audienceErrors.push(m.text()); });
  // The projector's size.
  await audience.setViewportSize({ width: 1024, height: 768 });
  await audience.waitForSelector('.room-stage .stage-heading');
  await page.waitForSelector('.present-next');
  walk.part('Tick three scenarios and start: the audience window opens');

  // The run: a clicker's Page Down for every Next; at each show of hands the count for the
  // choice most of the room chose is typed (taken as it is typed), and Next follows the majority.
  const said = () => audience.evaluate(() => document.querySelector('.room > p[aria-live]')?.textContent ?? '');
  let counts = 0;
  const tooTall = [];
  for (let step = 0; step < 300 && !(await page.$('.session-end')); step++) {
    const before = await said();
    const deciding = (await page.locator('.hands-input').count()) > 0
      && (await page.textContent('.hands-total')).startsWith('0 ')
      && /Follow the majority/.test(await page.textContent('.present-next'));
    if (deciding) {
      // The room goes for the choice the trainer's notes rate good practice, if there is one.
      const ratings = await page.$$eval('.hand-row .leads-to', (ps) => ps.map((p) => p.textContent));
      const good = Math.max(0, ratings.findIndex((r) => r.startsWith('Good practice')));
      const input = page.locator('.hands-input').nth(good);
      await walk.tap(input);
      await walk.type('12');
      counts += 1;
      await page.waitForFunction(() => !document.querySelector('.hands-total').textContent.startsWith('0 '));
    }
    await walk.press('PageDown');
    await audience.waitForFunction((b) => (document.querySelector('.room > p[aria-live]')?.textContent ?? '') !== b, before);
    // The projector shows the whole stage, with nothing below its fold.
    await audience.evaluate(() => new Promise((ok) => requestAnimationFrame(() => requestAnimationFrame(ok))));
    const fits = await audience.evaluate(() => document.documentElement.scrollHeight <= document.documentElement.clientHeight);
    if (!fits) tooTall.push(await said());
    if (process.env.DEBUG_TAPS) console.log('stage', await said());
  }
  assert.deepEqual(tooTall, [], 'every stage fits the projector');
  walk.part('Run the three scenarios: hands counted, the majority followed, feedback revealed, the debriefs');

  // The end: a summary with Export and Print, where Next was.
  await page.waitForSelector('.session-end');
  assert.match(await page.textContent('.session-end'), /The session is over[\s\S]*Duc[\s\S]*Tyler[\s\S]*Mia/);
  const [csv] = await Promise.all([page.waitForEvent('download'), walk.tap('button:has-text("Export this session as CSV")')]);
  assert.equal(csv.suggestedFilename(), 'recognise-respond-session.csv');
  const rows = readFileSync(await csv.path(), 'utf8').split('\r\n').filter(Boolean);
  assert.equal(rows.length, 1 + counts, 'a header and a row for each decision the room took');
  assert.ok(rows.slice(1).every((r) => r.includes('"Good practice"')), 'the room took the good-practice choice each time');
  await walk.tap('button:has-text("Print the session record")');
  walk.part('At the end: export the session as CSV and print its record');

  console.log(walk.report());
  assert.deepEqual(watch.errors, []);
  assert.deepEqual(audienceErrors, []);
  await context.close();
});

test('journey 3: a safeguarding lead learning alone plays two scenarios, reads a page, and prints a certificate with minutes and pages', async () => {
  const context = await app.browser.newContext(DESKTOP);
  // What the certificate holds at the moment the browser is asked to print it (the print dialogue
  // itself is the browser's, not the app's).
  await context.addInitScript(() => {
    const print = window.print.bind(window);
    window.print = () => {
      window.printed = {
        certificate: document.querySelector('.learning-record')?.classList.contains('certificate-mode') ?? false,
        text: document.querySelector('.certificate')?.textContent ?? '',
      };
      print();
    };
  });
  const { page, watch } = await watchedPage(context);
  const walk = new Walk(page, 'A safeguarding lead learning alone');
  // Time passes as the learner reads: the browser's clock is moved on, as in learning.test.mjs.
  await page.clock.install({ time: new Date('2026-12-07T14:00:00') });
  const read = (seconds) => page.clock.runFor(seconds * 1000);

  await page.goto(app.server.url);
  await screen(page, /Recognise & Respond/);
  await page.waitForFunction(() => document.documentElement.dataset.app === 'ready');
  await walk.tap('main .ways-in a[href="#/scenarios"]');
  await screen(page, /Scenarios/);

  /** Plays the scenario `title` from the list, taking the choices that start with `picks`. */
  const play = async (title, picks) => {
    await walk.tap(page.locator('.scenario-card a', { hasText: title }));
    await page.waitForSelector('button:has-text("Start the scenario")');
    await read(30);
    await walk.tap('button:has-text("Start the scenario")');
    for (const pick of picks) {
      await page.waitForSelector('.choices');
      await read(90);
      await walk.tap(page.locator('.choices label', { hasText: pick }));
      await walk.tap('.choices button[type=submit]');
      await page.waitForSelector('#feedback-heading');
      await read(45);
      await walk.tap('#feedback-heading ~ button:has-text("Continue")');
    }
    await page.waitForSelector('.outcome-box');
    await read(45);
  };
  await play('Tyler', ['Record your concerns and pass them to the safeguarding lead', 'Treat him as a child at risk of significant harm', 'Share what you know about the places']);
  walk.part('From the home screen, open Scenarios and play Tyler\'s case (three decisions)');

  await walk.tap('.scene a:has-text("Try another scenario")');
  await screen(page, /Scenarios/);
  await play('Efua', ['Ask Efua gently', 'Refer to children\'s services today']);
  walk.part('Try another scenario: Efua\'s case (two decisions)');

  // A guidance page, read to its end over three minutes.
  await walk.tap('header a:has-text("Guidance")');
  await screen(page, /Guidance/);
  await walk.tap('main a:has-text("What child trafficking means")');
  await screen(page, /What child trafficking means/);
  for (const part of await page.locator('main .prose h2').all()) {
    await walk.reach(part);
    await read(30);
  }
  await walk.reach(page.locator('main .prose > :last-child'));
  await read(30);
  walk.part('Open Guidance and read one page');

  await walk.tap('footer a:has-text("Your learning record")');
  await screen(page, /Your learning record/);
  await page.waitForSelector('.record-list');
  await walk.tap('#learner-name');
  await walk.type('Sam Okafor');
  await walk.tap('button:has-text("Save name")');
  await page.waitForFunction(() => /Saved on this device/.test(document.querySelector('.name-form .confirmation')?.textContent ?? ''));
  await walk.tap('button:has-text("Print a certificate of completion")');
  await page.waitForFunction(() => window.printed !== undefined);
  const printed = await page.evaluate(() => window.printed);
  assert.equal(printed.certificate, true, 'the certificate alone was printed');
  // Minutes for each scenario and for reading, minutes in all, the page read, the day and the name.
  assert.match(printed.text, /Name: Sam Okafor/);
  assert.match(printed.text, /on 7 December 2026, spending \d+ minutes in all/);
  assert.match(printed.text, /Tyler: [^:]*: \d+ minutes?/);
  assert.match(printed.text, /Efua: [^:]*: \d+ minutes?/);
  assert.match(printed.text, /Reading guidance: \d+ minutes?; 1 page read/);
  walk.part('Open the learning record, type a name, print the certificate');
  console.log(printed.text);
  console.log(walk.report());
  assert.deepEqual(watch.errors, []);
  await context.close();
});

/** The README's section on the journeys: each journey's heading, its table and its sentences. */
function readmeJourneys() {
  const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');
  const start = readme.indexOf('\n## The three journeys, in taps\n');
  assert.ok(start >= 0, 'the README has the section "The three journeys, in taps"');
  const end = readme.indexOf('\n## ', start + 1);
  return readme.slice(start, end).split('\n### ').slice(1).map((text) => {
    const cells = (line) => line.split('|').slice(1, -1).map((c) => c.trim());
    const table = text.split('\n').filter((l) => l.startsWith('|'));
    return {
      name: text.split('\n')[0].replace(/^\d+\.\s*/, ''),
      header: cells(table[0]),
      rows: table.slice(2).map(cells),
      typed: text.match(/^Characters typed now: (\d+)/m)?.[1],
    };
  });
}

/** What each "now" column of a README table counts. */
const COLUMNS = {
  'Taps now': 'taps', 'Clicks now': 'taps', 'Next now': 'next', 'Other keys now': 'keys',
  'Characters typed now': 'chars', 'Swipes now': 'swipes', 'Scrolls now': 'swipes',
};

test('the README gives the counts the journeys took, part by part', (t) => {
  const journeys = readmeJourneys();
  assert.deepEqual(journeys.map((j) => j.name), ['A police officer on a phone at 2 a.m.', 'A trainer with a laptop and projector, offline', 'A safeguarding lead learning alone']);
  if (Object.keys(walked).length === 0) {
    t.skip('no journey was walked in this run');
    return;
  }
  for (const journey of journeys) {
    const walk = walked[journey.name];
    // A journey not walked in this run (a filtered run), or stopped by a failure, has nothing to compare.
    if (!walk || walk.parts.length === 0) continue;
    const columns = journey.header.map((h) => COLUMNS[h]);
    assert.ok(columns.includes('taps'), `${journey.name}: the table has a column of taps or clicks now`);
    const listed = new Set();
    for (const [label, ...cells] of journey.rows) {
      if (label.startsWith('In the review')) continue;
      let took;
      if (label === 'In all') took = walk.now;
      else if (label === 'In all, without the optional step') {
        took = { ...walk.now };
        for (const p of walk.parts.filter((x) => x.name.startsWith('Optional'))) {
          const part = walk.took(p.name);
          for (const k of Object.keys(took)) took[k] -= part[k];
        }
      } else {
        took = walk.took(label);
        assert.ok(took, `${journey.name}: the README lists "${label}", which this test does not walk`);
        listed.add(label);
      }
      cells.forEach((cell, i) => {
        const what = columns[i + 1];
        if (!what) return;
        const written = Number(cell);
        assert.ok(Number.isInteger(written), `${journey.name}, "${label}": "${cell}" is not a number`);
        const counted = took[what];
        if (what === 'swipes') {
          const slack = Math.max(2, Math.round(written / 5));
          assert.ok(Math.abs(counted - written) <= slack, `${journey.name}, "${label}": the README says ${written} ${journey.header[i + 1].toLowerCase()}, the walk took ${counted}`);
        } else {
          assert.equal(counted, written, `${journey.name}, "${label}": the README says ${written} (${journey.header[i + 1]}), the walk took ${counted}`);
        }
      });
    }
    for (const p of walk.parts) assert.ok(listed.has(p.name), `${journey.name}: the README's table has no row for "${p.name}"`);
    if (journey.typed !== undefined) assert.equal(walk.now.chars, Number(journey.typed), `${journey.name}: characters typed`);
  }
});
