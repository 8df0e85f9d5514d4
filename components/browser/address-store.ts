/**
 * The address bar as a tiny external store for React's useSyncExternalStore. The wizard
 * moves with history.pushState/replaceState and then calls `announce()`; Back and Forward
 * fire popstate. Relying on the framework router to notice pushState was racy on slow
 * phones: a tap just after the page loaded could change the address but not the page.
 */
const EVENT = 'wizard:address';

export function subscribeToAddress(notify: () => void): () => void {
  window.addEventListener('popstate', notify);
  window.addEventListener(EVENT, notify);
  return () => {
    window.removeEventListener('popstate', notify);
    window.removeEventListener(EVENT, notify);
  };
}

/** The query string without its "?". */
export function currentSearch(): string {
  return window.location.search.replace(/^\?/, '');
}

export function moveTo(href: string, mode: 'push' | 'replace'): void {
  window.history[mode === 'push' ? 'pushState' : 'replaceState'](null, '', href);
  window.dispatchEvent(new Event(EVENT));
}
