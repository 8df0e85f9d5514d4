import { subscribeToAddress } from './address-store';

/**
 * Links marked `data-loads` open a step that may take a moment on a slow connection. A tap on
 * one marks it busy (aria-busy, drawn by app/globals.css) at once, before anything loads;
 * the mark goes when the address changes or the page is shown again. Nothing here stops or
 * delays the navigation itself.
 */
export const LOADS = 'data-loads';

export function clearPendingLinks(): void {
  for (const link of document.querySelectorAll(`a[${LOADS}][aria-busy="true"]`)) {
    link.removeAttribute('aria-busy');
  }
}

function markTapped(event: MouseEvent): void {
  if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) {
    return;
  }
  const link = event.target instanceof Element ? event.target.closest(`a[${LOADS}]`) : null;
  if (!(link instanceof HTMLAnchorElement) || link.target === '_blank') return;
  link.setAttribute('aria-busy', 'true');
}

// Safari on iOS applies :active to a touched link only when a touch listener is there.
const noop = () => {};

/** Starts watching taps; returns what stops it. */
export function watchPendingLinks(): () => void {
  // Capture: marked before the wizard's own handler moves on, whose address change clears it.
  document.addEventListener('click', markTapped, true);
  document.addEventListener('touchstart', noop, { passive: true });
  window.addEventListener('pageshow', clearPendingLinks);
  const stopAddress = subscribeToAddress(clearPendingLinks);
  return () => {
    document.removeEventListener('click', markTapped, true);
    document.removeEventListener('touchstart', noop);
    window.removeEventListener('pageshow', clearPendingLinks);
    stopAddress();
  };
}
