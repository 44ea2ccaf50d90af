// The service worker: keeps every file of this build so the app works with no network after
// one visit. scripts/post-build.mjs fills in BUILD (a fingerprint of the build) and FILES (every
// file of it). It never fetches from another origin and never sends anything.
const BUILD = '__BUILD__';
const FILES = __FILES__;
const CACHE = `recognise-respond-${BUILD}`;

self.addEventListener('install', (event) => {
  event.waitUntil(caches.open(CACHE).then((cache) => cache.addAll(FILES.map((f) => new Request(f, { cache: 'reload' })))));
});

// A new version takes over only when the person chooses (the app sends 'switch').
self.addEventListener('message', (event) => {
  if (event.data === 'switch') self.skipWaiting();
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
    if (request.mode === 'navigate') {
      return (await cache.match('index.html')) ?? fetch(request);
    }
    return (await cache.match(request, { ignoreSearch: true })) ?? fetch(request);
  })());
});
