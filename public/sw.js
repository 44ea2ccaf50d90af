// The service worker: keeps every file of this build so the app works with no network after
// one visit. scripts/post-build.mjs fills in BUILD (a fingerprint of the build) and FILES (every
// file of it). It never fetches from another origin and never sends anything.
const BUILD = '__BUILD__';
const FILES = __FILES__;
// Files kept only once the app has fetched them (the author screen's checker), so a phone that
// never opens that screen never downloads them.
const ON_DEMAND = __ON_DEMAND__;
// The Welsh file and the Welsh first paint: kept once a Welsh reader's page asks ('keep-welsh'),
// and by every later version on a device that kept them.
const WELSH = __WELSH__;
const CACHE = `recognise-respond-${BUILD}`;

self.addEventListener('install', (event) => {
  event.waitUntil((async () => {
    const cache = await caches.open(CACHE);
    await cache.addAll(FILES.map((f) => new Request(f, { cache: 'reload' })));
    // A device that kept the Welsh of an earlier version keeps this version's too.
    for (const key of await caches.keys()) {
      if (key === CACHE || !key.startsWith('recognise-respond-')) continue;
      const old = await caches.open(key);
      if ((await old.keys()).some((r) => /\/content-cy-[0-9a-f]+\.json$/.test(r.url))) {
        await cache.addAll(WELSH).catch(() => {});
        break;
      }
    }
  })());
});

// A new version takes over only when the person chooses (the app sends 'switch').
self.addEventListener('message', (event) => {
  if (event.data === 'switch') self.skipWaiting();
  // The author screen has its checker: keep it for offline use now, even if it was fetched
  // before this worker controlled the page (a first visit straight to the author screen).
  if (event.data === 'keep-checker') {
    event.waitUntil(caches.open(CACHE).then((cache) => cache.addAll(ON_DEMAND)).catch(() => {}));
  }
  if (event.data === 'keep-welsh') {
    event.waitUntil(caches.open(CACHE).then((cache) => cache.addAll(WELSH)).catch(() => {}));
  }
});

self.addEventListener('activate', (event) => {
  event.waitUntil((async () => {
    for (const key of await caches.keys()) {
      if (key.startsWith('recognise-respond-') && key !== CACHE) await caches.delete(key);
    }
    await self.clients.claim();
  })());
});

self.addEventListener('fetch', (event) => {
  const request = event.request;
  if (request.method !== 'GET' || new URL(request.url).origin !== self.location.origin) return;
  event.respondWith((async () => {
    const cache = await caches.open(CACHE);
    // Every address of the app is index.html plus a #fragment.
    const kept = request.mode === 'navigate' ? await cache.match('index.html') : await cache.match(request, { ignoreSearch: true });
    if (kept) return kept;
    const path = request.url.startsWith(self.registration.scope) ? request.url.slice(self.registration.scope.length).split(/[?#]/)[0] : '';
    if (ON_DEMAND.includes(path) || WELSH.includes(path)) {
      const response = await fetch(request);
      if (response.ok) event.waitUntil(cache.put(request, response.clone()));
      return response;
    }
    // Not kept: the person erased the offline files (or the browser cleared them). Answer from
    // the network, and keep every file of the build again, so the next visit works offline.
    const response = await fetch(request);
    event.waitUntil(keepAgain());
    return response;
  })());
});

let keeping = null;
function keepAgain() {
  keeping ??= caches.open(CACHE)
    .then((cache) => cache.addAll(FILES.map((f) => new Request(f, { cache: 'reload' }))))
    .catch(() => {})
    .finally(() => { keeping = null; });
  return keeping;
}
