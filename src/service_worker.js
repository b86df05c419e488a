// SKP Mandiri's service worker: keeps the app's own files on the device so that it opens and
// reloads without a network (a workshop room whose server went away, a phone offline).
// scripts/post-build.mjs fills in VERSION and FILES (every built file, each page's WebAssembly
// chunk included) after each Trunk build. It never touches requests to other origins, and the
// app makes none.
const VERSION = '__VERSION__';
const FILES = __FILES__;
const CACHE = `skp-mandiri-${VERSION}`;

self.addEventListener('install', (event) => {
  event.waitUntil(
    caches
      .open(CACHE)
      // Past the HTTP cache: a plain server's old index.html must not join the new files.
      .then((cache) => cache.addAll(['./', ...FILES].map((f) => new Request(f, { cache: 'reload' })))),
  );
});

// A new version waits while a page of the old one is open, until the person chooses to load
// it (the page saves first): an update never swaps the files under unsaved work.
self.addEventListener('message', (event) => {
  if (event.data === 'skip-waiting') self.skipWaiting();
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    caches
      .keys()
      .then((keys) =>
        Promise.all(
          keys
            .filter((key) => key.startsWith('skp-mandiri-') && key !== CACHE)
            .map((key) => caches.delete(key)),
        ),
      )
      .then(() => self.clients.claim()),
  );
});

self.addEventListener('fetch', (event) => {
  const request = event.request;
  if (request.method !== 'GET' || new URL(request.url).origin !== self.location.origin) return;
  if (request.mode === 'navigate') {
    // The page itself: the newest from the server when there is one, else the kept copy.
    event.respondWith(
      fetch(request).catch(() =>
        caches.match('./').then((kept) => kept || caches.match('index.html')),
      ),
    );
    return;
  }
  // One version's files never change (the WebAssembly sits in a folder named after its
  // content): the kept copy is always right.
  event.respondWith(caches.match(request).then((kept) => kept || fetch(request)));
});
