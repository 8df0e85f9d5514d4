/** Runs once when a server starts: the insights database is created and migrated here. */
export async function register() {
  if (process.env.NEXT_RUNTIME === 'nodejs') {
    const { startInsights } = await import('./server/insights/store');
    await startInsights();
  }
}
