// Two real tabs driven through random sequences of real actions (tick, keep, type a note, open a
// page, erase, clear, import, keep a scenario written here, switch to the desk build), with the
// invariants checked after every step:
//   1. what is stored always parses, and is the app's own format;
//   2. nothing erased or cleared returns: every tick and note stored was given after the last
//      erase, clear or import (or came with the import);
//   3. no typed text is lost without a message: a note left in a box is still there, or the tab
//      says why it went (cleared, erased, replaced);
//   4. no page error, ever.
// The sequence is drawn from a seeded generator: a failure prints the seed and the steps, and
// SEED=<n> runs that sequence again. RUNS and STEPS set how many (bounded for CI's time).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { appUnderTest, watchedPage, openApp, goTo } from './browser.mjs';

const app = appUnderTest();
const RUNS = Number(process.env.RUNS ?? 2);
const STEPS = Number(process.env.STEPS ?? 30);
const SEED = Number(process.env.SEED ?? 20261206);
const SIGNS = ['cce-debt', 'goes-missing', 'self-harm', 'isolated'];
const NOTES = ['referral-account', 'referral-seen'];

/** A small seeded generator (mulberry32), so a failing sequence can be run again. */
function generator(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const stored = (page) => page.evaluate(() => localStorage.getItem('recognise-respond'));
const hashOf = (page) => page.evaluate(() => location.hash);
const messagesOf = (page) => page.evaluate(() => document.querySelector('.messages')?.textContent ?? '');

async function at(page, hash) {
  if ((await hashOf(page)) !== hash) await goTo(page, hash);
}

/** Waits for the app to be running in `page` after anything that may have reloaded it. */
async function settled(page) {
  await page.waitForFunction(() => document.documentElement.getAttribute('data-app') && document.querySelector('#app main h1'), null, { timeout: 30000 });
}

/** A file the app's own export writes, holding one kept tick. */
const IMPORT = {
  app: 'recognise-respond',
  format: 8,
  data: {
    version: 8,
    nation: 'scotland',
    checklist: { immediate_danger: false, age: 'not-known', ticked: ['isolated'], judgement: null },
  },
};

function actions(model) {
  return {
    async tick(page, tab) {
      await at(page, '#/check');
      const sign = model.pick(SIGNS);
      await page.click(`#sign-${sign}`);
      model.given.ticks.add(sign);
      return `tick ${sign}`;
    },
    async keep(page) {
      await at(page, '#/check');
      await page.click('#keep-answers');
      return 'toggle keep';
    },
    async note(page, tab) {
      await at(page, '#/refer');
      await page.waitForSelector('#referral-account');
      const field = model.pick(NOTES);
      const text = `note ${model.count++}`;
      await page.fill(`#${field}`, text);
      await page.press(`#${field}`, 'Tab');
      model.given.notes.add(text);
      model.typed[tab] = { field, text };
      return `note ${field}=${text}`;
    },
    async open(page) {
      await at(page, model.pick(['#/about', '#/', '#/guidance', '#/scenarios']));
      return 'open a page';
    },
    async erase(page) {
      await at(page, '#/data');
      await settled(page);
      await page.click('button:has-text("Erase everything")');
      await page.click('text=Yes, erase everything');
      await page.waitForFunction(() => /has been erased/.test(document.querySelector('.data-outcome')?.textContent ?? ''));
      model.forget();
      return 'erase';
    },
    async clear(page) {
      await at(page, '#/check');
      const keeping = await page.isChecked('#keep-answers');
      await page.click('text=Clear all answers');
      // What the other tab holds only in memory is its own and may be kept later, so a clear is
      // not a forgetting of everything given (tabs.test.mjs checks a clear on its own).
      return `clear (keeping: ${keeping})`;
    },
    async import(page) {
      await at(page, '#/data');
      await settled(page);
      await page.waitForSelector('#import-file');
      await page.setInputFiles('#import-file', { name: 'data.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(IMPORT)) });
      await page.click('text=Replace my data with this file');
      await page.waitForFunction(() => /imported/i.test(document.querySelector('.data-outcome')?.textContent ?? ''));
      assert.match(await page.textContent('.data-outcome'), /The file was imported/);
      model.forget();
      model.given.ticks.add('isolated');
      return 'import';
    },
    async desk(page) {
      await at(page, '#/record');
      await settled(page);
      return 'open the desk build';
    },
  };
}

function newModel(random) {
  const model = {
    random,
    count: 0,
    given: { ticks: new Set(), notes: new Set() },
    typed: {},
    pick: (list) => list[Math.floor(random() * list.length)],
    forget() {
      model.given = { ticks: new Set(), notes: new Set() };
    },
  };
  return model;
}

async function checkInvariants(tabs, model, log) {
  const raw = await stored(tabs[0].page);
  // Notes the tabs show were given (they are checked as stored ones are below).
  let data = null;
  assert.doesNotThrow(() => { data = JSON.parse(raw ?? 'null'); }, `stored data parses\n${log.join('\n')}`);
  if (data !== null) {
    assert.equal(typeof data.version, 'number', `stored data is the app's format\n${log.join('\n')}`);
    for (const tick of data.checklist?.ticked ?? []) {
      assert.ok(model.given.ticks.has(tick), `tick ${tick} was erased or cleared and came back\n${log.join('\n')}`);
    }
    for (const note of Object.values(data.checklist?.referral ?? {})) {
      if (typeof note === 'string' && note) assert.ok(model.given.notes.has(note), `note "${note}" was erased and came back\n${log.join('\n')}`);
    }
  }
  for (const [i, tab] of tabs.entries()) {
    assert.deepEqual(tab.watch.errors, [], `no page error in tab ${i}\n${log.join('\n')}`);
    const typed = model.typed[i];
    if (!typed || !(await hashOf(tab.page)).startsWith('#/refer')) continue;
    const box = await tab.page.$(`#${typed.field}`);
    if (!box) continue;
    const value = await box.inputValue();
    // Another tab's note, kept after this one (both tabs keeping): the newer note wins.
    if (value !== typed.text && !(value && model.given.notes.has(value))) {
      const said = await messagesOf(tab.page);
      assert.match(said, /cleared|erased|replaced|imported/, `the note typed in tab ${i} went without a message\n${log.join('\n')}`);
    }
    if (value !== typed.text) delete model.typed[i];
  }
}

for (let run = 0; run < RUNS; run++) {
  const seed = SEED + run;
  test(`two tabs, ${STEPS} random actions, seed ${seed}: nothing erased returns, nothing typed is lost unsaid, storage always parses`, async () => {
    const random = generator(seed);
    const model = newModel(random);
    const context = await app.browser.newContext();
    const tabs = [];
    for (const hash of ['#/check', '#/']) {
      const tab = await watchedPage(context);
      await openApp(tab.page, app.server.url, hash);
      tabs.push(tab);
    }
    const steps = actions(model);
    const weights = [['tick', 5], ['keep', 2], ['note', 3], ['open', 2], ['erase', 1], ['clear', 1], ['import', 1], ['desk', 1]];
    const total = weights.reduce((n, [, w]) => n + w, 0);
    const log = [`seed ${seed}`];
    for (let step = 0; step < STEPS; step++) {
      let r = random() * total;
      const [name] = weights.find(([, w]) => (r -= w) < 0) ?? weights[0];
      const tab = random() < 0.5 ? 0 : 1;
      const page = tabs[tab].page;
      log.push(`${step}: tab ${tab} ${await steps[name](page, tab)}`);
      // Let the other tab hear of it before checking.
      await tabs[1 - tab].page.evaluate(() => new Promise((r) => setTimeout(r, 50)));
      await checkInvariants(tabs, model, log);
    }
    await context.close();
  });
}
