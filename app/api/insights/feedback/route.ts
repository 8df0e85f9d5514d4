import { handleFeedback } from '@/server/insights/feedback';
import { insightsEnabled } from '@/server/insights/store';

/** "Did this fix it?": a form without JavaScript, a beacon with it. */
export async function POST(request: Request) {
  return handleFeedback(request, insightsEnabled());
}
