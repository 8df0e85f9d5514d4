import type { NextRequest } from 'next/server';
import { services, servicesUi } from '@/content';
import { PLAN_FILE_NAMES, planFileHtml, planFileMarkdown } from '@/lib/plan/download';
import { planSections } from '@/lib/plan/entry';
import { orderPlan } from '@/lib/plan/recovery-plan';
import { parsePlanDownloadQuery, planHref } from '@/lib/plan/url';
import { originFrom } from '@/lib/serving/origin';
import { queryRecord } from '@/lib/query-value';

const copy = servicesUi.plan;
const TYPES = { html: 'text/html; charset=utf-8', md: 'text/markdown; charset=utf-8' } as const;

/**
 * The plan as a file to keep: a plain link, so it downloads without JavaScript too. A link
 * with no plan in it, or a format we do not make, goes back to the plan page. Its policy (no
 * script in any form) is set by the proxy, as every response's (lib/serving/security-headers.ts).
 */
export function GET(request: NextRequest) {
  const query = parsePlanDownloadQuery(queryRecord(request.nextUrl.searchParams), services);
  const items = orderPlan(services, query.ids, query.options);
  const back = planHref(query.ids, query.options);
  if (!query.ok || items.length === 0) {
    return new Response(null, { status: 303, headers: { location: back } });
  }
  const origin = originFrom(request.headers) ?? request.nextUrl.origin;
  const file = {
    title: copy.title,
    intro: copy.intro,
    planUrl: `${origin}${back}`,
    sections: planSections(items),
    ticked: query.ticked,
    words: copy,
  };
  const body = query.format === 'html' ? planFileHtml(file) : planFileMarkdown(file);
  return new Response(body, {
    headers: {
      'content-type': TYPES[query.format],
      'content-disposition': `attachment; filename="${PLAN_FILE_NAMES[query.format]}"`,
      'cache-control': 'no-store',
    },
  });
}
