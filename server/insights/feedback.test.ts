import { describe, expect, it } from 'vitest';
import { CONTENT_VERSION } from '../../content';
import { OUTCOME_IDS } from '../../lib/wizard/flow';
import { backSchema, feedbackBeaconSchema, handleFeedback } from './feedback';

const outcome = OUTCOME_IDS[0]!;
const back = `/check?v=${CONTENT_VERSION}&goal=restore`;

function form(fields: Record<string, string>, headers: Record<string, string> = {}) {
  return new Request('http://localhost/api/insights/feedback', {
    method: 'POST',
    headers: { 'Content-Type': 'application/x-www-form-urlencoded', ...headers },
    body: new URLSearchParams(fields).toString(),
  });
}

function beacon(body: unknown, headers: Record<string, string> = {}) {
  return new Request('http://localhost/api/insights/feedback', {
    method: 'POST',
    headers: { 'Content-Type': 'text/plain', ...headers },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
}

const good = { v: String(CONTENT_VERSION), outcome, said: 'no', back };

describe('the form sent without JavaScript', () => {
  it('goes back to the result with the reply named in the fragment, counting on or off', async () => {
    for (const enabled of [false, true]) {
      // Sec-GPC keeps the counting side out of this test; the answer is the same either way.
      const response = await handleFeedback(form(good, { 'Sec-GPC': '1' }), enabled);
      expect(response.status).toBe(303);
      expect(response.headers.get('location')).toBe(`${back}#fixed-no`);
      expect(response.headers.get('set-cookie')).toBeNull();
    }
  });

  it('answers a bad form with a page that says so and leads back, never a 5xx', async () => {
    const bad: Record<string, string>[] = [
      { ...good, said: 'maybe' },
      { ...good, outcome: 'no-such-result' },
      { ...good, v: '999' },
      { ...good, back: 'https://evil.example/x' },
      { ...good, back: '//evil.example/check' },
      { ...good, back: '/admin' },
      { ...good, extra: 'x' },
      {},
    ];
    for (const fields of bad) {
      const response = await handleFeedback(form(fields), false);
      expect(response.status, JSON.stringify(fields)).toBe(400);
      const html = await response.text();
      expect(html).toContain('That answer could not be read');
      expect(html).toMatch(/href="\/(check|outcome)/);
    }
    const tooBig = await handleFeedback(form({ ...good, pad: 'x'.repeat(5_000) }), false);
    expect(tooBig.status).toBe(413);
  });

  it('refuses a form posted from another site', async () => {
    const response = await handleFeedback(form(good, { 'Sec-Fetch-Site': 'cross-site' }), true);
    expect(response.status).toBe(403);
  });
});

describe('the beacon sent with JavaScript', () => {
  const body = { v: CONTENT_VERSION, outcome, said: 'yes', entry: 'site' };
  it('is refused when counting is off, and validated when on', async () => {
    expect((await handleFeedback(beacon(body), false)).status).toBe(404);
    expect((await handleFeedback(beacon(body, { DNT: '1' }), true)).status).toBe(204);
    expect((await handleFeedback(beacon('{"v":'), true)).status).toBe(400);
    expect((await handleFeedback(beacon({ ...body, said: 'maybe' }), true)).status).toBe(400);
    expect((await handleFeedback(beacon(body, { 'Content-Type': 'image/png' }), true)).status).toBe(
      415,
    );
  });

  it('takes a help desk origin only in the embed', () => {
    const host = 'https://help.example.com';
    expect(feedbackBeaconSchema.safeParse({ ...body, entry: 'embed', host }).success).toBe(true);
    expect(feedbackBeaconSchema.safeParse({ ...body, host }).success).toBe(false);
    expect(
      feedbackBeaconSchema.safeParse({ ...body, entry: 'embed', host: `${host}/kb?id=1` }).success,
    ).toBe(false);
  });
});

describe('where a form answer goes back to', () => {
  it('is a page of the checklist on this site, with its query', () => {
    for (const path of [back, '/embed?theme=dark', `/outcome/${outcome}`, '/check']) {
      expect(backSchema.parse(path)).toBe(path);
    }
    for (const path of ['/outcome/nope', 'check', '/\\evil.example', 'javascript:alert(1)', '']) {
      expect(backSchema.safeParse(path).success, path).toBe(false);
    }
  });
});
