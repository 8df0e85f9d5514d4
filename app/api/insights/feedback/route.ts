import { handleFeedback } from '@/lib/insights/feedback';
import { insightsEnabled } from '@/lib/insights/store';

/** "Did this fix it?": a form without JavaScript, a beacon with it. */
export async function POST(request: Request) {
  return handleFeedback(request, insightsEnabled());
}
