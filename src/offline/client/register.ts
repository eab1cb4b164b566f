/**
 * Offline reading on every page: registers the service worker, says when the handbook is
 * saved for offline use, and when a new edition is ready.
 */

function say(message: string, action?: { label: string; run: () => void }): void {
  const status = document.querySelector<HTMLElement>('.offline-status');
  if (!status) return;
  status.textContent = message;
  if (action) {
    const button = document.createElement('button');
    button.type = 'button';
    button.textContent = action.label;
    button.addEventListener('click', action.run);
    status.append(' ', button);
  }
  status.hidden = false;
}

async function setupOffline(): Promise<void> {
  if (!('serviceWorker' in navigator) || !import.meta.env.PROD) return;
  const base = import.meta.env.BASE_URL;
  // Some browsers (and private modes) refuse or hide service workers: then the site simply stays online-only.
  const registration = await navigator.serviceWorker.register(`${base}sw.js`, { scope: base }).catch(() => undefined);
  if (!registration) return;
  const firstInstall = !navigator.serviceWorker.controller;

  const offerUpdate = (worker: ServiceWorker) =>
    say('资料汇编有新版本。', {
      label: '更新到新版本',
      run: () => {
        navigator.serviceWorker.addEventListener('controllerchange', () => location.reload(), { once: true });
        worker.postMessage({ type: 'skip-waiting' });
      },
    });

  const watch = (worker: ServiceWorker) => {
    worker.addEventListener('statechange', () => {
      if (worker.state === 'installed' && navigator.serviceWorker.controller) offerUpdate(worker);
      if (worker.state === 'activated' && firstInstall) say('已可离线阅读：没有网络时也能打开本资料汇编。');
    });
  };

  if (registration.waiting && navigator.serviceWorker.controller) offerUpdate(registration.waiting);
  if (registration.installing) {
    if (firstInstall) say('正在保存离线副本……');
    watch(registration.installing);
  }
  registration.addEventListener('updatefound', () => registration.installing && watch(registration.installing));
  if (registration.active && !registration.installing && !registration.waiting && !firstInstall) {
    document.querySelector('.offline-status')?.setAttribute('data-offline-ready', '');
  }
}

void setupOffline();
