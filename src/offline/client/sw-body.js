// Service worker body. The build prepends EDITION, BASE and PRECACHE (src/offline/integration.ts).
/* global EDITION, BASE, PRECACHE */
const CACHE = `handbook-${EDITION}`;
const PDF_CACHE = 'handbook-pdf';

self.addEventListener('install', (event) => {
  event.waitUntil(
    (async () => {
      const cache = await caches.open(CACHE);
      // Small batches: a slow village connection should not open dozens of requests at once.
      for (let i = 0; i < PRECACHE.length; i += 6) await cache.addAll(PRECACHE.slice(i, i + 6));
    })(),
  );
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    (async () => {
      for (const key of await caches.keys()) {
        if (key.startsWith('handbook-') && key !== CACHE && key !== PDF_CACHE) await caches.delete(key);
      }
      await self.clients.claim();
    })(),
  );
});

self.addEventListener('message', (event) => {
  if (event.data?.type === 'skip-waiting') self.skipWaiting();
  if (event.data?.type === 'edition') event.source?.postMessage({ type: 'edition', edition: EDITION });
});

async function fromCacheOrNetwork(request) {
  // Search pages carry ?q=…, Pagefind adds ?ts=…: the cached copy is the same file.
  // Module scripts send an Origin header; a cached copy stored without one still serves (ignoreVary).
  const cached = await caches.match(request, { ignoreSearch: true, ignoreVary: true });
  if (cached) return cached;
  try {
    return await fetch(request);
  } catch (error) {
    if (request.mode === 'navigate') return (await caches.match(`${BASE}404.html`)) ?? Response.error();
    throw error;
  }
}

async function pdfOnDemand(request) {
  const cache = await caches.open(PDF_CACHE);
  try {
    const response = await fetch(request);
    if (response.ok) await cache.put(request, response.clone());
    return response;
  } catch {
    return (await cache.match(request)) ?? Response.error();
  }
}

self.addEventListener('fetch', (event) => {
  const { request } = event;
  const url = new URL(request.url);
  if (request.method !== 'GET' || url.origin !== self.location.origin || !url.pathname.startsWith(BASE)) return;
  event.respondWith(url.pathname.endsWith('.pdf') ? pdfOnDemand(request) : fromCacheOrNetwork(request));
});
