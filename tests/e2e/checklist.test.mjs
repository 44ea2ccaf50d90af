// End-to-end tests of the indicator checklist, in headless Chromium against the release build.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { appUnderTest, watchedPage, openApp, goTo, axeViolations, tabTo, openDetails } from './browser.mjs';

const app = appUnderTest();

async function checklist(options = {}, nation = null) {
  const context = await app.browser.newContext(options);
  const { page, watch } = await watchedPage(context);
  await openApp(page, app.server.url, nation ? '#/nation' : '#/check');
  if (nation) {
    await page.click(`#nation-${nation}`);
    await page.click('#nation-save');
    await goTo(page, '#/check');
  }
  return { context, page, watch };
}

const level = (page) => page.textContent('.level-box .level-title');
const outcomeText = (page) => page.textContent('.outcome');

test('ticking signs updates the level, its reasons and the forms they point to', async () => {
  const { context, page, watch } = await checklist({}, 'england');
  assert.equal(await level(page), 'No indicators recorded');
  assert.match(await outcomeText(page), /does not show that a child is safe/);

  await page.click('#sign-in-care');
  assert.equal(await level(page), 'Be alert');
  assert.match(await outcomeText(page), /not signs of exploitation on their own/);

  await page.click('#sign-goes-missing');
  assert.equal(await level(page), 'Concern: act today');
  assert.match(await page.textContent('.reasons'), /Goes missing, for hours or days at a time/);

  await page.click('#sign-cce-debt');
  assert.equal(await level(page), 'High concern: refer now');
  const reasons = await page.textContent('.reasons');
  assert.match(reasons, /1 sign that harm is happening now/);
  assert.match(reasons, /Owes money or a debt/);
  await openDetails(page, 'Where each sign comes from');
  await page.waitForSelector('.reason-sources li');
  assert.match(await page.textContent('.reason-sources'), /Practitioner Responses to Child Trafficking/, 'each sign shows its source, folded away');
  const forms = await page.$$eval('.forms li', (els) => els.map((e) => e.textContent));
  assert.ok(forms.some((f) => f.startsWith('Criminal exploitation')), forms.join('|'));
  assert.match(await page.textContent('.outcome-bar'), /High concern: refer now/, 'the level bar follows');

  await page.click('#sign-cce-debt');
  assert.equal(await level(page), 'Concern: act today', 'unticking lowers it again');
  assert.deepEqual(watch.errors, []);
  await context.close();
});

test('one warning sign alone is concern with its reason; a combination is concern; a pattern raises it; strengths never lower it', async () => {
  const { context, page } = await checklist({}, 'wales');
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: app.server.origin });
  await page.click('#age-13-17');
  const meaning = /A level is a prompt to talk to someone, not a finding\. One warning sign on its own may have another explanation, and it still needs action today\. No checklist can rule exploitation out\./;
  for (const single of ['#sign-change-in-presentation', '#sign-sexualised-appearance', '#sign-petty-crime', '#sign-hotels-taxis-takeaways']) {
    await page.click(single);
    assert.equal(await level(page), 'Concern: act today', `${single} alone`);
    const reasons = await page.textContent('.reasons');
    assert.match(reasons, /1 warning sign\. On its own it may have another explanation/);
    assert.match(await page.textContent('.outcome-bar'), /Concern: act today/);
    await page.click(single);
  }
  await page.click('#sign-change-in-presentation');
  assert.match(await page.textContent('.outcome'), meaning, 'the outcome says what a level is');
  const link = page.locator('.level-meaning a');
  assert.equal(await link.getAttribute('href'), '#/guidance/screening-tools/what-a-level-means');
  await page.click('#sign-strength-trusted-adult');
  assert.equal(await level(page), 'Concern: act today', 'a strength never lowers or raises the level');
  assert.match(await page.textContent('.strengths'), /Has an adult they trust and talk to/);
  assert.match(await page.textContent('.steps'), /Build on the strengths you noted/);
  await page.click('#sign-goes-missing');
  assert.equal(await level(page), 'Concern: act today', 'a second general warning sign is a combination: concern');
  assert.match(await page.textContent('.reasons'), /2 different warning signs together/);
  await page.click('#sign-sexualised-appearance');
  assert.equal(await level(page), 'High concern: refer now', 'a sign of one form with two that point to it is a pattern');
  assert.match(await page.textContent('.reasons'), /A pattern: several warning signs point to the same form of exploitation \(sexual exploitation\)/);
  await page.click('text=Copy as text');
  await page.waitForFunction(() => document.querySelector('#record-status')?.textContent.includes('Copied'));
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  assert.match(copied, meaning, 'the copied record says what a level is');
  assert.match(copied, /Strengths noted/);
  const violations = await axeViolations(page);
  assert.deepEqual(violations, [], JSON.stringify(violations, null, 1));
  await link.click();
  await page.waitForSelector('#what-a-level-means');
  assert.match(await page.textContent('main h1'), /What a checklist can and cannot do/);
  await context.close();
});

test('immediate danger always leads to 999', async () => {
  const { context, page } = await checklist({}, 'wales');
  await page.click('#immediate-danger');
  assert.equal(await level(page), 'Immediate danger: call 999');
  assert.match(await page.textContent('.danger-question'), /Call 999 now/);
  assert.equal(await page.textContent('.steps li:first-child strong'), 'Call 999 now');
  await context.close();
});

test('a child under 13 with any sign of exploitation is always referred now', async () => {
  const { context, page } = await checklist({}, 'england');
  await page.click('#sign-self-harm');
  assert.equal(await level(page), 'Concern: act today');
  await page.click('#age-under-13');
  assert.equal(await level(page), 'High concern: refer now');
  assert.match(await page.textContent('.reasons'), /under 13/);
  await context.close();
});

test('switching nation changes the bodies and protections named', async () => {
  const { context, page } = await checklist({}, 'england');
  await page.click('#sign-cce-cannabis-farm');
  const steps = () => page.textContent('.steps');
  assert.match(await steps(), /section 47 of the Children Act 1989/);
  assert.match(await steps(), /Independent Child Trafficking Guardian/);
  assert.match(await steps(), /section 45, Modern Slavery Act 2015/);
  assert.match(await page.textContent('.outcome h3:has(+ .steps)'), /Next steps in England/);

  await goTo(page, '#/nation');
  await page.click('#nation-scotland');
  await page.click('#nation-save');
  await goTo(page, '#/check');
  assert.equal(await page.isChecked('#sign-cce-cannabis-farm'), true, 'answers survive moving between screens');
  assert.match(await steps(), /Inter-agency Referral Discussion/);
  assert.match(await steps(), /Guardianship Scotland/);
  assert.match(await steps(), /Lord Advocate/);
  assert.doesNotMatch(await steps(), /section 45/);

  await goTo(page, '#/nation');
  await page.click('#nation-northern-ireland');
  await page.click('#nation-save');
  await goTo(page, '#/check');
  assert.match(await steps(), /Health and Social Care Trust/);
  assert.match(await steps(), /Independent Guardian Service/);
  await context.close();
});

test('the reasons drawn tick by tick are the reasons drawn afresh: each line added or removed in place, in any order', async () => {
  const { context, page, watch } = await checklist({}, 'england');
  await page.click('#keep-answers');
  // Each reason's words and its signs' lines, as a person reads them.
  const reasons = (p) => p.evaluate(() => [...document.querySelectorAll('.reasons > li')].map((li) => [
    [...li.childNodes].filter((n) => n.nodeName !== 'UL').map((n) => n.textContent).join('').trim(),
    [...li.querySelectorAll(':scope > ul > li')].map((line) => line.textContent),
  ]));
  const ids = await page.$$eval('.sign-group input[type=checkbox]', (boxes) => boxes.map((b) => b.id));
  // A fixed sequence of ticks and unticks over every group (a small seeded generator).
  let seed = 20261207;
  const next = () => { seed = (seed * 1103515245 + 12345) % 2147483648; return seed / 2147483648; };
  const fresh = async () => {
    const other = await context.newPage();
    await openApp(other, app.server.url, '#/check');
    const drawn = await reasons(other);
    await other.close();
    return drawn;
  };
  let lines = 0;
  for (let i = 1; i <= 60; i++) {
    await page.click('#' + ids[Math.floor(next() * ids.length)]);
    if (i % 15 === 0) {
      const now = await reasons(page);
      lines = Math.max(lines, now.reduce((n, [, signs]) => n + signs.length, 0));
      assert.deepEqual(now, await fresh(), `after ${i} ticks`);
    }
  }
  assert.ok(lines >= 10, `the sequence reached long lists of signs (${lines} lines)`);
  // Every sign ticked, then one taken out of the middle of the longest lists and put back.
  await page.evaluate(() => { for (const box of document.querySelectorAll('.sign-group input[type=checkbox]')) if (!box.checked) box.click(); });
  const all = await reasons(page);
  assert.deepEqual(all, await fresh());
  await page.click('#sign-cce-debt');
  assert.deepEqual(await reasons(page), await fresh());
  await page.click('#sign-cce-debt');
  assert.deepEqual(await reasons(page), all);
  assert.deepEqual(watch.errors, []);
  await context.close();
});

test('answers stay in memory unless kept, and one control clears everything', async () => {
  const { context, page } = await checklist({}, 'england');
  await page.click('#sign-goes-missing');
  const stored = () => page.evaluate(() => JSON.parse(localStorage.getItem('recognise-respond') ?? '{}'));
  assert.equal((await stored()).checklist, undefined, 'nothing kept by default');
  await page.reload();
  await page.waitForSelector('#app main h1');
  assert.equal(await page.isChecked('#sign-goes-missing'), false, 'a reload forgets answers that were not kept');

  await page.click('#sign-goes-missing');
  await page.click('#keep-answers');
  await page.click('#age-13-17');
  assert.deepEqual((await stored()).checklist.ticked, ['goes-missing']);
  await page.reload();
  await page.waitForSelector('#app main h1');
  assert.equal(await page.isChecked('#sign-goes-missing'), true);
  assert.equal(await page.isChecked('#age-13-17'), true);
  assert.equal(await page.isChecked('#keep-answers'), true);

  await page.click('text=Clear all answers');
  assert.equal(await page.isChecked('#sign-goes-missing'), false);
  assert.equal(await page.isChecked('#keep-answers'), false);
  assert.equal((await stored()).checklist, undefined);
  assert.equal((await stored()).nation, 'england', 'clearing answers keeps the nation');
  await page.reload();
  await page.waitForSelector('#app main h1');
  assert.equal(await level(page), 'No indicators recorded');
  await context.close();
});

test('the checklist works with the keyboard alone', async () => {
  const { context, page } = await checklist({}, 'england');
  await tabTo(page, '#sign-filter');
  await page.keyboard.type('debt');
  assert.equal(await page.isVisible('#sign-goes-missing'), false, 'the filter hides signs that do not match');
  // The only stops before the matching sign are the fold-all button, its group's heading button
  // and its "read more" links.
  await tabTo(page, '#sign-cce-debt', 6);
  await page.keyboard.press('Space');
  assert.equal(await level(page), 'High concern: refer now');
  await tabTo(page, '.outcome-bar a');
  await page.keyboard.press('Enter');
  assert.equal(await page.evaluate(() => document.activeElement.id), 'outcome-heading');
  await tabTo(page, 'button.button:not(.button-secondary)');
  assert.match(await page.evaluate(() => document.activeElement.textContent), /Copy as text/);
  await page.fill('#sign-filter', 'zzzz');
  assert.match(await page.textContent('.filter'), /No sign matches/);
  await context.close();
});

test('lowering the level needs a recorded reason, shown beside the computed level', async () => {
  const { context, page } = await checklist({}, 'england');
  await page.click('#sign-cce-threats-violence');
  await openDetails(page, 'Use your professional judgement');
  await page.selectOption('#judgement-level', 'concern');
  await page.click('text=Apply judgement');
  assert.equal(await level(page), 'High concern: refer now');
  assert.match(await page.textContent('#judgement-reason-error'), /Give your reason for lowering the level/);
  await page.fill('#judgement-reason', 'Injury seen happening at football training');
  await page.click('text=Apply judgement');
  assert.equal(await level(page), 'Concern: act today');
  assert.match(await page.textContent('.level-box'), /Computed level: High concern: refer now\. Lowered by professional judgement. Reason: Injury seen/);
  await page.click('text=Show the record as plain text');
  // The details element reports opening with an asynchronous toggle event.
  await page.waitForFunction(() => document.querySelector('#record-text').value.length > 0);
  assert.match(await page.inputValue('#record-text'), /Computed level: High concern: refer now\. Lowered by professional judgement/);
  await context.close();
});

test('the outcome can be copied as plain text with no identifying details', async () => {
  const { context, page } = await checklist({}, 'scotland');
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: app.server.origin });
  await page.click('#sign-trafficked-for-sex');
  await page.click('text=Copy as text');
  await page.waitForFunction(() => document.querySelector('#record-status')?.textContent.includes('Copied'));
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  assert.match(copied, /^Recognise & Respond: Indicator check record/);
  assert.match(copied, /Level of concern: High concern: refer now/);
  assert.match(copied, /Is being moved or trafficked so that others can abuse them sexually/);
  assert.match(copied, /Next steps \(Scotland\):/);
  assert.match(copied, /Case records may be disclosable/);
  assert.match(copied, /Content version: \d{4}-\d{2}-\d{2} \([0-9a-f]{8}\)/, 'the record says which content it came from');
  // Printing shows the record and leaves out the form.
  await page.evaluate(() => window.dispatchEvent(new Event('beforeprint')));
  await page.emulateMedia({ media: 'print' });
  assert.equal(await page.isVisible('.checklist'), false);
  assert.equal(await page.isVisible('.print-record'), true);
  assert.match(await page.textContent('.print-record'), /Next steps \(Scotland\):/);
  await context.close();
});

test('axe-core finds no violations on the checklist, empty and filled in', async () => {
  const { context, page } = await checklist({}, 'england');
  assert.deepEqual(await axeViolations(page), []);
  for (const id of ['#immediate-danger', '#sign-goes-missing', '#sign-cce-debt', '#sign-learning-disability']) await page.click(id);
  await openDetails(page, 'Use your professional judgement');
  await page.click('text=Why the child may not tell you');
  await page.click('text=Show the record as plain text');
  const violations = await axeViolations(page);
  assert.deepEqual(violations, [], JSON.stringify(violations, null, 1));
  await context.close();
});

test('at 320 px the checklist and outcome never scroll sideways, and every box is a large target', async () => {
  const { context, page } = await checklist({ viewport: { width: 320, height: 640 }, isMobile: true, hasTouch: true }, 'northern-ireland');
  await page.tap('text=Open every group');
  for (const id of ['#sign-goes-missing', '#sign-cce-debt']) await page.tap(id);
  const { scroll, client } = await page.evaluate(() => ({ scroll: document.documentElement.scrollWidth, client: document.documentElement.clientWidth }));
  assert.ok(scroll <= client, `${scroll}px wide in ${client}px`);
  const small = await page.$$eval('.checklist input', (els) => els.map((e) => e.getBoundingClientRect()).filter((r) => r.width < 24 || r.height < 24).length);
  assert.equal(small, 0, 'every checkbox and radio is at least 24 px');
  await context.close();
});
