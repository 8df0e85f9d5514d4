import { lookStylesheet } from '@/lib/embed/look';

/**
 * `/embed/look.css?accent=…`: a help desk's accent as a stylesheet, which proxy.ts links from
 * the built step it sends for a link with an accent (lib/embed/look.ts). The same address gives
 * the same colours, so browsers and caches keep it; a bad one gets a 400, never a guess.
 */
export function GET(request: Request) {
  const css = lookStylesheet(new URL(request.url).searchParams);
  if (css === null) {
    return new Response('/* expected one parameter: accent=rgb or rrggbb */\n', {
      status: 400,
      headers: { 'Content-Type': 'text/css; charset=utf-8', 'Cache-Control': 'no-store' },
    });
  }
  return new Response(css, {
    headers: {
      'Content-Type': 'text/css; charset=utf-8',
      'Cache-Control': 'public, max-age=86400, stale-while-revalidate=604800',
    },
  });
}
