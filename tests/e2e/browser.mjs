// Headless Chromium (Debian's package) driven by playwright-core, with the flags that keep it
// from reaching the internet, plus helpers every end-to-end test uses.
import { chromium } from 'playwright-core';
import { before, after } from 'node:test';
import { serve } from './server.mjs';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const AXE_SOURCE = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

export const CHROMIUM = process.env.CHROMIUM ?? '/usr/bin/chromium';
export const FLAGS = [
  '--headless', '--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage',
  '--disable-background-networking', '--disable-component-update', '--no-first-run',
  '--disable-sync', '--disable-quic', '--disable-default-apps', '--disable-extensions',
];

/**
 * Chromium with the project's flags. With `CPU_SLOWDOWN=N` in the environment (N > 1), every
 * page of every context is run with its CPU slowed N times (DevTools' CPU throttling), so the
 * whole suite can be run as a slow phone would run it: every assertion must still hold.
 */
export async function launch() {
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: FLAGS });
  const rate = Number(process.env.CPU_SLOWDOWN ?? 1);
  if (rate > 1) {
    const newContext = browser.newContext.bind(browser);
    browser.newContext = async (options) => {
      const context = await newContext(options);
      context.on('page', async (page) => {
        try {
          const cdp = await context.newCDPSession(page);
          await cdp.send('Emulation.setCPUThrottlingRate', { rate });
        } catch {
          // A page closed before it could be slowed: nothing to slow.
        }
      });
      return context;
    };
  }
  return browser;
}

/**
 * A page that records every request and every console error and page error.
 * `watch.requests` holds { url, method }; `watch.errors` holds strings.
 */
export async function watchedPage(context) {
  const page = await context.newPage();
  const watch = { requests: [], errors: [] };
  page.on('request', (r) => watch.requests.push({ url: r.url(), method: r.method() }));
  page.on('console', (m) => { if (m.type() === 'error') watch.errors.push(`console: ${m.text()}`); });
  page.on('pageerror', (e) => watch.errors.push(`pageerror: ${e.message}`));
  return { page, watch };
}

/** Opens the app at `hash` and waits for it to start. */
export async function openApp(page, baseUrl, hash = '#/') {
  await page.goto(baseUrl + hash);
  await page.waitForSelector('#app main h1');
}

/**
 * Goes to `hash` inside the running app, as a link would, and returns once the app has taken
 * the change: the browser tells the page of a new address a moment later, and until then the old
 * screen (with its heading) is still there, so a test that moved a fake clock on straight away
 * would count that time on the old screen. The wait is for the `hashchange` the app follows: a
 * listener added after the app's runs after the app's, and after the reactive work it set off.
 */
export async function goTo(page, hash) {
  await page.evaluate((h) => new Promise((resolve) => {
    if (window.location.hash === h) { resolve(); return; }
    // This change's own event (one from an earlier change may still be on its way).
    const mine = (e) => {
      if (new URL(e.newURL).hash !== h) return;
      window.removeEventListener('hashchange', mine);
      resolve();
    };
    window.addEventListener('hashchange', mine);
    window.location.hash = h;
  }), hash);
  await page.waitForFunction((h) => window.location.hash === h && document.querySelector('#app main h1'), hash);
}

/**
 * Opens the folded section (`<details>`) whose summary reads `text`, as a person would: clicks
 * the summary and waits until the section is open. A click can miss a summary that moved under
 * the pointer while a heavily loaded machine was between the press and the release (the page
 * then gets no click at all), so a section still shut after the click is clicked once more and
 * the retry is reported on the test's output. It must still be the same section: one the app
 * drew again, shut, fails here, since a person would lose what they had opened.
 */
export async function openDetails(page, text) {
  const summary = page.locator('details > summary', { hasText: text }).first();
  await summary.evaluate((s) => { s.parentElement.__rrMarked = true; });
  for (let attempt = 1; attempt <= 2; attempt++) {
    await summary.click();
    const open = await page.waitForFunction(
      (t) => [...document.querySelectorAll('details > summary')].find((s) => s.textContent.includes(t))?.parentElement.open,
      text, { timeout: 3000 },
    ).then(() => true, () => false);
    const same = await summary.evaluate((s) => s.parentElement.__rrMarked === true);
    if (!same) throw new Error(`the section "${text}" was drawn again, shut, after it was clicked`);
    if (open) return;
    if (attempt === 1) console.log(`# openDetails: "${text}" was still shut after a click; clicking again`);
  }
  throw new Error(`the section "${text}" did not open when its summary was clicked twice`);
}

/** Runs axe-core with the WCAG 2.2 A and AA rules; returns the violations. */
export async function axeViolations(page) {
  // Evaluated over the DevTools protocol, so the page's strict CSP still applies to the app.
  await page.evaluate(AXE_SOURCE);
  return page.evaluate(async () => {
    const result = await window.axe.run(document, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'] },
    });
    return result.violations.map((v) => ({
      id: v.id,
      impact: v.impact,
      help: v.help,
      nodes: v.nodes.slice(0, 3).map((n) => n.target.join(' ')),
    }));
  });
}

/** Presses Tab until the focused element matches `predicate` (evaluated in the page). */
export async function tabTo(page, selector, max = 250) {
  for (let i = 0; i < max; i++) {
    await page.keyboard.press('Tab');
    if (await page.evaluate((s) => document.activeElement?.matches(s) ?? false, selector)) return;
  }
  throw new Error(`could not reach ${selector} with the Tab key`);
}

/**
 * The release build served on loopback and a browser, started before a test file's tests and
 * stopped after them. Use `app.server` and `app.browser` inside tests.
 */
export function appUnderTest(dist = process.env.DIST ?? 'dist') {
  const app = {};
  before(async () => {
    app.server = await serve(dist);
    app.browser = await launch();
  });
  after(async () => {
    await app.browser?.close();
    await app.server?.close();
  });
  return app;
}

/** A new browser context with a watched page, opened on the app at `hash`. */
export async function openFresh(app, hash) {
  const context = await app.browser.newContext();
  const { page, watch } = await watchedPage(context);
  await openApp(page, app.server.url, hash);
  return { context, page, watch };
}

/** Opens scenario `id`, starts it and takes its first choice; waits for the feedback. */
export async function takeFirstDecision(page, id) {
  await goTo(page, `#/scenarios/${id}`);
  await page.click('text=Start the scenario');
  await page.locator('.choices label').first().click();
  await page.click('.choices button[type=submit]');
  await page.waitForSelector('#feedback-heading');
}

/**
 * Before the app first starts in `page`, puts `text` in local storage as the app's saved data
 * (once per tab: a reload finds what the app itself wrote since).
 */
export async function seedSavedData(page, text) {
  await page.addInitScript((t) => {
    if (!sessionStorage.getItem('seeded')) {
      localStorage.setItem('recognise-respond', t);
      sessionStorage.setItem('seeded', '1');
    }
  }, text);
}
