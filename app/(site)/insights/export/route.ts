import { z } from 'zod';
import { challenge, dashboardAccess } from '@/server/insights/access';
import { dashboardData } from '@/server/insights/dashboard';
import { reportCsv } from '@/lib/insights/report';

const formatSchema = z.enum(['csv', 'json']).catch('json');

/** The dashboard's numbers as CSV or JSON, behind the same token. Read-only. */
export async function GET(request: Request) {
  const access = dashboardAccess(request.headers);
  if (access === 'hidden') return new Response('Not found', { status: 404 });
  if (access === 'denied') return challenge();
  const url = new URL(request.url);
  const params = Object.fromEntries(url.searchParams);
  const format = formatSchema.parse(params.format);
  const data = await dashboardData(params);
  if (!data.ok) {
    return Response.json(
      { error: 'The counts cannot be read right now; try again in a minute.' },
      { status: 503, headers: { 'Retry-After': '60', 'Cache-Control': 'no-store' } },
    );
  }
  const headers = { 'Cache-Control': 'no-store' };
  if (format === 'csv') {
    return new Response(reportCsv(data.report), {
      headers: {
        ...headers,
        'Content-Type': 'text/csv; charset=utf-8',
        'Content-Disposition': `attachment; filename="insights-${data.report.filters.from}-to-${data.report.filters.to}.csv"`,
      },
    });
  }
  return Response.json(data.report, { headers });
}
