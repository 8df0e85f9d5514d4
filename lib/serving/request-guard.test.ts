import { describe, expect, it } from 'vitest';
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
  it('is true when answers are given and not one fits', () => {
    expect(isUnusableWizardLink('?v=2&goal=teleport')).toBe(true);
    expect(isUnusableWizardLink('?platforms=ios-ios')).toBe(true);
  });
  it('is false for the start, for usable links and for links with only unknown parts', () => {
    expect(isUnusableWizardLink('')).toBe(false);
    expect(isUnusableWizardLink('?v=2&goal=restore&platforms=nope')).toBe(false);
    expect(isUnusableWizardLink('?utm_source=x')).toBe(false);
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
