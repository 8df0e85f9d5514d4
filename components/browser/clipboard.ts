/**
 * Puts text on the clipboard; with `html`, as rich text too, so a help desk's rich editor
 * pastes formatted text rather than tags, and a plain one gets `text`. Where the browser has
 * no ClipboardItem, or refuses rich text, the HTML source goes in as plain text, as before.
 */
export async function copyToClipboard(text: string, html?: string): Promise<void> {
  if (html === undefined) return navigator.clipboard.writeText(text);
  if (typeof ClipboardItem === 'function' && typeof navigator.clipboard.write === 'function') {
    try {
      await navigator.clipboard.write([
        new ClipboardItem({
          'text/html': new Blob([html], { type: 'text/html' }),
          'text/plain': new Blob([text], { type: 'text/plain' }),
        }),
      ]);
      return;
    } catch {
      // Fall through to plain text.
    }
  }
  return navigator.clipboard.writeText(html);
}
