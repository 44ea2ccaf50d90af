// Every screen of the app with the heading it shows, for the tests that sweep them all. The
// guidance pages and scenarios are read from content/, so a new file is swept at once.
import { readdirSync, readFileSync } from 'node:fs';

/** Each file of content/<folder>, as [its address under #/<route>/, its title as a pattern]. */
export function screensIn(folder, route) {
  return readdirSync(new URL(`../../content/${folder}/`, import.meta.url))
    .filter((f) => f.endsWith('.md'))
    .map((f) => {
      const text = readFileSync(new URL(`../../content/${folder}/${f}`, import.meta.url), 'utf8');
      const title = text.match(/^title = "(.*)"$/m)[1];
      return [`#/${route}/${f.replace(/\.md$/, '')}`, title.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')];
    });
}
export const GUIDANCE = screensIn('guidance', 'guidance');
export const SCENARIOS = screensIn('scenarios', 'scenarios');

export const ROUTES = [
  ['#/', 'Recognise'],
  ['#/guidance', 'Guidance'],
  ...GUIDANCE,
  ['#/glossary', 'Glossary'],
  ['#/search', 'Search'],
  ['#/check', 'Check signs'],
  ['#/scenarios', 'Scenarios'],
  ...SCENARIOS,
  ['#/nation', 'Your UK nation'],
  ['#/about', 'About this app'],
  ['#/privacy', 'Privacy'],
  ['#/data', 'Your data on this device'],
  ['#/changes', 'What changed'],
  ['#/contacts', 'Contacts and helplines'],
  ['#/record', 'Your learning record'],
  ['#/refer', 'Prepare your referral'],
  ['#/author', 'Write a scenario'],
  ['#/workshop', 'Workshop mode'],
  ['#/workshop/present', 'Workshop'],
  ['#/workshop/room', 'Workshop'],
  ...screensIn('scenarios', 'workshop/handout'),
  ...screensIn('scenarios', 'workshop/sheet'),
  ['#/workshop/sessions/1', 'Session not found'],
  ['#/no-such-page', 'Page not found'],
];

