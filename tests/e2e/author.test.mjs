// Trainers write their own scenarios in the browser (#17 part 3): the author screen checks a
// file with the build's own checks as it is typed, names each problem at its line, plays the
// scenario from any scene with chosen variables, keeps it on the device (listed, playable, in
// workshop mode, marked as not reviewed), and exports the very bytes it opened. Its checker is
// fetched only when the screen opens.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { appUnderTest, axeViolations, goTo, openApp, openFresh, watchedPage } from './browser.mjs';

const app = appUnderTest();
const template = readFileSync(new URL('../../content/templates/scenario.md', import.meta.url), 'utf8');

// A trainer's own case, made from the template: a new title and text.
const sound = template
  .replace(/^title = ".*"$/m, 'title = "Amira at the bus station"')
  .replace('Write what the learner sees and hears, in a short paragraph or two. Give the signs, not the answer.',
    'Amira, 15, has been at the bus station every night this week. An older man brings her food and takes her phone.');
// The same case with a mistake: the second choice of the first scene leads to a scene that
// does not exist.
const broken = sound.replace('* A choice that does not help -> next-step', '* A choice that does not help -> nowhere');
const brokenLine = broken.split('\n').findIndex((l) => l.includes('-> nowhere')) + 1;
const checker = (watch) => watch.requests.filter((r) => /\/checker-[0-9a-f]+(_bg\.wasm|\.js)$/.test(new URL(r.url).pathname)).length;

async function openAuthor(page) {
  await page.waitForFunction(() => /Write a scenario/.test(document.querySelector('#app main h1')?.textContent ?? ''));
  await page.waitForSelector('button:has-text("Start from the template"):not([disabled])');
}

async function openFile(page, name, text) {
  await page.setInputFiles('#author-open', { name, mimeType: 'text/markdown', buffer: Buffer.from(text, 'utf8') });
}

// A file with no problem: the trainer's own cases keep some of the template's example text,
// which is a warning only.
const CLEAN = /^(No problems found|0 problems and)/;

async function summary(page, pattern) {
  await page.waitForFunction((p) => new RegExp(p).test(document.querySelector('#check-summary')?.textContent ?? ''), pattern.source);
  return page.textContent('#check-summary');
}

test('a file with a mistake shows it at its line; fixed, it plays from any scene, is kept, listed and exported byte for byte', async () => {
  const { context, page, watch } = await openFresh(app, '#/check');
  for (const hash of ['#/', '#/scenarios', '#/guidance/child-trafficking', '#/workshop', '#/data']) await goTo(page, hash);
  assert.equal(checker(watch), 0, 'no other screen fetches the checker, desk screens included');
  await goTo(page, '#/author');
  await openAuthor(page);
  assert.equal(checker(watch), 2, 'the author screen fetches its checker: loader and WebAssembly');

  // The mistake, named at its line, and a button that takes the cursor there.
  await openFile(page, 'amira-bus-station.md', broken);
  assert.match(await summary(page, /^1 problem and/), /^1 problem and \d+ warnings?\./);
  const problem = page.locator('.problem-errors li').first();
  assert.match(await problem.textContent(), new RegExp(`^Line ${brokenLine}: .*'nowhere'`));
  await problem.locator('button').click();
  await page.waitForFunction(() => document.activeElement?.id === 'author-text');
  const caret = await page.evaluate(() => {
    const area = document.activeElement;
    return { id: area.id, line: area.value.slice(0, area.selectionStart).split('\n').length };
  });
  assert.deepEqual(caret, { id: 'author-text', line: brokenLine }, 'focus moves to the text, on the line named');
  assert.match(await page.textContent('#author-position'), new RegExp(`line ${brokenLine},`));
  await page.click('text=Keep on this device');
  assert.match(await page.textContent('.error-message'), /Fix the problems/);

  // Fixed by typing in the box, it checks clean as the trainer types.
  await page.fill('#author-text', broken.replace('-> nowhere', '-> next-step'));
  assert.match(await summary(page, CLEAN), CLEAN);
  assert.equal(await page.locator('.problem-errors').count(), 0);

  // The file opened afresh exactly as it is on disk (Windows line endings), tried and kept.
  const onDisk = sound.replace(/\n/g, '\r\n');
  await openFile(page, 'amira-bus-station.md', onDisk);
  await summary(page, CLEAN);
  // Try it from the second scene with the variable set: the text for that path shows.
  await page.selectOption('#try-scene', 'next-step');
  await page.check('#try-var-listened');
  await page.click('text=Play from here');
  await page.waitForSelector('#try-scene-heading');
  assert.match(await page.textContent('.trial'), /Variables now: listened = true/);
  assert.match(await page.textContent('.trial .prose'), /took the first choice/);
  // Focus moves after the trial is drawn: wait for it rather than read it at once.
  await page.waitForFunction(() => document.activeElement?.id === 'try-scene-heading');
  // And from the start, through a choice that changes the variable, to an ending.
  await page.selectOption('#try-scene', 'first-meeting');
  await page.uncheck('#try-var-listened');
  await page.click('text=Play from here');
  await page.waitForFunction(() => /Variables now: listened = false/.test(document.querySelector('.trial')?.textContent ?? ''));
  await page.click('.try-choices button >> nth=0');
  await page.waitForFunction(() => /listened = true/.test(document.querySelector('.trial')?.textContent ?? ''));
  assert.match(await page.textContent('.trial .feedback'), /Good practice/);
  await page.click('.try-choices button >> nth=0');
  await page.waitForSelector('.trial .outcome-box');
  assert.match(await page.textContent('.trial'), /A referral is made/);

  await page.click('text=Keep on this device');
  await page.waitForFunction(() => /is kept on this device/.test(document.body.textContent));
  const [download] = await Promise.all([page.waitForEvent('download'), page.click('button:has-text("Export the file")')]);
  assert.equal(download.suggestedFilename(), 'amira-bus-station.md');
  assert.ok(readFileSync(await download.path()).equals(Buffer.from(onDisk, 'utf8')), 'exported byte for byte as opened');
  // Its own export button, in the list of kept scenarios (in another tab: a browser lets a
  // page start one download unasked), gives the same bytes.
  const other = await context.newPage();
  await openApp(other, app.server.url, '#/author');
  await openAuthor(other);
  const [again] = await Promise.all([other.waitForEvent('download'), other.click('.authored button:has-text("Export")')]);
  assert.equal(again.suggestedFilename(), 'amira-bus-station.md');
  assert.ok(readFileSync(await again.path()).equals(Buffer.from(onDisk, 'utf8')));
  await other.close();
  assert.deepEqual(await axeViolations(page), []);

  // In the scenario list, marked; it plays to an ending as a learner would; kept across a reload.
  await page.reload();
  await goTo(page, '#/scenarios');
  const card = page.locator('.scenario-card', { hasText: 'Amira at the bus station' });
  assert.match(await card.textContent(), /Written locally, not reviewed/);
  await card.locator('a').click();
  await page.waitForFunction(() => /Amira at the bus station/.test(document.querySelector('#app main h1')?.textContent ?? ''));
  assert.match(await page.textContent('#app main'), /nobody has reviewed/);
  await page.click('text=Start the scenario');
  for (let step = 0; step < 2; step++) {
    await page.locator('.choices label').first().click();
    await page.click('.choices button[type=submit]');
    await page.click('#feedback-heading ~ button:has-text("Continue")');
  }
  await page.waitForSelector('.outcome-box');
  assert.match(await page.textContent('#app main'), /A referral is made/);
  assert.deepEqual(watch.errors, []);
  await context.close();
});

test('a kept scenario runs in workshop mode, travels in the data export, and goes when deleted', async () => {
  const { context, page, watch } = await openFresh(app, '#/author');
  await openAuthor(page);
  await openFile(page, 'amira-bus-station.md', sound);
  await summary(page, CLEAN);
  await page.click('text=Keep on this device');
  await page.waitForFunction(() => /is kept on this device/.test(document.body.textContent));

  await goTo(page, '#/workshop');
  await page.waitForSelector('#pick-amira-bus-station');
  assert.match(await page.textContent('label[for=pick-amira-bus-station]'), /Written locally, not reviewed/);
  await page.check('#pick-amira-bus-station');
  const [audience] = await Promise.all([context.waitForEvent('page'), page.click('text=Start the session')]);
  await audience.waitForFunction(() => document.querySelector('.room-stage .stage-heading')?.textContent.includes('Amira'));
  await page.click('.present-next');
  await audience.waitForFunction(() => document.querySelector('.room-stage .stage-heading')?.textContent.includes('What you notice'));
  assert.match(await audience.textContent('.room-stage'), /bus station every night/);
  assert.doesNotMatch(await audience.textContent('body'), /A note for a trainer presenting/, 'presenter notes stay off the projector');
  await audience.close();

  // The data export carries it; erased, it goes from the list; imported, it is back.
  await goTo(page, '#/data');
  const [exported] = await Promise.all([page.waitForEvent('download'), page.click('text=Export my data to a file')]);
  const file = readFileSync(await exported.path());
  assert.match(file.toString('utf8'), /"authored":\[/);
  await page.click('#erase-start');
  await page.click('text=Yes, erase everything');
  await goTo(page, '#/scenarios');
  assert.equal(await page.locator('.scenario-card', { hasText: 'Amira' }).count(), 0);
  await goTo(page, '#/data');
  await page.setInputFiles('#import-file', { name: 'back.json', mimeType: 'application/json', buffer: file });
  await page.click('text=Replace my data with this file');
  await goTo(page, '#/author');
  await openAuthor(page);
  assert.match(await page.textContent('.authored-list'), /Amira at the bus station/);

  // Deleting asks first, then it is gone from the list and the scenarios.
  await page.click('.authored button:has-text("Delete")');
  await page.click('text=Yes, delete it');
  await page.waitForFunction(() => /was deleted from this device/.test(document.body.textContent));
  assert.equal(await page.locator('.authored').count(), 0);
  await goTo(page, '#/scenarios');
  assert.equal(await page.locator('.scenario-card', { hasText: 'Amira' }).count(), 0);
  assert.deepEqual(watch.errors, []);
  await context.close();
});

test('a forged kept scenario with script in it is set aside, never shown', async () => {
  const context = await app.browser.newContext();
  const { page, watch } = await watchedPage(context);
  await openApp(page, app.server.url, '#/author');
  await openAuthor(page);
  await openFile(page, 'amira-bus-station.md', sound);
  await summary(page, CLEAN);
  await page.click('text=Keep on this device');
  await page.waitForFunction(() => /is kept on this device/.test(document.body.textContent));
  // Someone with the device edits what is kept: a scene's text gets an image with a script.
  await page.evaluate(() => {
    const kept = localStorage.getItem('recognise-respond');
    localStorage.setItem('recognise-respond', kept.replace('<p>Amira', '<img src=x onerror=alert(1)><p>Amira'));
  });
  const dialogs = [];
  page.on('dialog', (d) => { dialogs.push(d.message()); d.dismiss(); });
  await page.reload();
  await goTo(page, '#/scenarios');
  assert.equal(await page.locator('.scenario-card', { hasText: 'Amira' }).count(), 0, 'not listed');
  assert.match(await page.textContent('.messages'), /scenarios you wrote could not be used/);
  assert.equal(await page.evaluate(() => localStorage.getItem('recognise-respond.backup')?.includes('onerror') ?? false), true, 'the whole is kept aside');
  assert.deepEqual(dialogs, []);
  assert.deepEqual(watch.errors, []);
  await context.close();
});

/** The files kept on the device, as the list of kept scenarios shows them. */
async function keptFiles(page) {
  return page.evaluate(() => JSON.parse(localStorage.getItem('recognise-respond') ?? '{}').authored?.map((a) => a.file) ?? []);
}

async function keep(page) {
  await page.click('text=Keep on this device');
  await page.waitForFunction(() => /is kept on this device/.test(document.body.textContent));
}

test('a second scenario from the template gets a free name, and keeping over a kept one asks first (defect 2)', async () => {
  const { context, page, watch } = await openFresh(app, '#/author');
  await openAuthor(page);
  await page.click('text=Start from the template');
  await page.waitForFunction(() => document.querySelector('#author-file')?.value === 'my-scenario.md');
  await page.fill('#author-text', (await page.inputValue('#author-text')).replace(/^title = ".*"$/m, 'title = "First case I wrote"'));
  await summary(page, CLEAN);
  await keep(page);
  await page.click('text=Start from the template');
  await page.waitForFunction(() => document.querySelector('#author-file')?.value === 'my-scenario-2.md');
  await page.fill('#author-text', (await page.inputValue('#author-text')).replace(/^title = ".*"$/m, 'title = "Second case"'));
  await summary(page, CLEAN);
  await page.waitForFunction(() => /No problems|0 problems/.test(document.querySelector('#check-summary')?.textContent ?? ''));
  await page.click('text=Keep on this device');
  await page.waitForFunction(() => /“Second case” is kept/.test(document.body.textContent));
  assert.deepEqual((await keptFiles(page)).sort(), ['my-scenario-2.md', 'my-scenario.md']);
  assert.match(await page.textContent('.authored-list'), /First case I wrote[\s\S]*Second case/);

  // Named like the first by hand: Keep asks, naming it, and No keeps both as they are.
  await page.fill('#author-file', 'my-scenario.md');
  await summary(page, CLEAN);
  await page.waitForFunction(() => !/Checking/.test(document.querySelector('#check-summary')?.textContent ?? ''));
  await page.click('text=Keep on this device');
  await page.waitForSelector('#replace-ask');
  assert.match(await page.textContent('#replace-ask'), /already kept on this device as my-scenario\.md \(“First case I wrote”\)[\s\S]*my-scenario-3\.md/);
  await page.click('text=No, keep both');
  await page.waitForFunction(() => !document.querySelector('#replace-ask'));
  assert.match(await page.textContent('.authored-list'), /First case I wrote/);
  // Yes replaces it, and says so.
  await page.click('text=Keep on this device');
  await page.click('text=Yes, replace it');
  await page.waitForFunction(() => /It replaces the scenario that was kept as my-scenario\.md/.test(document.body.textContent));
  assert.doesNotMatch(await page.textContent('.authored-list'), /First case I wrote/);
  assert.deepEqual(watch.errors, []);
  await context.close();
});

test('Keep keeps only what was checked: text changed a moment before is checked first (defect 19)', async () => {
  const { context, page, watch } = await openFresh(app, '#/author');
  await openAuthor(page);
  await openFile(page, 'amira-bus-station.md', sound);
  await summary(page, CLEAN);
  // Five problems typed, and Keep pressed at once, before the check that follows typing.
  const worse = broken.replace(/-> next-step/g, '-> nowhere').replace('-> referral', '-> nowhere').replace('-> waited', '-> nowhere');
  await page.fill('#author-text', worse);
  await page.click('text=Keep on this device');
  await page.waitForFunction(() => /Fix the problems listed first/.test(document.body.textContent));
  assert.deepEqual(await keptFiles(page), [], 'nothing kept');
  assert.doesNotMatch(await page.textContent('#app main'), /is kept on this device/);
  assert.deepEqual(watch.errors, []);
  await context.close();
});

test('what Keep would refuse is listed at its line, and Try it never shows it (defects 18, 14, 28)', async () => {
  const { context, page, watch } = await openFresh(app, '#/author');
  await openAuthor(page);
  const attack = sound.replace('takes her phone.', 'takes her phone.\n\n### Sub {onclick=alert(1) style=position:fixed autofocus}\n\n[top](#top) ![icon](icons/icon-192.png)');
  await openFile(page, 'amira-bus-station.md', attack);
  const line = attack.split('\n').findIndex((l) => l.startsWith('### Sub')) + 1;
  await summary(page, /^[1-9]\d* problems? and/);
  const problems = await page.textContent('.problem-errors');
  assert.match(problems, new RegExp(`Line ${line}: .*braces`));
  assert.match(problems, new RegExp(`Line ${line + 2}: .*same page`));
  assert.match(problems, new RegExp(`Line ${line + 2}: .*images`));
  assert.equal(await page.locator('.try-it').count(), 0, 'nothing to try while there are problems');
  assert.equal(await page.locator('[onclick], [onmouseover], [autofocus], #app main [style]').count(), 0);
  // A subheading named like the player's own ids gets no id, so it takes none of theirs.
  await page.fill('#author-text', sound.replace('takes her phone.', 'takes her phone.\n\n### Choice 1\n\n### Scene heading'));
  await summary(page, CLEAN);
  await page.click('text=Play from here');
  await page.waitForSelector('.trial .prose h3');
  assert.equal(await page.locator('.trial .prose h3[id]').count(), 0);
  assert.deepEqual(watch.errors, []);
  await context.close();
});

test('a pathological file is answered at once with the limit it passes, and the page stays responsive (defects 15, 16)', async () => {
  const { context, page, watch } = await openFresh(app, '#/author');
  await openAuthor(page);
  await openFile(page, 'deep.md', sound.replace('takes her phone.', `takes her phone.\n\n${'>'.repeat(50_000)} deep`));
  await summary(page, /^1 problem and/);
  assert.match(await page.textContent('.problem-errors'), /nests more deeply/);
  // Many variables in a loop: checked off the page's thread, which keeps answering.
  const vars = Array.from({ length: 15 }, (_, i) => `v${i} = 0`).join('\n');
  const loop = sound.replace('listened = false', `listened = false\n${vars}`)
    .replace('  set: listened = true\n', `  set: listened = true\n* Round again -> first-meeting\n  rating: ok\n  feedback: Going round again.\n  set: ${Array.from({ length: 15 }, (_, i) => `v${i} + 1`).join(', ')}\n`);
  await page.fill('#author-text', loop);
  const started = Date.now();
  let longest = 0;
  while (!CLEAN.test((await page.textContent('#check-summary')) ?? '') && Date.now() - started < 20_000) {
    const t = Date.now();
    await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => r())));
    longest = Math.max(longest, Date.now() - t);
  }
  assert.match(await page.textContent('#check-summary'), CLEAN, 'checked');
  assert.ok(longest < 500, `the page answered a frame within ${longest} ms while checking`);
  assert.deepEqual(watch.errors, []);
  await context.close();
});

test('deleting a scenario written here, after playing it, leaves an export that imports back (defect 1)', async () => {
  const { context, page, watch } = await openFresh(app, '#/author');
  await openAuthor(page);
  await openFile(page, 'my-own-case.md', sound);
  await summary(page, CLEAN);
  await keep(page);
  await goTo(page, '#/scenarios/my-own-case');
  await page.click('text=Start the scenario');
  await page.locator('.choices label').first().click();
  await page.click('.choices button[type=submit]');
  await page.waitForFunction(() => JSON.parse(localStorage.getItem('recognise-respond')).scenarios?.['my-own-case']);
  await goTo(page, '#/author');
  await openAuthor(page);
  await page.click('.authored button:has-text("Delete")');
  await page.click('text=Yes, delete it');
  await page.waitForFunction(() => /was deleted from this device/.test(document.body.textContent));
  assert.equal(await page.evaluate(() => JSON.parse(localStorage.getItem('recognise-respond')).scenarios?.['my-own-case'] ?? null), null, 'its progress went with it');
  await goTo(page, '#/data');
  const [exported] = await Promise.all([page.waitForEvent('download'), page.click('text=Export my data to a file')]);
  await page.setInputFiles('#import-file', { name: 'back.json', mimeType: 'application/json', buffer: readFileSync(await exported.path()) });
  await page.click('text=Replace my data with this file');
  await page.waitForFunction(() => /imported/i.test(document.querySelector('#app main')?.textContent ?? ''));
  assert.doesNotMatch(await page.textContent('#app main'), /does not have/);
  assert.deepEqual(watch.errors, []);
  await context.close();
});

test('a kept scenario whose name the app now uses for its own is renamed, said, and still listed (defect 8)', async () => {
  const { context, page, watch } = await openFresh(app, '#/author');
  await openAuthor(page);
  await openFile(page, 'amira-bus-station.md', sound);
  await summary(page, CLEAN);
  await keep(page);
  // As if a later version had added a scenario called kobe, which this one was kept as.
  await page.evaluate(() => {
    const kept = localStorage.getItem('recognise-respond');
    localStorage.setItem('recognise-respond', kept.replace('"file":"amira-bus-station.md"', '"file":"kobe.md"').replace('"id":"amira-bus-station"', '"id":"kobe"'));
  });
  await page.reload();
  await goTo(page, '#/scenarios');
  await page.waitForSelector('.scenario-card:has-text("Amira at the bus station")');
  assert.match(await page.textContent('.messages'), /kept as kobe\.md[\s\S]*now kept as kobe-local\.md/);
  assert.deepEqual(await keptFiles(page), ['kobe-local.md']);
  assert.deepEqual(watch.errors, []);
  await context.close();
});

test('a check that takes too long is stopped and said in words, and Retry starts a new checker (defects 15, 16)', async () => {
  // A desk screen, so going to the author screen does not load another build (and lose this).
  const { context, page, watch } = await openFresh(app, '#/data');
  // The first checker started never answers a check, as if stuck in one.
  await page.evaluate(() => {
    const start = window.rrCheckerWorker;
    window.rrCheckerWorker = () => {
      const worker = start();
      if (!window.rrStalled) {
        window.rrStalled = true;
        const post = worker.postMessage.bind(worker);
        worker.postMessage = (m) => (m?.type === 'check' ? undefined : post(m));
      }
      return worker;
    };
  });
  await goTo(page, '#/author');
  await openAuthor(page);
  await openFile(page, 'amira-bus-station.md', sound);
  await page.waitForSelector('#check-stopped');
  assert.match(await page.textContent('#check-stopped'), /This check took too long and was stopped/);
  assert.doesNotMatch(await page.textContent('#app main'), /JsValue|RuntimeError/);
  await page.click('#check-stopped button:has-text("Retry")');
  assert.match(await summary(page, CLEAN), CLEAN);
  assert.equal(await page.locator('#check-stopped').count(), 0);
  assert.deepEqual(watch.errors, []);
  await context.close();
});

test('a scenario carried across a switch that cannot be read back whole still gives back its text, and says so', async () => {
  for (const [stored, expected] of [
    // An older form that held the text alone.
    [JSON.stringify('## first: Carried in an old form\nText.'), '## first: Carried in an old form'],
    // Cut short: not JSON at all.
    ['{"file":"mine.md","text":"## first: Cut short', '## first: Cut short'],
  ]) {
    const context = await app.browser.newContext();
    const { page, watch } = await watchedPage(context);
    await page.addInitScript((s) => {
      if (!sessionStorage.getItem('seeded')) {
        sessionStorage.setItem('recognise-respond.draft', s);
        sessionStorage.setItem('seeded', '1');
      }
    }, stored);
    await openApp(page, app.server.url, '#/author');
    await page.waitForFunction((e) => (document.querySelector('#author-text')?.value ?? '').includes(e), expected);
    await page.waitForSelector('text=could not be read back whole');
    assert.equal(await page.inputValue('#author-file'), 'my-scenario.md');
    assert.equal(await page.evaluate(() => sessionStorage.getItem('recognise-respond.draft')), null, 'read once');
    assert.deepEqual(watch.errors, []);
    await context.close();
  }
});
