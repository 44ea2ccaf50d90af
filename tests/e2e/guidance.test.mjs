// End-to-end tests of the guidance library: search, abbreviations, passages by nation,
// section links and the glossary, in headless Chromium against the release build.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { appUnderTest, goTo, axeViolations, tabTo, openFresh, watchedPage, openApp, seedSavedData } from './browser.mjs';

const app = appUnderTest();

const fresh = (hash = '#/') => openFresh(app, hash);

async function chooseNation(page, nation) {
  await goTo(page, '#/nation');
  await page.click(`#nation-${nation}`);
  await page.click('#nation-save');
}

test('a search from the home screen, with typing mistakes, leads to the NRM page', async () => {
  const { context, page, watch } = await fresh();
  await tabTo(page, '#home-search');
  await page.keyboard.type('natonal referal mechansim', { delay: 10 });
  const first = page.locator('.results li a').first();
  await first.waitFor();
  assert.match(await first.textContent(), /The National Referral Mechanism for children/);
  assert.match(await page.textContent('#home-search-status'), /result/);
  assert.deepEqual(await axeViolations(page), [], 'the results pass axe');
  // Down the results with Tab, open the first with Enter.
  await page.keyboard.press('Tab');
  assert.equal(await page.evaluate(() => document.activeElement.getAttribute('href')), '#/guidance/national-referral-mechanism');
  await page.keyboard.press('Enter');
  // The address changes before the page is drawn: wait for the page, and for focus to reach it.
  await page.waitForFunction(() => location.hash === '#/guidance/national-referral-mechanism'
    && /The National Referral Mechanism for children/.test(document.querySelector('main h1')?.textContent ?? ''));
  await page.waitForFunction(() => document.activeElement?.matches('main h1'));
  assert.deepEqual(watch.errors, []);
  await context.close();
});

test('search says so when nothing matches, and finds glossary entries and signs', async () => {
  const { context, page } = await fresh('#/search');
  assert.equal(await page.evaluate(() => document.activeElement.id), 'search-page', 'the search screen puts focus in the box');
  await page.fill('#search-page', 'qqqzzz');
  await page.waitForFunction(() => /No results/.test(document.querySelector('#search-page-status').textContent));
  await page.fill('#search-page', 'ICTG');
  await page.waitForFunction(() => [...document.querySelectorAll('.results .result-kind')].some((e) => e.textContent === 'Glossary'));
  await page.fill('#search-page', 'unexplained money');
  await page.waitForFunction(() => [...document.querySelectorAll('.results .result-kind')].some((e) => e.textContent === 'Checklist sign'));
  await context.close();
});

test('an abbreviation is written out on first use and expands on tap or Enter later', async () => {
  const { context, page } = await fresh('#/guidance/national-referral-mechanism');
  const prose = await page.textContent('.prose');
  assert.match(prose, /National Referral Mechanism \(NRM\)/, 'the first use is written out');
  const button = page.locator('.prose button.abbr', { hasText: 'NRM' }).first();
  assert.equal(await button.getAttribute('aria-expanded'), 'false');
  assert.equal(await button.locator('.abbr-long').isVisible(), false);
  await button.click();
  assert.equal(await button.getAttribute('aria-expanded'), 'true');
  assert.equal(await button.locator('.abbr-long').isVisible(), true);
  assert.match(await button.textContent(), /\(National Referral Mechanism\)/);
  assert.deepEqual(await axeViolations(page), [], 'an expanded abbreviation passes axe');
  await button.focus();
  await page.keyboard.press('Enter');
  assert.equal(await button.getAttribute('aria-expanded'), 'false', 'the keyboard folds it again');
  await context.close();
});

test('passages that differ by nation follow the chosen nation', async () => {
  const { context, page } = await fresh();
  await goTo(page, '#/guidance/guardians');
  for (const n of ['england', 'scotland', 'northern-ireland']) {
    assert.equal(await page.isVisible(`.nation-passage.for-${n}`), true, `with no nation chosen, ${n} shows`);
  }
  await chooseNation(page, 'scotland');
  await goTo(page, '#/guidance/guardians');
  assert.equal(await page.isVisible('.nation-passage.for-scotland'), true);
  assert.match(await page.textContent('.nation-passage.for-scotland'), /Guardianship Scotland/);
  assert.equal(await page.isVisible('.nation-passage.for-england'), false, 'England and Wales is hidden for Scotland');
  assert.equal(await page.isVisible('.nation-passage.for-northern-ireland'), false);

  await chooseNation(page, 'wales');
  await goTo(page, '#/guidance/guardians');
  assert.equal(await page.isVisible('.nation-passage.for-wales'), true, 'Wales shares the England and Wales passage');
  assert.equal(await page.isVisible('.nation-passage.for-scotland'), false);

  const showAll = page.getByRole('button', { name: "Show every nation's version" });
  await showAll.click();
  assert.equal(await showAll.getAttribute('aria-pressed'), 'true');
  assert.equal(await page.isVisible('.nation-passage.for-scotland'), true, 'a trainer can show every version');
  assert.deepEqual(await axeViolations(page), []);
  await context.close();
});

test('a link to a section lands on that section, and the glossary explains terms', async () => {
  const { context, page } = await fresh('#/guidance/national-referral-mechanism/who-decides');
  await page.waitForFunction(() => document.activeElement?.id === 'who-decides');
  assert.match(await page.evaluate(() => document.activeElement.textContent), /Who decides/);
  await goTo(page, '#/glossary');
  const entry = page.locator('#term-nrm');
  assert.match(await entry.textContent(), /National Referral Mechanism/);
  await entry.locator('a').click();
  await page.waitForFunction(() => location.hash === '#/guidance/national-referral-mechanism');
  await context.close();
});

test('each group of signs links to the guidance that explains it', async () => {
  const { context, page } = await fresh('#/check');
  await page.locator('.group-guidance a', { hasText: 'Not prosecuting children' }).first().click();
  await page.waitForFunction(() => location.hash === '#/guidance/non-prosecution'
    && /Not prosecuting children/.test(document.querySelector('main h1')?.textContent ?? ''));
  await context.close();
});

test('the change log: a What changed screen, and a page changed since this device last opened it says so', async () => {
  const context = await app.browser.newContext();
  const { page, watch } = await watchedPage(context);
  // This device last opened the age page before its change of 30 November 2026.
  await seedSavedData(page, JSON.stringify({ version: 5, seen: { age: '2026-11-23' } }));
  await openApp(page, app.server.url, '#/changes');
  assert.match(await page.textContent('main h1'), /What changed/);
  const log = await page.textContent('main');
  assert.match(log, /30 November 2026/);
  assert.match(log, /Significant change: Guardians do not yet cover every area of England/);
  assert.match(log, /New text: New page: immigration law/);
  assert.match(log, /Content version \d{4}-\d{2}-\d{2} \([0-9a-f]{8}\)/);
  assert.deepEqual(await axeViolations(page), []);

  await goTo(page, '#/guidance/age');
  await page.waitForSelector('.updated-notice');
  assert.match(await page.textContent('.updated-notice'), /Updated on 30 November 2026: Northern Ireland's presumption/);
  const kept = JSON.parse(await page.evaluate(() => localStorage.getItem('recognise-respond')));
  assert.equal(kept.seen.age, '2026-12-06', 'the device now remembers the newest change as seen');
  // Seen once, the notice does not come back; a page never opened here shows none either.
  await goTo(page, '#/guidance/guardians');
  assert.equal(await page.$('.updated-notice'), null, 'a page first opened here has no notice');
  await goTo(page, '#/guidance/age');
  assert.equal(await page.$('.updated-notice'), null);
  // Printed pages carry the content version.
  await page.emulateMedia({ media: 'print' });
  assert.match(await page.textContent('.print-version'), /Content version \d{4}-\d{2}-\d{2} \(/);
  assert.equal(await page.isVisible('.print-version'), true);
  assert.deepEqual(watch.errors, []);
  await context.close();
});

test('What changed lists the changes to scenarios, the glossary, the checklist and the next steps, each linked to what changed', async () => {
  const { context, page, watch } = await fresh('#/changes');
  await page.waitForSelector('.change-list a[href="#/scenarios/turning-eighteen"]');
  // Each day's entries, under that day's heading.
  const days = await page.evaluate(() => Object.fromEntries([...document.querySelectorAll('main h2')].map((h) => [
    h.textContent, h.nextElementSibling ? h.nextElementSibling.textContent : '',
  ])));
  const today = days['6 December 2026'] ?? '';
  assert.match(today, /Scenario: Lena: weeks before her eighteenth birthday/, Object.keys(days).join(', '));
  assert.match(today, /Significant change: Lena: the scenario no longer says her guardian's support ends at 18/);
  assert.match(today, /Glossary\s*Significant change: Duty to notify/);
  assert.match(today, /Check signs: Labour exploitation, domestic servitude and organ removal/);
  assert.match(today, /Next steps and helplines for each nation/);
  assert.match(days['30 November 2026'] ?? '', /Scenario: Kobe: in care, missing, and treated as an offender\s*Significant change: Kobe: the section 45 test is the reasonable person/);
  assert.deepEqual(await axeViolations(page), [], 'the longer log passes axe');

  // The scenario's link opens the scenario.
  await page.locator('.change-list a[href="#/scenarios/turning-eighteen"]').first().click();
  await page.waitForFunction(() => location.hash === '#/scenarios/turning-eighteen'
    && /Lena: weeks before her eighteenth birthday/.test(document.querySelector('main h1')?.textContent ?? ''));
  // Back on What changed, the glossary's link opens the glossary.
  await page.goBack();
  await page.waitForSelector('.change-list a[href="#/glossary"]');
  await page.locator('.change-list a[href="#/glossary"]').first().click();
  await page.waitForFunction(() => location.hash === '#/glossary' && document.querySelector('main h1')?.textContent === 'Glossary');
  // And the checklist's, the checklist.
  await page.goBack();
  await page.waitForSelector('.change-list a[href="#/check"]');
  await page.locator('.change-list a[href="#/check"]').first().click();
  await page.waitForFunction(() => location.hash === '#/check' && document.querySelector('#sign-goes-missing'));
  assert.deepEqual(watch.errors, []);
  await context.close();
});

test('facts from the register read alike on every page, carry their status, and About counts them', async () => {
  const { readFileSync } = await import('node:fs');
  const register = readFileSync(new URL('../../content/facts.toml', import.meta.url), 'utf8').split('\n');
  const facts = register.filter((l) => l.startsWith('[facts.')).length;
  const partly = register.filter((l) => l.trim() === 'status = "partly"').length;
  const unsure = register.filter((l) => l.trim() === 'status = "not-confirmed"').length;
  const { context, page } = await fresh('#/about');
  const shows = (pattern) => page.waitForFunction((p) => new RegExp(p).test(document.querySelector('main')?.textContent ?? ''), pattern.source);
  await shows(new RegExp(`The register now holds ${facts} facts, checked between \\d+ \\w+ 20\\d\\d and \\d+ \\w+ 20\\d\\d`));
  await shows(new RegExp(`Of these, ${partly} are only partly confirmed`));
  await shows(new RegExp(`${unsure} could not be confirmed`));
  // The same figure on two pages, from one fact.
  await goTo(page, '#/guidance/key-figures');
  await shows(/2025\s*23,411/);
  await shows(/labour exploitation \(6,153 referrals\) overtook criminal exploitation \(4,548\) as the most common type \(check: the Home Office statistics for 2024\)/);
  await goTo(page, '#/guidance/national-referral-mechanism');
  await shows(/2025: 23,411 referrals of people of all ages/);
  // A fact the references do not confirm is never shown without its mark.
  await goTo(page, '#/guidance/trauma-informed-practice');
  await shows(/1 May 2025 \(not confirmed; check the current version on GOV\.UK\)/);
  await context.close();
});
