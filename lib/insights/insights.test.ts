import { describe, expect, it } from 'vitest';
import { QUESTION_IDS, VERSION_QUESTIONS } from '../../machines/diagnosis-machine';
import { answerValues, EDGES, OUTCOME_IDS } from '../wizard/flow';
import { rateLimiter } from './rate-limit';
import { readFilters } from './report';
import { asksNotToBeCounted, countingOn, countingTiming, isPageView } from './signals';
import {
  arrivalBetween,
  countableAnswers,
  countedAnswer,
  leadsTo,
  STEP_IDS,
  TYPED_ANSWER,
} from './steps';

const headers = (entries: Record<string, string>) => new Headers(entries);
const select = EDGES.find((e) => e.event === 'answer.select' && e.value)!;
const typedEdge = EDGES.find((e) => e.event === 'answer.version');

describe('what may be counted comes from the machine', () => {
  it('has every question and outcome as a step, and each question’s own answers', () => {
    expect(new Set(STEP_IDS)).toEqual(new Set([...QUESTION_IDS, ...OUTCOME_IDS]));
    for (const q of QUESTION_IDS) {
      const expected = (VERSION_QUESTIONS as readonly string[]).includes(q)
        ? [...answerValues(q), TYPED_ANSWER]
        : answerValues(q);
      expect(countableAnswers(q)).toEqual(expected);
    }
  });

  it('counts a typed version as "typed", never the number', () => {
    const q = VERSION_QUESTIONS[0]!;
    expect(countedAnswer(q, '6.10.2')).toBe(TYPED_ANSWER);
    for (const value of answerValues(q)) expect(countedAnswer(q, value)).toBe(value);
  });

  it('knows which answer leads to which step', () => {
    expect(leadsTo(select.from, select.value!, select.to)).toBe(true);
    expect(leadsTo(select.from, select.value!, select.from)).toBe(false);
    if (typedEdge) expect(leadsTo(typedEdge.from, TYPED_ANSWER, typedEdge.to)).toBe(true);
  });
});

describe('arrivalBetween', () => {
  const a = { question: select.from, value: select.value! };
  const b = { question: 'x', value: 'y' };
  it('is the one new answer when the answers grew by exactly one', () => {
    expect(arrivalBetween([], [a])).toEqual({ question: a.question, answer: a.value });
    expect(arrivalBetween([a], [a, b])).toEqual({ question: 'x', answer: 'y' });
  });
  it('is nothing after Back, Start over, a reload or a jump', () => {
    expect(arrivalBetween([a, b], [a])).toBeNull();
    expect(arrivalBetween([a], [])).toBeNull();
    expect(arrivalBetween([a], [a])).toBeNull();
    expect(arrivalBetween([], [a, b])).toBeNull();
    expect(arrivalBetween([b], [a, b])).toBeNull();
  });
});

describe('signals', () => {
  it('honours Global Privacy Control and Do Not Track', () => {
    expect(asksNotToBeCounted(headers({ 'Sec-GPC': '1' }))).toBe(true);
    expect(asksNotToBeCounted(headers({ DNT: '1' }))).toBe(true);
    expect(asksNotToBeCounted(headers({ DNT: '0' }))).toBe(false);
  });
  it('counts only documents and frames asked for as HTML, never prefetches', () => {
    expect(isPageView(headers({ Accept: 'text/html,*/*', 'Sec-Fetch-Dest': 'document' }))).toBe(
      true,
    );
    expect(isPageView(headers({ Accept: 'text/html', 'Sec-Fetch-Dest': 'iframe' }))).toBe(true);
    expect(isPageView(headers({ Accept: 'text/html' }))).toBe(true);
    expect(isPageView(headers({ Accept: '*/*' }))).toBe(false);
    expect(isPageView(headers({ Accept: 'text/html', 'Sec-Fetch-Dest': 'empty' }))).toBe(false);
    expect(isPageView(headers({ Accept: 'text/html', 'Sec-Purpose': 'prefetch' }))).toBe(false);
    expect(isPageView(headers({ Accept: 'text/html', Purpose: 'prefetch' }))).toBe(false);
  });
});

describe('rateLimiter', () => {
  it('allows a burst, then refills at its rate, per client', () => {
    const limiter = rateLimiter({ burst: 3, perSecond: 1, maxClients: 10 });
    expect([1, 2, 3, 4].map(() => limiter.take('a', 0))).toEqual([true, true, true, false]);
    expect(limiter.take('b', 0)).toBe(true);
    expect(limiter.take('a', 999)).toBe(false);
    expect(limiter.take('a', 2_000)).toBe(true);
  });
  it('forgets a client after a minute without requests', () => {
    const limiter = rateLimiter({ burst: 1, perSecond: 0, maxClients: 10 });
    expect(limiter.take('a', 0)).toBe(true);
    expect(limiter.take('a', 1_000)).toBe(false);
    expect(limiter.take('a', 62_000)).toBe(true);
  });
  it('forgets the least recently seen client when full', () => {
    const limiter = rateLimiter({ burst: 1, perSecond: 0, maxClients: 2 });
    expect(limiter.take('a', 0)).toBe(true);
    expect(limiter.take('b', 0)).toBe(true);
    expect(limiter.take('c', 0)).toBe(true);
    // "a" was forgotten, so it starts again with a full bucket; "c" was not.
    expect(limiter.take('a', 0)).toBe(true);
    expect(limiter.take('c', 0)).toBe(false);
  });
});

describe('readFilters', () => {
  const today = new Date('2026-12-02T12:00:00Z');
  it('defaults to the last 30 days', () => {
    expect(readFilters({}, today)).toEqual({
      filters: {
        from: '2026-11-03',
        to: '2026-12-02',
        entry: undefined,
        host: undefined,
        version: undefined,
      },
      dropped: [],
    });
  });
  it('drops what it cannot use and says so', () => {
    const { filters, dropped } = readFilters(
      { from: 'yesterday', entry: ['embed', 'site'], version: 'x', host: '' },
      today,
    );
    expect(filters).toMatchObject({
      entry: 'embed',
      host: '',
      version: undefined,
      from: '2026-11-03',
    });
    expect(dropped.sort()).toEqual(['from', 'version']);
  });
});

describe('the counting flag in Server-Timing', () => {
  const entry = (header: string) => {
    const [name = '', description = ''] = header.split(';desc=');
    return { name, description };
  };
  it('says on or off, and a page reads it back', () => {
    expect(countingTiming(true)).toBe('insights;desc=on');
    expect(countingOn([entry(countingTiming(true))])).toBe(true);
    expect(countingOn([entry(countingTiming(false))])).toBe(false);
  });
  it('is off when the entry is missing or says anything else', () => {
    expect(countingOn([])).toBe(false);
    expect(countingOn([{ name: 'db', description: 'on' }])).toBe(false);
    expect(countingOn([{ name: 'insights', description: 'yes' }])).toBe(false);
  });
});
