import { cache } from 'react';
import { CONTENT_VERSION } from '@/content';
import { parseLink } from '@/lib/wizard/link-params';
import { replayLink, type Replay } from '@/lib/wizard/replay';

/**
 * A page rendered per request replays its link once: its title and its body share the replay
 * (React's `cache` lasts one request). Keyed by the parameters' text, since the title and the
 * body each get their own copy of them. Prerendered steps replay at build time only, and
 * proxy.ts remembers where each link is served from.
 */
const replayOfText = cache((params: string): Replay =>
  replayLink(parseLink(JSON.parse(params)), CONTENT_VERSION),
);

export function replayOnce(params: Record<string, string | string[] | undefined>): Replay {
  return replayOfText(JSON.stringify(params));
}
