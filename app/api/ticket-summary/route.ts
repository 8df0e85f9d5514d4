import { CONTENT_VERSION } from '@/content';
import { readCaseInput } from '@/lib/case/input';
import { caseResult } from '@/lib/case/report';
import { originFrom } from '@/lib/serving/origin';

/**
 * The support console's ticket summary for a journey, in its four shapes, for the embedded
 * wizard to hand its host page (the `summary` message). The query is the wizard's own, as
 * in any /check link; answers it cannot read become notices in the summary, as in the console.
 */
export function GET(request: Request) {
  const { search } = new URL(request.url);
  const result = caseResult(
    readCaseInput(`/check${search}`, CONTENT_VERSION),
    originFrom(request.headers),
  );
  if (result.kind !== 'report') {
    return Response.json({ error: 'These are not answers to the checklist.' }, { status: 400 });
  }
  return Response.json(result.report.formats, { headers: { 'Cache-Control': 'no-store' } });
}
