// My local contacts: saved on the device under fixed roles, checked for shape, shown in the next
// steps (tap to call), in the copied record and on the home screen (before the app has started
// too), found by search; carried by export, import and erase; handed out as a contacts file.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { appUnderTest, goTo, openApp, watchedPage, axeViolations } from './browser.mjs';

const app = appUnderTest();
const stored = (page) => page.evaluate(() => JSON.parse(localStorage.getItem('recognise-respond') || '{}'));

async function fresh(hash = '#/contacts', options = {}) {
  const context = await app.browser.newContext(options);
  const { page, watch } = await watchedPage(context);
  await openApp(page, app.server.url, hash);
  return { context, page, watch };
}

/** Fills and saves the contacts form. */
async function saveContacts(page, rows) {
  for (const [role, name, number] of rows) {
    await page.fill(`#contact-${role}-name`, name);
    await page.fill(`#contact-${role}-number`, number);
  }
  await page.click('text=Save contacts on this device');
}

test('a contact with a number of the wrong shape is refused beside the field, and a good one is kept', async () => {
  const { context, page, watch } = await fresh();
  await saveContacts(page, [['front-door', 'North MASH', '01632 96'], ['police', '', '101']]);
  // Focus moves to the error summary once it is drawn (the next frame); its link leads to the field.
  await page.waitForFunction(() => document.activeElement?.id === 'contacts-error-summary');
  await page.click('#contacts-error-summary a[href="#contact-front-door-number"]');
  await page.waitForFunction(() => document.activeElement?.id === 'contact-front-door-number');
  assert.match(await page.textContent('#contact-front-door-number-error'), /Error: A UK number starting with 0 has 10 or 11 digits/);
  assert.equal(await page.getAttribute('#contact-front-door-number', 'aria-invalid'), 'true');
  assert.match(await page.title(), /^Error: /);
  assert.equal((await stored(page)).contacts, undefined, 'nothing kept while a field is wrong');

  await page.fill('#contact-front-door-number', '01632 960001');
  await page.click('text=Save contacts on this device');
  await page.waitForSelector('.contacts-status .confirmation');
  assert.match(await page.textContent('.contacts-status'), /2 contacts were saved/);
  assert.doesNotMatch(await page.title(), /Error/);
  assert.deepEqual((await stored(page)).contacts, [
    { role: 'front-door', name: 'North MASH', number: '01632 960001' },
    { role: 'police', name: '', number: '101' },
  ]);
  await page.reload();
  await page.waitForSelector('#app main h1');
  assert.equal(await page.inputValue('#contact-front-door-name'), 'North MASH', 'kept across a reload');
  assert.deepEqual(await axeViolations(page), []);
  assert.deepEqual(watch.errors, []);
  await context.close();
});

test('the contacts appear in the next steps, the record, the home screen and search', async () => {
  const { context, page } = await fresh('#/nation');
  await page.click('#nation-scotland');
  await page.click('#nation-save');
  await goTo(page, '#/contacts');
  await saveContacts(page, [['front-door', 'Duty social work', '01632 960003'], ['out-of-hours', 'EDT North', '01632 960002']]);
  await page.waitForSelector('.contacts-status .confirmation');

  await goTo(page, '#/check');
  await page.check('#sign-cce-debt');
  const steps = page.locator('.outcome .local-contacts');
  assert.match(await steps.textContent(), /Social work \(children and families\): Duty social work – 01632 960003/);
  assert.equal(await steps.locator('a[href="tel:01632960002"]').count(), 1, 'tap to call');
  await page.click('text=Show the record as plain text');
  // The text is made when the details open: wait for it.
  await page.waitForFunction(() => document.querySelector('#record-text').value.length > 0);
  const record = await page.inputValue('#record-text');
  assert.match(record, /Your local contacts \(saved on this device\):\n- Social work \(children and families\): Duty social work, 01632 960003\n- Out-of-hours social work team: EDT North, 01632 960002/);

  await goTo(page, '#/');
  assert.equal(await page.locator('#app .local-contacts a[href="tel:01632960003"]').count(), 1);
  await page.fill('#home-search', 'out of hours');
  await page.waitForFunction(() => /EDT North/.test(document.querySelector('.results')?.textContent ?? ''));
  await page.fill('#home-search', 'modern slavery helpline number');
  await page.waitForFunction(() => /Modern Slavery/.test(document.querySelector('.results li')?.textContent ?? ''));
  assert.match(await page.textContent('.results li'), /Helpline/);

  // Before the app has arrived the home screen shows them already, in the same place. (A new
  // context with what this device keeps: here no service worker serves the app around the hold.)
  const kept = JSON.stringify(await stored(page));
  const cold = await app.browser.newContext({ serviceWorkers: 'block' });
  await cold.addInitScript((k) => localStorage.setItem('recognise-respond', k), kept);
  const before = await cold.newPage();
  let release;
  const gate = new Promise((r) => (release = r));
  await before.route(/\.wasm$/, async (route) => { await gate; await route.continue(); });
  await before.goto(app.server.url);
  await before.waitForSelector('#first-paint .local-contacts');
  const place = () => before.evaluate(() => Math.round(document.querySelector('.local-contacts').getBoundingClientRect().top));
  const text = () => before.evaluate(() => document.querySelector('.local-contacts').textContent);
  const [top, said] = [await place(), await text()];
  release();
  await before.waitForFunction(() => document.documentElement.dataset.app === 'ready' && !document.getElementById('first-paint'));
  assert.deepEqual([await place(), await text()], [top, said], 'the app takes over the same list in the same place');
  await cold.close();
  await context.close();
});

test('export, import and erase carry the contacts; a contacts file is handed out to another device', async () => {
  const { context, page } = await fresh();
  await saveContacts(page, [['safeguarding-lead', 'Sam (DSL)', '07700 900123']]);
  await page.waitForSelector('.contacts-status .confirmation');

  // A contacts file, opened on another device, replaces only its contacts.
  const [download] = await Promise.all([page.waitForEvent('download'), page.click('text=Save a contacts file')]);
  assert.equal(download.suggestedFilename(), 'recognise-respond-contacts.json');
  const file = readFileSync(await download.path());
  const other = await fresh('#/nation');
  await other.page.click('#nation-wales');
  await other.page.click('#nation-save');
  await goTo(other.page, '#/contacts');
  await other.page.setInputFiles('#contacts-file', { name: 'area.json', mimeType: 'application/json', buffer: Buffer.from('{"app":"recognise-respond-contacts","format":1,"contacts":[{"role":"police","name":"","number":"call us"}]}') });
  await other.page.waitForSelector('.contacts-status .error-message');
  assert.match(await other.page.textContent('.contacts-status'), /refused.*Nothing was changed/);
  assert.equal((await stored(other.page)).contacts, undefined);
  await other.page.setInputFiles('#contacts-file', { name: 'area.json', mimeType: 'application/json', buffer: file });
  await other.page.waitForSelector('.contacts-status .confirmation');
  assert.deepEqual((await stored(other.page)).contacts, [{ role: 'safeguarding-lead', name: 'Sam (DSL)', number: '07700 900123' }]);
  assert.equal((await stored(other.page)).nation, 'wales', 'nothing else changed');
  assert.equal(await other.page.inputValue('#contact-safeguarding-lead-name'), 'Sam (DSL)', 'the form shows what was opened');
  await other.context.close();

  // The whole-data export holds them; erase takes them away; import brings them back.
  await goTo(page, '#/data');
  assert.match(await page.textContent('.data-table'), /Local contacts\s*1 contact/);
  const [whole] = await Promise.all([page.waitForEvent('download'), page.click('text=Export my data to a file')]);
  const exported = readFileSync(await whole.path());
  assert.equal(JSON.parse(exported).data.contacts[0].number, '07700 900123');
  await page.click('#erase-start');
  await page.click('text=Yes, erase everything');
  await page.waitForFunction(() => !localStorage.getItem('recognise-respond')?.includes('07700'));
  await goTo(page, '#/contacts');
  assert.equal(await page.inputValue('#contact-safeguarding-lead-number'), '', 'erased');
  await goTo(page, '#/data');
  await page.setInputFiles('#import-file', { name: 'back.json', mimeType: 'application/json', buffer: exported });
  await page.click('text=Replace my data with this file');
  await page.waitForFunction(() => localStorage.getItem('recognise-respond')?.includes('07700 900123'));
  await goTo(page, '#/contacts');
  assert.equal(await page.inputValue('#contact-safeguarding-lead-number'), '07700 900123');
  await context.close();
});

test('at 320 px the contacts screen never scrolls sideways', async () => {
  const { context, page } = await fresh('#/contacts', { viewport: { width: 320, height: 640 }, isMobile: true, hasTouch: true });
  const { scroll, client } = await page.evaluate(() => ({ scroll: document.documentElement.scrollWidth, client: document.documentElement.clientWidth }));
  assert.ok(scroll <= client, `${scroll}px wide in ${client}px`);
  assert.deepEqual(await axeViolations(page), []);
  await context.close();
});

test('a contacts file is cleaned like the form, dials what it shows, and says how many it left out', async () => {
  const { context, page, watch } = await fresh();
  const file = (contacts) => ({ name: 'area.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify({ app: 'recognise-respond-contacts', format: 1, contacts })) });
  // Defects 26, 13 and 30: a left-to-right mark before +44 (0), a reversed number, control characters in a name.
  await page.setInputFiles('#contacts-file', file([
    { role: 'police', name: 'Police \u202e0010 0096 23610\u202c\u0000\u0007\nline', number: '\u200e+44 (0)20 7946 0000' },
    { role: 'front-door', name: 'MASH', number: '\u202e01632 960001' },
  ]));
  await page.waitForSelector('.contacts-status .confirmation');
  assert.match(await page.textContent('.contacts-status'), /2 contacts are now kept on this device/);
  assert.deepEqual((await stored(page)).contacts, [
    { role: 'front-door', name: 'MASH', number: '01632 960001' },
    { role: 'police', name: 'Police 0010 0096 23610 line', number: '+44 (0)20 7946 0000' },
  ]);
  await goTo(page, '#/');
  await page.waitForSelector('#app .local-contacts a[href="tel:+442079460000"]');
  assert.equal(await page.locator('#app .local-contacts a[href="tel:+4402079460000"]').count(), 0, 'the trunk 0 is never dialled');

  // Defect 29: twenty contacts, four for each role: one kept per role, and the rest said.
  await goTo(page, '#/contacts');
  const roles = ['front-door', 'out-of-hours', 'police', 'safeguarding-lead', 'exploitation-team'];
  await page.setInputFiles('#contacts-file', file(Array.from({ length: 20 }, (_, i) => ({ role: roles[i % 5], name: `Team ${i}`, number: '101' }))));
  await page.waitForFunction(() => /It held 20 contacts/.test(document.querySelector('.contacts-status')?.textContent ?? ''));
  const said = await page.textContent('.contacts-status');
  assert.match(said, /5 contacts are now kept/);
  assert.match(said, /one contact for each of its 5 roles, so 15 were left out/);
  assert.doesNotMatch(said, /\(s\)/);
  assert.equal((await stored(page)).contacts.length, 5);
  assert.deepEqual(watch.errors, []);
  await context.close();
});

test('the home screen drawn before the app dials every "(0)" away, as the app does (defect 27)', async () => {
  // The form accepts "+44 (0)20 (0)7946 0000"; the first paint used to leave the second (0) in.
  const kept = JSON.stringify({ version: 8, contacts: [{ role: 'police', name: 'SPOC', number: '+44 (0)20 (0)7946 0000' }] });
  const cold = await app.browser.newContext({ serviceWorkers: 'block' });
  await cold.addInitScript((k) => localStorage.setItem('recognise-respond', k), kept);
  const before = await cold.newPage();
  let release;
  const gate = new Promise((r) => (release = r));
  await before.route(/\.wasm$/, async (route) => { await gate; await route.continue(); });
  await before.goto(app.server.url);
  await before.waitForSelector('#first-paint .local-contacts a');
  assert.equal(await before.getAttribute('#first-paint .local-contacts a', 'href'), 'tel:+442079460000');
  release();
  await before.waitForFunction(() => document.documentElement.dataset.app === 'ready' && !document.getElementById('first-paint'));
  assert.equal(await before.getAttribute('.local-contacts a', 'href'), 'tel:+442079460000', 'the app dials the same');
  await cold.close();
});
