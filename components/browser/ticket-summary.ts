import { parseTicketSummary, type TicketSummary } from '@/lib/embed/protocol';

export const TICKET_SUMMARY_PATH = '/api/ticket-summary';

/**
 * The console's ticket summary for these answers (a query without its "?"), from this
 * site's own server; null when it cannot be had (offline, a refused link, a bad answer).
 */
export async function fetchTicketSummary(search: string): Promise<TicketSummary | null> {
  try {
    const response = await fetch(`${TICKET_SUMMARY_PATH}?${search}`, {
      headers: { Accept: 'application/json' },
    });
    if (!response.ok) return null;
    return parseTicketSummary(await response.json());
  } catch {
    return null;
  }
}
