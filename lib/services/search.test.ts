import { describe, expect, it } from 'vitest';
import { services } from '@/content';
import { editDistance, searchServices, type SearchableService } from './search';

function topId(query: string): string | undefined {
  return searchServices(services, query)[0]?.service.id;
}

describe('searchServices on the real directory', () => {
  it.each([
    ['gmail', 'google'],
    ['Google', 'google'],
    ['aws', 'aws'],
    ['x.com', 'x'],
    ['twitter', 'x'],
    ['X (Twitter)', 'x'],
    ['x', 'x'],
    ['Twitter.com', 'x'],
    ['https://www.x.com/home', 'x'],
    ['you@gmail.com', 'google'],
    ['Hotmail', 'microsoft-personal'],
    ['icloud', 'apple'],
    ['Apple ID', 'apple'],
    ['Office 365', 'microsoft-entra'],
    ['steamcommunity.com', 'steam'],
    ['PSN', 'playstation'],
  ])('finds "%s" as %s', (query, id) => {
    // Arrange, Act
    const first = topId(query);

    // Assert
    expect(first).toBe(id);
  });

  it('says why each example matched', () => {
    // Arrange, Act
    const reasons = ['GitHub', 'gmail', 'x.com', 'githb'].map(
      (query) => searchServices(services, query)[0]?.reason,
    );

    // Assert
    expect(reasons).toEqual(['name', 'alias', 'domain', 'fuzzy']);
  });

  it.each([
    ['gogle', 'google'],
    ['githb', 'github'],
    ['gihtub', 'github'],
    ['Dicsord', 'discord'],
    ['paypall', 'paypal'],
    ['cloudfare', 'cloudflare'],
    ['microsfot', 'microsoft-personal'],
  ])('forgives the typo "%s"', (query, id) => {
    expect(topId(query)).toBe(id);
  });

  it('is tolerant of case, accents, punctuation and spaces', () => {
    // Arrange
    const queries = ['  GITHUB ', 'Git-Hub', 'git hub', 'GítHûb'];

    // Act
    const ids = queries.map(topId);

    // Assert
    expect(ids).toEqual(['github', 'github', 'github', 'github']);
  });

  it('finds a service from a subdomain of one of its domains', () => {
    const [match] = searchServices(services, 'mail.google.com');

    expect(match).toMatchObject({ reason: 'domain', matched: 'google.com' });
    expect(match?.service.id).toBe('google');
  });

  it('lists prefix matches alphabetically', () => {
    const ids = searchServices(services, 'git').map((match) => match.service.id);

    expect(ids.slice(0, 2)).toEqual(['github', 'gitlab']);
  });

  it('returns nothing for a blank or punctuation-only query', () => {
    expect(searchServices(services, '')).toEqual([]);
    expect(searchServices(services, '  ')).toEqual([]);
    expect(searchServices(services, '()-.')).toEqual([]);
  });

  it('does not invent matches for nonsense', () => {
    expect(searchServices(services, 'qzxwvkj')).toEqual([]);
  });

  it('respects the limit', () => {
    expect(searchServices(services, 'a', 3).length).toBeLessThanOrEqual(3);
    expect(searchServices(services, 'account', 2)).toHaveLength(2);
    expect(searchServices(services, 'account', 0)).toEqual([]);
  });
});

describe('searchServices ranking', () => {
  // Arrange: one service per way of matching "nova".
  const fixture: SearchableService[] = [
    { id: 'fuzzy', name: 'Novak Cloud', aliases: [], domains: ['novak.test'] },
    { id: 'domain', name: 'Stellar', aliases: [], domains: ['nova.test'] },
    { id: 'alias', name: 'Orbit', aliases: ['Nova'], domains: ['orbit.test'] },
    { id: 'name', name: 'Nova', aliases: [], domains: ['nova-app.test'] },
  ];

  it('puts exact name before alias before domain before fuzzy', () => {
    // Act
    const matches = searchServices(fixture, 'nova');

    // Assert
    expect(matches.map((m) => [m.service.id, m.reason])).toEqual([
      ['name', 'name'],
      ['alias', 'alias'],
      ['domain', 'domain'],
      ['fuzzy', 'fuzzy'],
    ]);
  });

  it('gives the same order whatever the input order', () => {
    const reversed = [...fixture].reverse();

    const a = searchServices(fixture, 'nov').map((m) => m.service.id);
    const b = searchServices(reversed, 'nov').map((m) => m.service.id);

    expect(a).toEqual(b);
  });

  it('puts a closer typo before a farther one', () => {
    const list: SearchableService[] = [
      { id: 'two', name: 'Brandish', aliases: [], domains: ['two.test'] },
      { id: 'one', name: 'Brandon', aliases: [], domains: ['one.test'] },
    ];

    const ids = searchServices(list, 'brandin').map((m) => m.service.id);

    expect(ids).toEqual(['one', 'two']);
  });

  it('allows one typo in short queries and two in longer ones', () => {
    const list: SearchableService[] = [
      { id: 'short', name: 'Plume', aliases: [], domains: ['plume.test'] },
      { id: 'long', name: 'Lanterns', aliases: [], domains: ['lanterns.test'] },
    ];

    expect(searchServices(list, 'plmue')[0]?.service.id).toBe('short');
    expect(searchServices(list, 'pluem')[0]?.service.id).toBe('short');
    expect(searchServices(list, 'plxmx')).toEqual([]);
    expect(searchServices(list, 'lantrens')[0]?.service.id).toBe('long');
    expect(searchServices(list, 'lxntexns')[0]?.service.id).toBe('long');
  });
});

describe('helpers', () => {
  it('counts an adjacent swap as one edit', () => {
    expect(editDistance('githbu', 'github')).toBe(1);
    expect(editDistance('gogle', 'google')).toBe(1);
    expect(editDistance('', 'abc')).toBe(3);
  });
});
