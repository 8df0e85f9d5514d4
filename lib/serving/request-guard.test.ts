import { describe, expect, it } from 'vitest';
import { CONTENT_VERSION } from '../../content';
import { parseSearch } from '../wizard/answers-url';
import { replayLink } from '../wizard/replay';
import { hrefFor } from '../wizard/step-model';
import { hasMalformedPath, isUnknownItemPage, isUnusableWizardLink } from './request-guard';

describe('hasMalformedPath', () => {
  it.each(['/outcome/%E0%A4%A', '/%', '/check/%ZZ'])('flags %s', (path) => {
    expect(hasMalformedPath(path)).toBe(true);
  });
  it.each(['/outcome/cross-platform', '/services/%C3%A9', '/'])('accepts %s', (path) => {
    expect(hasMalformedPath(path)).toBe(false);
  });
});

describe('isUnusableWizardLink', () => {
  const unusable = (search: string) => {
    const link = parseSearch(search);
    return isUnusableWizardLink(link, replayLink(link, CONTENT_VERSION));
  };
  const restore = hrefFor('/check', [{ question: 'goal', value: 'restore' }], CONTENT_VERSION);
  const query = (href: string) => href.slice(href.indexOf('?'));
  it('is true when answers are given and not one fits', () => {
    expect(unusable(query(restore).replace('restore', 'teleport'))).toBe(true);
    expect(unusable('?platforms=ios-ios')).toBe(true);
  });
  it('is false for the start, for usable links and for links with only unknown parts', () => {
    expect(unusable('')).toBe(false);
    expect(unusable(`${query(restore)}&platforms=nope`)).toBe(false);
    expect(unusable('?utm_source=x')).toBe(false);
  });
});

describe('isUnknownItemPage', () => {
  const known = { outcomes: ['cross-platform'], services: ['google'] };
  it.each(['/outcome/nope', '/outcome/constructor', '/services/__proto__', '/services/x/'])(
    'flags %s',
    (path) => {
      expect(isUnknownItemPage(path, known)).toBe(true);
    },
  );
  it.each(['/outcome/cross-platform', '/services/google', '/outcome', '/services', '/check'])(
    'lets %s through',
    (path) => {
      expect(isUnknownItemPage(path, known)).toBe(false);
    },
  );
});
