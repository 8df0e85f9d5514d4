import 'server-only';
import { createHash, timingSafeEqual } from 'node:crypto';
import { config } from './config';

type HeaderReader = { get(name: string): string | null };

const DASHBOARD_PATH = '/insights';

export function isDashboardPath(pathname: string): boolean {
  return pathname === DASHBOARD_PATH || pathname.startsWith(`${DASHBOARD_PATH}/`);
}

/** The token a request carries: HTTP Basic's password (any user name), or a Bearer token. */
export function presentedToken(headers: HeaderReader): string | null {
  const header = headers.get('authorization')?.trim() ?? '';
  const [scheme, value = ''] = header.split(/\s+/, 2);
  if (/^bearer$/i.test(scheme ?? '')) return value || null;
  if (/^basic$/i.test(scheme ?? '')) {
    const decoded = Buffer.from(value, 'base64').toString('utf8');
    const colon = decoded.indexOf(':');
    return colon >= 0 ? decoded.slice(colon + 1) : null;
  }
  return null;
}

/** Compares digests, so neither the length nor the first wrong character shows in the time. */
export function tokenMatches(given: string, expected: string): boolean {
  const a = createHash('sha256').update(given).digest();
  const b = createHash('sha256').update(expected).digest();
  return timingSafeEqual(a, b);
}

export type DashboardAccess = 'hidden' | 'denied' | 'allowed';

/** No INSIGHTS_TOKEN: the dashboard does not exist (404). A wrong or missing token: 401. */
export function dashboardAccess(headers: HeaderReader, token = config().token): DashboardAccess {
  if (!token) return 'hidden';
  const given = presentedToken(headers);
  return given !== null && tokenMatches(given, token) ? 'allowed' : 'denied';
}

/**
 * The answer to a request without the right token: the browser then asks for it. Its
 * security headers are the proxy's (lib/serving/security-headers.ts, `sealed`).
 */
export function challenge(): Response {
  return new Response(
    '<!doctype html><html lang="en"><meta charset="utf-8"><title>Sign in to insights</title><h1>Sign in to insights</h1><p>This page needs the insights token. Your browser asks for it: leave the user name as it is and give the token as the password.</p><p><a href="/">Back to the checklist</a></p></html>',
    {
      status: 401,
      headers: {
        'Content-Type': 'text/html; charset=utf-8',
        'WWW-Authenticate': 'Basic realm="Insights", charset="UTF-8"',
        'Cache-Control': 'no-store',
      },
    },
  );
}
