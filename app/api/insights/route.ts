import { handleBeacon } from '@/server/insights/beacon';
import { insightsEnabled } from '@/server/insights/store';

/** Where the live wizard counts the steps it shows without loading a page. */
export async function POST(request: Request) {
  return handleBeacon(request, insightsEnabled());
}
