import { handleBeacon } from '@/lib/insights/beacon';
import { insightsEnabled } from '@/lib/insights/store';

/** Where the live wizard counts the steps it shows without loading a page. */
export async function POST(request: Request) {
  return handleBeacon(request, insightsEnabled());
}
