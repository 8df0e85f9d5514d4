import { describe, expect, it } from 'vitest';
import { parsePlanDownloadQuery, parsePlanQuery, planDownloadHref, planHref } from './url';

const services = ['google', 'github', 'apple', 'microsoft-personal'].map((id) => ({ id }));

describe('planHref', () => {
  it('writes the services, work or school and the backup holder', () => {
    const href = planHref(['google', 'github'], { workSchool: true, backupHolder: 'apple' });

    expect(href).toBe('/plan?s=google,github&work=1&holder=apple');
  });

  it('is the bare page for an empty plan', () => {
    expect(planHref([])).toBe('/plan');
  });
});

describe('parsePlanQuery', () => {
  it('reads what planHref writes, and calls it canonical', () => {
    // Arrange
    const href = planHref(['github', 'google'], { workSchool: true, backupHolder: 'microsoft' });
    const query = Object.fromEntries(new URLSearchParams(href.split('?')[1]));

    // Act
    const parsed = parsePlanQuery(query, services);

    // Assert
    expect(parsed).toEqual({
      ids: ['github', 'google'],
      options: { workSchool: true, backupHolder: 'microsoft' },
      problems: [],
      canonical: true,
    });
  });

  it('reports an unknown service and keeps the others', () => {
    const parsed = parsePlanQuery({ s: 'google,bogus-service,github' }, services);

    expect(parsed.ids).toEqual(['google', 'github']);
    expect(parsed.problems).toEqual([{ kind: 'unknown-service', value: 'bogus-service' }]);
    expect(parsed.canonical).toBe(false);
  });

  it('reads repeated keys from a form of checkboxes, but asks for the tidy link', () => {
    const parsed = parsePlanQuery({ s: ['google', 'github'], holder: '' }, services);

    expect(parsed.ids).toEqual(['google', 'github']);
    expect(parsed.problems).toEqual([]);
    expect(parsed.canonical).toBe(false);
  });

  it('reports an unreadable backup holder or work value, and ignores them', () => {
    const parsed = parsePlanQuery({ s: 'google', holder: 'nokia', work: 'maybe' }, services);

    expect(parsed.options).toEqual({});
    expect(parsed.problems).toEqual([
      { kind: 'bad-holder', value: 'nokia' },
      { kind: 'bad-work', value: 'maybe' },
    ]);
  });

  it('treats an empty page as canonical', () => {
    expect(parsePlanQuery({}, services)).toEqual({
      ids: [],
      options: {},
      problems: [],
      canonical: true,
    });
  });

  it('is not canonical with keys it does not use', () => {
    expect(parsePlanQuery({ s: 'google', utm_source: 'mail' }, services).canonical).toBe(false);
  });

  it('never throws on input that is not a query', () => {
    expect(parsePlanQuery(42, services).ids).toEqual([]);
    expect(parsePlanQuery({ s: { nested: true } }, services).ids).toEqual([]);
  });
});

describe('the download link', () => {
  it('carries the plan, the format and the ticks, and reads back the same', () => {
    // Arrange
    const options = { backupHolder: 'apple' as const };

    // Act
    const href = planDownloadHref(['google', 'github'], options, 'md', ['github', 'apple']);
    const query = Object.fromEntries(new URL(href, 'https://example.org').searchParams);

    // Assert
    expect(href).toBe('/plan/download?s=google,github&holder=apple&format=md&done=apple,github');
    expect(parsePlanDownloadQuery(query, services)).toEqual({
      ok: true,
      ids: ['google', 'github'],
      options,
      format: 'md',
      ticked: ['apple', 'github'],
    });
  });

  it('drops ticks of services not in the plan', () => {
    const query = { s: 'google', format: 'html', done: 'google,github,<b>' };

    expect(parsePlanDownloadQuery(query, services)).toMatchObject({ ok: true, ticked: ['google'] });
  });

  it('refuses a missing or unknown format, keeping the plan to go back to', () => {
    expect(parsePlanDownloadQuery({ s: 'google', format: 'pdf' }, services)).toEqual({
      ok: false,
      ids: ['google'],
      options: {},
    });
    expect(parsePlanDownloadQuery({ s: 'google' }, services).ok).toBe(false);
    expect(parsePlanDownloadQuery({ s: 'google', format: ['html', 'md'] }, services).ok).toBe(true);
  });
});
