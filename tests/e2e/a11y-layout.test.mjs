// Layout and accessibility beyond axe's defaults (issue 27): WCAG text spacing never makes a
// screen scroll sideways on a phone; the group toggles' names carry no "plus" or "minus"; the 999
// and nation lines sit in landmarks; the outcome's headings nest; the contacts form has an error
// summary; "Find a sign" shows its matches as one compact list; the referral screen puts the
// notes first, with a character count; text typed into the home search before the app starts
// survives the takeover; and no deep link shifts the layout (CLS) at a 4x slower CPU.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { ROUTES, GUIDANCE, SCENARIOS } from './routes.mjs';
import { appUnderTest, watchedPage, openApp, goTo } from './browser.mjs';

const app = appUnderTest();
const PHONE = { viewport: { width: 393, height: 851 }, isMobile: true, hasTouch: true };

// WCAG 1.4.12: what a reader may set, as the W3C's text spacing bookmarklet sets it.
const SPACING = `* { line-height: 1.5 !important; letter-spacing: 0.12em !important; word-spacing: 0.16em !important; }
p { margin-bottom: 2em !important; }`;

/** A page whose app (its WebAssembly) is held back until `release()` is called. */
async function held(hash, options = PHONE) {
  const context = await app.browser.newContext(options);
  const { page, watch } = await watchedPage(context);
  let release;
  const gate = new Promise((r) => (release = r));
  await page.route(/\/(recognise-respond|desk)-[0-9a-f]+_bg\.wasm$/, async (route) => { await gate; await route.continue(); });
  await page.goto(app.server.url + hash);
  return { context, page, watch, release };
}

const started = (page) => page.waitForFunction(() => document.documentElement.dataset.app === 'ready' && !document.getElementById('first-paint'));

/** The accessible name Chromium gives the first element matching `selector`. */
async function accessibleName(page, selector) {
  const cdp = await page.context().newCDPSession(page);
  const { root } = await cdp.send('DOM.getDocument', { depth: 0 });
  const { nodeId } = await cdp.send('DOM.querySelector', { nodeId: root.nodeId, selector });
  const { nodes } = await cdp.send('Accessibility.getPartialAXTree', { nodeId, fetchRelatives: false });
  await cdp.detach();
  return nodes[0]?.name?.value ?? '';
}

test('with WCAG text spacing no screen scrolls sideways at 320 and 393 px', async () => {
  for (const width of [320, 393]) {
    // The reader's stylesheet is theirs, not the page's: the page's policy does not apply to it.
    const context = await app.browser.newContext({ ...PHONE, viewport: { width, height: 740 }, bypassCSP: true });
    await context.addInitScript((css) => {
      const add = () => { const s = document.createElement('style'); s.textContent = css; document.head.appendChild(s); };
      if (document.head) add(); else document.addEventListener('DOMContentLoaded', add);
    }, SPACING);
    const { page, watch } = await watchedPage(context);
    await openApp(page, app.server.url);
    const wide = [];
    for (const [hash, heading] of ROUTES) {
      await goTo(page, hash);
      await page.waitForFunction((h) => new RegExp(h).test(document.querySelector('#app main h1')?.textContent ?? ''), heading);
      const found = await page.evaluate(() => {
        const spaced = getComputedStyle(document.querySelector('main h1')).wordSpacing !== '0px';
        const over = document.documentElement.scrollWidth - window.innerWidth;
        const culprits = over > 0
          ? [...document.querySelectorAll('body *')].filter((e) => e.getBoundingClientRect().right > window.innerWidth + 0.5)
            .slice(0, 3).map((e) => `${e.tagName.toLowerCase()}.${e.className}`)
          : [];
        return { spaced, over, culprits };
      });
      assert.ok(found.spaced, `${hash}: the spacing stylesheet applies`);
      if (found.over > 0) wide.push(`${hash} at ${width}px: ${found.over}px too wide (${found.culprits.join(', ')})`);
    }
    assert.deepEqual(wide, [], 'no screen scrolls sideways');
    assert.deepEqual(watch.errors, []);
    await context.close();
  }
});

test('the group toggles are named by their group, with no "plus" or "minus" said first', async () => {
  const context = await app.browser.newContext(PHONE);
  const { page } = await watchedPage(context);
  await openApp(page, app.server.url, '#/check');
  const toggle = '#group-across-forms .group-toggle';
  const title = (await page.textContent(`${toggle} .group-title`)).trim();
  const folded = await accessibleName(page, toggle);
  assert.ok(folded.startsWith(title), `folded: "${folded}" starts with "${title}"`);
  await page.click(toggle);
  await page.waitForFunction((s) => document.querySelector(s).getAttribute('aria-expanded') === 'true', toggle);
  const open = await accessibleName(page, toggle);
  assert.ok(open.startsWith(title), `open: "${open}" starts with "${title}"`);
  // The sign is still drawn.
  assert.equal(await page.evaluate((s) => getComputedStyle(document.querySelector(`${s} .group-title`), '::before').content, toggle), '"−" / ""');
  await context.close();
});

test('the 999 line and the nation line are in landmarks, before and after the app starts', async () => {
  const { context, page, release } = await held('#/check');
  const landmarks = () => page.evaluate(() => ['.emergency', '.nation-line'].map((s) => {
    const e = document.querySelector(s);
    return [s, e.closest('header, nav, main, aside, footer, section[aria-label], [role=region], [role=complementary]')?.getAttribute('aria-label') ?? null];
  }));
  await page.waitForSelector('#first-paint .emergency');
  assert.deepEqual(await landmarks(), [['.emergency', 'Emergency'], ['.nation-line', 'Your UK nation']], 'the first paint');
  release();
  await started(page);
  assert.deepEqual(await landmarks(), [['.emergency', 'Emergency'], ['.nation-line', 'Your UK nation']], 'the app');
  // axe's landmark rule finds nothing outside a landmark.
  const { readFileSync } = await import('node:fs');
  const { createRequire } = await import('node:module');
  await page.evaluate(readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8'));
  const region = await page.evaluate(async () => (await window.axe.run(document, { runOnly: { type: 'rule', values: ['region'] } })).violations.flatMap((v) => v.nodes.map((n) => n.target.join(' '))));
  assert.deepEqual(region, []);
  await context.close();
});

test('in the outcome, the nation question is a heading under "Next steps", never a level above it', async () => {
  const context = await app.browser.newContext(PHONE);
  const { page } = await watchedPage(context);
  await openApp(page, app.server.url, '#/check');
  await page.waitForSelector('#outcome-nation-question');
  const levels = await page.$$eval('.outcome h1, .outcome h2, .outcome h3, .outcome h4, .outcome h5, .outcome h6',
    (hs) => hs.map((h) => [Number(h.tagName[1]), h.id || h.textContent.trim().slice(0, 30)]));
  const jumps = levels.slice(1).filter(([level], i) => level > levels[i][0] + 1);
  assert.deepEqual(jumps, [], 'no heading skips a level');
  const steps = levels.findIndex(([, id]) => id === 'steps-heading');
  const question = levels.findIndex(([, id]) => id === 'outcome-nation-question');
  assert.ok(steps >= 0 && question === steps + 1, JSON.stringify(levels));
  assert.equal(levels[question][0], levels[steps][0] + 1, 'one level below "Next steps"');
  await context.close();
});

test('the contacts form sums up its errors at the top, focused, each a link to its field', async () => {
  const context = await app.browser.newContext(PHONE);
  const { page } = await watchedPage(context);
  await openApp(page, app.server.url, '#/contacts');
  await page.fill('#contact-front-door-number', '12');
  await page.fill('#contact-police-number', 'not a number');
  await page.click('text=Save contacts on this device');
  await page.waitForFunction(() => document.activeElement?.id === 'contacts-error-summary');
  assert.match(await page.textContent('#contacts-error-summary h2'), /There is a problem/);
  const links = await page.$$eval('#contacts-error-summary a', (as) => as.map((a) => [a.getAttribute('href'), a.textContent]));
  assert.deepEqual(links.map((l) => l[0]), ['#contact-front-door-number', '#contact-police-number']);
  for (const [, text] of links) assert.match(text, /: /, 'each names the contact it is about');
  assert.match(await page.title(), /^Error: /);
  // The second error's link takes focus to its field, and the address stays the screen's.
  await page.click('#contacts-error-summary a[href="#contact-police-number"]');
  await page.waitForFunction(() => document.activeElement?.id === 'contact-police-number');
  assert.equal(await page.evaluate(() => location.hash), '#/contacts');
  // Put right, the summary goes.
  await page.fill('#contact-front-door-number', '01632 960003');
  await page.fill('#contact-police-number', '');
  await page.click('text=Save contacts on this device');
  await page.waitForSelector('.contacts-status .confirmation');
  await page.waitForFunction(() => !document.getElementById('contacts-error-summary'));
  assert.doesNotMatch(await page.title(), /^Error: /);
  await context.close();
});

test('"Find a sign" shows the matches as one compact list, each naming its group, still tickable', async () => {
  const context = await app.browser.newContext(PHONE);
  const { page } = await watchedPage(context);
  await openApp(page, app.server.url, '#/check');
  await page.fill('#sign-filter', 'phone');
  await page.waitForFunction(() => /^\d+ signs? match/.test(document.querySelector('.filter [role=status]').textContent));
  const said = Number((await page.textContent('.filter [role=status]')).match(/^(\d+)/)[1]);
  const list = await page.evaluate(() => {
    const shown = (e) => e.getClientRects().length > 0 && getComputedStyle(e).visibility !== 'hidden';
    const boxes = [...document.querySelectorAll('.checklist .sign-group .checkbox')].filter(shown);
    const rects = boxes.map((b) => b.getBoundingClientRect());
    return {
      count: boxes.length,
      groups: boxes.map((b) => { const g = b.querySelector('.match-group'); return g && shown(g) ? g.textContent : null; }),
      titles: boxes.map((b) => b.closest('.sign-group').querySelector('.group-title').textContent.trim()),
      // The list's height against its rows' heights: nothing else sits between the matches.
      span: rects.length ? rects[rects.length - 1].bottom - rects[0].top : 0,
      rows: rects.reduce((sum, r) => sum + r.height, 0),
      others: [...document.querySelectorAll('.checklist .group-heading, .checklist .group-guidance, .checklist .group-body .fieldset > .hint, .groups-control')].filter(shown).length,
    };
  });
  assert.ok(list.count >= 2, 'the word matches several signs');
  assert.equal(list.count, said, 'the count said is the count shown');
  assert.equal(list.others, 0, 'no group heading, intro or link between the matches');
  list.groups.forEach((g, i) => assert.ok(g && g.includes(list.titles[i]), `match ${i} names its group: ${g}`));
  assert.ok(list.span <= list.rows + 2 * list.count, `one compact list: ${list.span}px for rows of ${list.rows}px`);
  // From the box, each Tab reaches the next match: as many stops as matches.
  await page.focus('#sign-filter');
  const stops = [];
  for (let i = 0; i < said; i++) {
    await page.evaluate(() => { window.__was = document.activeElement; });
    await page.keyboard.press('Tab');
    await page.waitForFunction(() => document.activeElement !== window.__was);
    stops.push(await page.evaluate(() => document.activeElement?.matches('.checkbox input[type=checkbox]') ?? false));
  }
  assert.deepEqual(stops, Array(said).fill(true), 'every Tab stop is a match');
  // A match is ticked in place, and the level follows.
  await page.keyboard.press('Space');
  await page.waitForFunction(() => document.activeElement?.checked === true);
  await page.waitForFunction(() => !/No indicators recorded/.test(document.querySelector('.outcome-bar').textContent));
  // Cleared, the groups come back.
  await page.fill('#sign-filter', '');
  await page.waitForFunction(() => !document.querySelector('.checklist.filtering') && getComputedStyle(document.querySelector('.group-heading')).display !== 'none');
  await context.close();
});

test('the referral screen puts the notes first, folds what to gather, counts characters and says what an empty "When" means', async () => {
  const context = await app.browser.newContext(PHONE);
  const { page } = await watchedPage(context);
  await openApp(page, app.server.url, '#/refer');
  await page.waitForSelector('#referral-age');
  // Words a reader meets before the first note box.
  const before = await page.evaluate(() => {
    const main = document.querySelector('#app main');
    const first = document.getElementById('referral-age');
    const walker = document.createTreeWalker(main, NodeFilter.SHOW_TEXT);
    let words = 0;
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      if (first.compareDocumentPosition(n) & Node.DOCUMENT_POSITION_FOLLOWING) break;
      const e = n.parentElement;
      if (e.closest('details:not([open]) > :not(summary)') || !e.getClientRects().length || e.closest('.visually-hidden')) continue;
      words += n.textContent.split(/\s+/).filter(Boolean).length;
    }
    return words;
  });
  assert.ok(before < 200, `${before} words before the first note box`);
  // What to gather is one line, folded, and opens.
  assert.equal(await page.evaluate(() => document.querySelector('.referral-guidance').open), false);
  assert.equal(await page.isVisible('.referral-guidance .prose'), false);
  await page.click('.referral-guidance summary');
  await page.waitForSelector('.referral-guidance .prose', { state: 'visible' });

  // The count: visible, following every key; read out once typing pauses, not on every key.
  const count = '#referral-age ~ .char-count';
  assert.equal((await page.textContent(count)).trim(), 'You have 1,500 characters left.');
  assert.match(await page.getAttribute('#referral-age', 'aria-describedby'), /referral-age-limit/);
  assert.match(await page.textContent('#referral-age-limit'), /up to 1,500 characters/);
  await page.evaluate(() => {
    window.__said = [];
    const live = document.querySelector('#referral-age ~ .char-count-said');
    new MutationObserver(() => window.__said.push(live.textContent)).observe(live, { childList: true, characterData: true, subtree: true });
  });
  await page.click('#referral-age');
  await page.keyboard.type('From a passport seen', { delay: 20 });
  await page.waitForFunction((s) => document.querySelector(s).textContent.trim() === 'You have 1,480 characters left.', count);
  await page.waitForFunction(() => document.querySelector('#referral-age ~ .char-count-said').textContent === 'You have 1,480 characters left.', null, { timeout: 5000 });
  const said = await page.evaluate(() => window.__said.filter((t) => t));
  assert.ok(said.length <= 2, `announced ${said.length} times for 20 keys: ${JSON.stringify(said)}`);
  // Near the limit it says so before anything is lost; at it, the box takes no more.
  await page.fill('#referral-age', 'x'.repeat(1495));
  await page.waitForFunction((s) => document.querySelector(s).textContent.trim() === 'You have 5 characters left.', count);
  await page.focus('#referral-age');
  await page.keyboard.press('End');
  await page.keyboard.type('abcdefgh');
  await page.waitForFunction((s) => /no characters left/.test(document.querySelector(s).textContent), count);
  assert.equal((await page.inputValue('#referral-age')).length, 1500);
  assert.match(await page.getAttribute(count, 'class'), /at-limit/);

  // The "When" hint says what an empty box means.
  assert.match(await page.textContent('#action-when-hint'), /Leave it empty to use the date and time you add the action/);
  await context.close();
});

test('text typed into the home search before the app starts is kept, with the caret, when the app takes over', async () => {
  const { context, page, release } = await held('');
  await page.waitForSelector('#first-paint #home-search');
  await page.click('#first-paint #home-search');
  await page.keyboard.type('county lines');
  await page.keyboard.press('ArrowLeft');
  await page.keyboard.press('ArrowLeft');
  release();
  await started(page);
  await page.waitForFunction(() => document.activeElement?.id === 'home-search' && document.activeElement.closest('#app'));
  assert.equal(await page.inputValue('#app #home-search'), 'county lines');
  assert.equal(await page.evaluate(() => document.activeElement.selectionStart), 'county lines'.length - 2);
  // Typing goes on where it stopped, and the search answers it.
  await page.keyboard.type('X');
  await page.waitForFunction(() => document.querySelector('#home-search').value === 'county linXes');
  await page.keyboard.press('Backspace');
  await page.waitForFunction(() => document.querySelector('#home-search').value === 'county lines');
  await page.waitForFunction(() => document.querySelectorAll('#app .search .results li').length > 0, null, { timeout: 15000 });
  await context.close();

  // Typed and then left (focus moved on): the words are still kept.
  const left = await held('');
  await left.page.waitForSelector('#first-paint #home-search');
  await left.page.fill('#first-paint #home-search', 'age assessment');
  await left.page.focus('#first-paint a[href="#/check"]');
  left.release();
  await started(left.page);
  await left.page.waitForFunction(() => document.querySelector('#app #home-search')?.value === 'age assessment');
  await left.context.close();
});

/** The layout shift of opening `hash` cold at 4x CPU slowdown, once the screen is drawn. */
async function shiftOf(context, hash, heading, ready) {
  const { page, watch } = await watchedPage(context);
  const cdp = await context.newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
  await page.addInitScript(() => {
    window.__cls = 0;
    window.__shifts = [];
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) {
        if (e.hadRecentInput) continue;
        window.__cls += e.value;
        window.__shifts.push([Math.round(e.value * 1000) / 1000, e.sources.map((s) => s.node?.nodeName + '.' + (s.node?.className ?? '')).join(' ')]);
      }
    }).observe({ type: 'layout-shift', buffered: true });
  });
  await page.goto(app.server.url + hash);
  await page.waitForFunction((h) => document.documentElement.dataset.app === 'ready' && !document.getElementById('first-paint')
    && new RegExp(h).test(document.querySelector('#app main h1')?.textContent ?? '') && !document.querySelector('.content-loading'), heading, { timeout: 60000 });
  if (ready) await page.waitForSelector(ready);
  // Two frames after the screen is drawn, so any shift it caused has been reported.
  await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(r, 300)))));
  const result = await page.evaluate(() => ({ cls: window.__cls, shifts: window.__shifts }));
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 });
  await page.close();
  return { ...result, errors: watch.errors };
}

test('no deep link shifts the layout by more than 0.1 at a 4x slower CPU, first visit and repeat visit', async () => {
  const links = [
    ['#/scenarios', 'Scenarios'], ...SCENARIOS, ...GUIDANCE,
    ['#/glossary', 'Glossary'], ['#/search', 'Search'], ['#/about', 'About this app'], ['#/privacy', 'Privacy'],
    ['#/changes', 'What changed'], ['#/refer', 'Prepare your referral'], ['#/nation', 'Your UK nation'], ['#/contacts', 'Contacts and helplines'],
  ];
  const over = [];
  for (const viewport of [PHONE, { viewport: { width: 1280, height: 800 } }]) {
    for (const [hash, heading] of links) {
      const context = await app.browser.newContext(viewport);
      const { cls, shifts, errors } = await shiftOf(context, hash, heading);
      if (cls > 0.1) over.push(`${hash} at ${viewport.viewport.width}px: ${cls.toFixed(3)} ${JSON.stringify(shifts)}`);
      assert.deepEqual(errors, [], hash);
      await context.close();
    }
  }
  // A repeat visit, answered by the service worker (where "Loading…" showed every time).
  for (const [hash, heading] of [['#/scenarios', 'Scenarios'], SCENARIOS[0], GUIDANCE[GUIDANCE.length - 1]]) {
    const context = await app.browser.newContext(PHONE);
    const { page } = await watchedPage(context);
    await openApp(page, app.server.url, hash);
    await page.waitForFunction(() => navigator.serviceWorker?.controller, null, { timeout: 30000 });
    await page.close();
    const { cls, shifts } = await shiftOf(context, hash, heading);
    if (cls > 0.1) over.push(`repeat ${hash}: ${cls.toFixed(3)} ${JSON.stringify(shifts)}`);
    await context.close();
  }
  assert.deepEqual(over, []);
});
