import { expect, test } from '@playwright/test';
import { pathToFileURL } from 'node:url';

type Tally = {
  sent: number;
  serverErrors: string[];
  reflected: string[];
  noMessage: string[];
  failed: string[];
};

// A sample of the benchmark's 10,000 malformed URLs: each must get a page, never a 5xx.
test('malformed, truncated and unicode-laden URLs never get a server error', async ({
  baseURL,
}) => {
  test.setTimeout(120_000);
  // The same plain ES module the benchmark runs, loaded as it is rather than transpiled.
  const { fuzz, generateUrls } = await import(
    pathToFileURL(`${process.cwd()}/scripts/fuzz.mjs`).href
  );
  const tally: Tally = await fuzz(baseURL, generateUrls(400, 20261129), 4);
  expect(tally.sent).toBe(400);
  expect(tally.serverErrors).toEqual([]);
  expect(tally.reflected).toEqual([]);
  expect(tally.noMessage).toEqual([]);
  expect(tally.failed).toEqual([]);
});
