import { describe, expect, it } from 'vitest';
import { asksForDocument, builtDocuments } from './built-documents';

describe('asksForDocument', () => {
  const page = { accept: 'text/html,application/xhtml+xml,*/*;q=0.8' };

  it.each(['document', 'iframe', null])('is true for a page load (Sec-Fetch-Dest %s)', (dest) => {
    const headers = new Headers({ ...page, 'accept-encoding': 'gzip', cookie: 'x=1' });
    if (dest) headers.set('sec-fetch-dest', dest);
    expect(asksForDocument('GET', headers)).toBe(true);
  });

  it.each(['HEAD', 'POST', 'OPTIONS'])('is false for %s', (method) => {
    expect(asksForDocument(method, new Headers(page))).toBe(false);
  });

  it('is false for a fetch that accepts anything, as the router’s fetches do', () => {
    expect(asksForDocument('GET', new Headers({ accept: '*/*' }))).toBe(false);
    expect(asksForDocument('GET', new Headers())).toBe(false);
  });

  it('is false for a script’s fetch, whatever it accepts', () => {
    const headers = new Headers({ ...page, 'sec-fetch-dest': 'empty' });
    expect(asksForDocument('GET', headers)).toBe(false);
  });

  it.each([
    'rsc',
    'next-router-prefetch',
    'next-router-state-tree',
    'next-router-segment-prefetch',
    'next-action',
  ])('is false when the router or a server action sends %s', (name) => {
    expect(asksForDocument('GET', new Headers({ ...page, [name]: '1' }))).toBe(false);
  });
});

describe('builtDocuments', () => {
  const files = { '/': 'server/app/index.html', '/check/2': 'server/app/check/2.html' };

  it('reads a route once and keeps it', () => {
    const reads: string[] = [];
    const documents = builtDocuments(files, (file) => {
      reads.push(file);
      return new TextEncoder().encode(`<p>${file}</p>`);
    });
    const first = documents.get('/check/2');
    expect(new TextDecoder().decode(first!)).toBe('<p>server/app/check/2.html</p>');
    expect(documents.get('/check/2')).toBe(first);
    expect(reads).toEqual(['server/app/check/2.html']);
  });

  it('has nothing for a route the build did not make, and reads nothing for it', () => {
    const reads: string[] = [];
    const documents = builtDocuments(files, (file) => {
      reads.push(file);
      return new Uint8Array();
    });
    expect(documents.get('/nope')).toBeNull();
    expect(documents.get('constructor')).toBeNull();
    expect(reads).toEqual([]);
  });

  it('leaves a file it cannot read to Next, and says so once', () => {
    const warnings: string[] = [];
    let reads = 0;
    const documents = builtDocuments(
      files,
      () => {
        reads += 1;
        throw new Error('ENOENT');
      },
      (message) => warnings.push(message),
    );
    expect(documents.get('/')).toBeNull();
    expect(documents.get('/')).toBeNull();
    expect(reads).toBe(1);
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toContain('server/app/index.html');
  });
});
