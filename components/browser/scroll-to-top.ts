/**
 * Scrolls an element to the top of the window, so what follows it shows above a phone's
 * keyboard. Moves no focus (the person is still typing), and jumps instead of gliding when
 * they asked for less motion. Does nothing when the element is already there.
 */
export function scrollToTop(element: HTMLElement | null) {
  if (!element) return;
  const { top } = element.getBoundingClientRect();
  const margin = parseFloat(getComputedStyle(element).scrollMarginTop) || 0;
  if (Math.abs(top - margin) < 2) return;
  const reduce = window.matchMedia('(prefers-reduced-motion: reduce)').matches;
  element.scrollIntoView({ block: 'start', behavior: reduce ? 'auto' : 'smooth' });
}
