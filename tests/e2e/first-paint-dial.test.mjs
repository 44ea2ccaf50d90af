// The home screen's contacts are drawn by public/first-paint.js before the app starts, with its
// own copy of the dial rule in crates/core/src/contacts.rs. Both are tested against the same
// numbers (tests/fixtures/dial.json; the Rust side in contacts.rs's tests), so they cannot drift:
// every number the app keeps is dialled here exactly as the app dials it, and a number the first
// paint does not draw is left for the app. Needs no browser.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';

const source = readFileSync(new URL('../../public/first-paint.js', import.meta.url), 'utf8');
const body = /\/\/ first-paint-dial:start\n([\s\S]*?)\/\/ first-paint-dial:end/.exec(source);
assert.ok(body, 'first-paint.js marks its dial rule');
const firstPaintDial = new Function(`${body[1]}\nreturn firstPaintDial;`)();
const cases = JSON.parse(readFileSync(new URL('../fixtures/dial.json', import.meta.url), 'utf8'));

test('the first paint dials every kept number as the app does', () => {
  for (const c of cases.filter((c) => c.kept !== null)) {
    assert.equal(firstPaintDial(c.kept), c.dial, `${JSON.stringify(c.kept)}: ${c.why}`);
  }
  // Defect 27: every "(0)" after +44 is left out, not only the first.
  assert.equal(firstPaintDial('+44 (0)20 (0)7946 0000'), 'tel:+442079460000');
});

test('a number as stored, however odd, is either dialled as the app dials it or not drawn', () => {
  for (const c of cases) {
    const dialled = firstPaintDial(c.number);
    assert.ok(dialled === null || dialled === c.dial, `${JSON.stringify(c.number)} gave ${dialled}: ${c.why}`);
  }
  // Defect 26: a direction mark before the + never makes the trunk 0 dialled.
  assert.equal(firstPaintDial('\u200e+44 (0)20 7946 0000'), null);
  assert.equal(firstPaintDial('\uff10\uff12\uff10 7946 0000'), null, 'full-width digits are refused here too');
});
