/**
 * The address bar as a tiny external store for React's useSyncExternalStore. The wizard
 * moves with history.pushState/replaceState and then calls `announce()`; Back and Forward
 * fire popstate. Relying on the framework router to notice pushState was racy on slow
 * phones: a tap just after the page loaded could change the address but not the page.
 */
const EVENT = 'wizard:address';

/** Kept in the state of each history entry the wizard pushes: the address it was pushed from. */
const FROM = 'wizardFrom';

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

/**
 * The address for one page of the wizard. While a page is being drawn after a link from
 * another page (the router's own move), the address bar still shows the page being left, so
 * until React subscribes, after that page is on screen, it reads the address the server drew;
 * a step is then never drawn from the old address first.
 */
export function addressFrom(initialSearch: string) {
  let live = false;
  return {
    subscribe(notify: () => void) {
      live = true;
      const stop = subscribeToAddress(notify);
      notify();
      return stop;
    },
    read: () => (live ? currentSearch() : initialSearch),
  };
}

function cameFrom(): string | null {
  const from: unknown = window.history.state?.[FROM];
  return typeof from === 'string' ? from : null;
}

export function moveTo(href: string, mode: 'push' | 'replace'): void {
  if (mode === 'push') {
    window.history.pushState(
      { [FROM]: window.location.pathname + window.location.search },
      '',
      href,
    );
  } else {
    // The entry before stays the same, so what this one was pushed from still holds.
    const from = cameFrom();
    window.history.replaceState(from === null ? null : { [FROM]: from }, '', href);
  }
  window.dispatchEvent(new Event(EVENT));
}

/**
 * Goes back in history when the entry before this one is the address `href`, so that the
 * phone's own Back does not return to the step just left; false (and nothing done) otherwise.
 */
export function backTo(href: string): boolean {
  const target = new URL(href, window.location.href);
  if (cameFrom() !== target.pathname + target.search) return false;
  window.history.back();
  return true;
}
