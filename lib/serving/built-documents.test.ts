import { describe, expect, it } from 'vitest';
import { CONTENT_VERSION } from '../../content';
import { EMBED_PATH } from '../embed/link';
import { hrefFor } from '../wizard/step-model';
import { asksForDocument, builtDocuments, parsePageHashes, withLook } from './built-documents';

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

describe('withLook', () => {
  const page = (html: string) => new Uint8Array(new TextEncoder().encode(html));
  const text = (bytes: Uint8Array | null) => (bytes ? new TextDecoder().decode(bytes) : null);
  const link = hrefFor(EMBED_PATH, [{ question: 'goal', value: 'restore' }], CONTENT_VERSION);
  const built =
    '<!DOCTYPE html><html lang="en"><head><title>Step</title><script>self.__next_f=[]</script></head>' +
    `<body><main class="flow-root"><a href="${link}">x</a></main><script>(a)</script></body></html>`;

  it('adds the attributes to <main> and the stylesheet to the head, the scripts untouched', () => {
    const out = text(
      withLook(page(built), {
        mainAttributes: { 'data-theme': 'dark', 'data-accent': '' },
        stylesheet: '/embed/look.css?accent=0f766e&x="y"',
      }),
    );
    expect(out).toBe(
      '<!DOCTYPE html><html lang="en"><head><title>Step</title><script>self.__next_f=[]</script>' +
        '<link rel="stylesheet" href="/embed/look.css?accent=0f766e&amp;x=&quot;y&quot;"/></head>' +
        `<body><main data-theme="dark" data-accent="" class="flow-root"><a href="${link}">x</a></main>` +
        '<script>(a)</script></body></html>',
    );
  });

  it('adds no link without a stylesheet, and gives the same bytes again', () => {
    const bytes = page(built);
    const look = { mainAttributes: { 'data-compact': '' }, stylesheet: null };
    const once = text(withLook(bytes, look));
    expect(once).toContain('<main data-compact="" class="flow-root">');
    expect(once).not.toContain('<link');
    expect(text(withLook(bytes, look))).toBe(once);
    expect(text(bytes)).toBe(built);
  });

  it('is null for a page with no head or no <main> after it', () => {
    const look = { mainAttributes: { 'data-theme': 'dark' }, stylesheet: null };
    expect(withLook(page('<html><body><main></main></body></html>'), look)).toBeNull();
    expect(withLook(page('<html><head></head><body></body></html>'), look)).toBeNull();
  });
});

describe('parsePageHashes', () => {
  const hash = `'sha256-${'b'.repeat(43)}='`;

  it('reads the build step file', () => {
    const file = {
      buildId: 'abc',
      pages: { '/': [hash] },
      documents: { '/': 'server/app/index.html' },
    };
    expect(parsePageHashes(JSON.stringify(file))).toEqual(file);
  });

  it.each([
    '',
    'null',
    '{"buildId":"a"}',
    JSON.stringify({ buildId: 'a', pages: { '/': ['x'] }, documents: {} }),
    JSON.stringify({ buildId: 'a', pages: { '/': [hash] } }),
    JSON.stringify({ buildId: 'a', pages: {}, documents: { '/': '/etc/passwd' } }),
    JSON.stringify({ buildId: 'a', pages: {}, documents: { '/': 'server/app/../../x.html' } }),
  ])('treats %j as no file', (text) => {
    expect(parsePageHashes(text)).toBeNull();
  });
});
