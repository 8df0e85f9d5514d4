import { describe, expect, it } from 'vitest';
import { CONTENT_VERSION } from '../../content';
import { answerPaths } from '../../lib/wizard/paths';
import { replayAnswers } from '../../lib/wizard/replay';
import { hrefFor } from '../../lib/wizard/step-model';
import { resolveLink } from './links';

const query = (href: string) => new URL(href, 'http://x').searchParams;
const deep = answerPaths().find((p) => p.answers.length >= 3)!;

// Unit tests run without a build: no step is prerendered, so every link is served per request.
describe('resolveLink', () => {
  it('gives the step a link shows and the answers that led to it, for the counter', () => {
    const link = resolveLink('/check', query(hrefFor('/check', deep.answers, CONTENT_VERSION)));
    expect(link.shown).toEqual({
      stateId: replayAnswers(deep.answers).stateId,
      answers: deep.answers,
    });
    expect(link.unusable).toBe(false);
    expect(link.serve).toBeNull();
  });

  it('reads an embed link without its options', () => {
    const href = hrefFor('/embed?theme=dark&accent=0f766e', deep.answers, CONTENT_VERSION);
    expect(resolveLink('/embed', query(href)).shown.stateId).toBe(
      replayAnswers(deep.answers).stateId,
    );
  });

  it('sends a first visit that names a starting point to the address with its answers', () => {
    const link = resolveLink('/embed', new URLSearchParams({ start: 'restore' }));
    expect(link.serve?.kind).toBe('redirect');
  });

  it('knows a link of which no answer can be used', () => {
    const bogus = query(
      hrefFor('/check', [{ question: 'goal', value: 'teleport' }], CONTENT_VERSION),
    );
    expect(resolveLink('/check', bogus).unusable).toBe(true);
    expect(resolveLink('/check', new URLSearchParams()).unusable).toBe(false);
  });
});
