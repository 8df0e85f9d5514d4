import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import {
  PROTOCOL,
  MAX_SUMMARY_LENGTH,
  PROTOCOL_VERSION,
  START_SITUATIONS,
  parseTicketSummary,
  parseEmbedOptions,
  parseHostMessage,
  parseWizardMessage,
  sanitizeAccent,
} from './protocol';

const envelope = { protocol: PROTOCOL, version: PROTOCOL_VERSION, embedId: 'aw-k3j9x2' };
const formats = {
  text: 'Case summary\nResult: Turn on iCloud Keychain (fix)',
  markdown: '**Case summary**',
  html: '<p><strong>Case summary</strong></p>',
  json: '{"format":"authenticator-restore-case","formatVersion":1}',
};

describe('parseHostMessage', () => {
  it.each(['hello', 'request-summary'])('accepts %s', (type) => {
    const message = { ...envelope, type };

    expect(parseHostMessage(message)).toEqual(message);
  });

  it('ignores a summary request with anything beside the envelope', () => {
    expect(parseHostMessage({ ...envelope, type: 'request-summary', format: 'html' })).toBeNull();
  });

  it.each([
    ['an unknown type', { ...envelope, type: 'restart' }],
    ['another protocol', { ...envelope, protocol: 'other-widget', type: 'hello' }],
    ['another version', { ...envelope, version: 2, type: 'hello' }],
    ['a version as text', { ...envelope, version: '1', type: 'hello' }],
    ['an extra field', { ...envelope, type: 'hello', origin: 'https://evil.example' }],
    ['a missing embedId', { protocol: PROTOCOL, version: PROTOCOL_VERSION, type: 'hello' }],
    ['an embedId with markup', { ...envelope, embedId: '<img>', type: 'hello' }],
    ['an embedId too long', { ...envelope, embedId: 'a'.repeat(65), type: 'hello' }],
    ['a string', 'hello'],
    ['null', null],
    ['an array', [envelope]],
  ])('ignores %s', (_, data) => {
    expect(parseHostMessage(data)).toBeNull();
  });
});

describe('parseWizardMessage', () => {
  it.each([
    { type: 'ready', stateId: 'goal', progress: 0 },
    { type: 'step', stateId: 'ios-keychain-sync', progress: 0.5, answered: 4 },
    { type: 'outcome', outcomeId: 'ios-keychain-off', category: 'fix' },
    { type: 'outcome', outcomeId: 'service-recovery', category: 'referral' },
    { type: 'resize', height: 640 },
    { type: 'navigate', token: 'goal=restore&platforms=ios-ios', stateId: 'ios-new-phone' },
    { type: 'navigate', token: 'app-version=6.8.33', stateId: 'ios-backup-ready' },
    {
      type: 'navigate',
      token: 'v=2&app-version=Version+6.8.33%C2%A0',
      stateId: 'ios-backup-ready',
    },
    { type: 'summary', stateId: 'ios-keychain-off', complete: true, formats },
    { type: 'summary', stateId: 'goal', complete: false, formats },
  ])('accepts $type', (body) => {
    const message = { ...envelope, ...body };

    expect(parseWizardMessage(message)).toEqual(message);
  });

  it.each([
    ['an unknown type', { type: 'close' }],
    ['a host message', { type: 'hello' }],
    ['progress above 1', { type: 'ready', stateId: 'goal', progress: 1.5 }],
    ['negative progress', { type: 'step', stateId: 'goal', progress: -0.1, answered: 0 }],
    ['a fractional answer count', { type: 'step', stateId: 'goal', progress: 0, answered: 1.5 }],
    ['an unknown category', { type: 'outcome', outcomeId: 'x', category: 'maybe' }],
    ['a fractional height', { type: 'resize', height: 640.5 }],
    ['a negative height', { type: 'resize', height: -1 }],
    ['a height of Infinity', { type: 'resize', height: Infinity }],
    ['a height as text', { type: 'resize', height: '640' }],
    ['a state id with capitals', { type: 'ready', stateId: 'Goal', progress: 0 }],
    ['a token with a space', { type: 'navigate', token: 'goal=lost ', stateId: 'goal' }],
    ['a token with markup', { type: 'navigate', token: '"><script>', stateId: 'goal' }],
    ['an oversize token', { type: 'navigate', token: 'a'.repeat(1001), stateId: 'goal' }],
    ['an extra field', { type: 'resize', height: 640, width: 320 }],
    ['a summary without formats', { type: 'summary', stateId: 'goal', complete: false }],
    [
      'a summary missing a format',
      {
        type: 'summary',
        stateId: 'goal',
        complete: true,
        formats: { ...formats, json: undefined },
      },
    ],
    [
      'a summary with an extra format',
      { type: 'summary', stateId: 'goal', complete: true, formats: { ...formats, rtf: 'x' } },
    ],
    [
      'a summary with a format as a number',
      { type: 'summary', stateId: 'goal', complete: true, formats: { ...formats, text: 1 } },
    ],
    [
      'a summary with complete as text',
      { type: 'summary', stateId: 'goal', complete: 'yes', formats },
    ],
  ])('ignores %s', (_, body) => {
    expect(parseWizardMessage({ ...envelope, ...body })).toBeNull();
  });

  it('ignores a valid body under another protocol or version', () => {
    const body = { type: 'resize', height: 640, embedId: envelope.embedId };

    expect(parseWizardMessage({ ...body, protocol: 'x', version: 1 })).toBeNull();
    expect(parseWizardMessage({ ...body, protocol: PROTOCOL, version: 2 })).toBeNull();
    expect(parseWizardMessage(body)).toBeNull();
  });
});

describe('parseTicketSummary', () => {
  it('accepts the four formats', () => {
    expect(parseTicketSummary(formats)).toEqual(formats);
  });

  it.each([
    ['an error body', { error: 'not a journey' }],
    ['a format too long', { ...formats, html: 'x'.repeat(MAX_SUMMARY_LENGTH + 1) }],
    ['an extra field', { ...formats, code: 'ABC' }],
    ['null', null],
  ])('refuses %s', (_, data) => {
    expect(parseTicketSummary(data)).toBeNull();
  });
});

describe('sanitizeAccent', () => {
  it.each([
    ['#1A73E8', '#1a73e8'],
    ['#abc', '#aabbcc'],
    ['1a73e8', '#1a73e8'],
    [' #fff ', '#ffffff'],
  ])('reads %j as %s', (input, expected) => {
    expect(sanitizeAccent(input)).toBe(expected);
  });

  it.each(['red', '#12345', '#1234567', '#ggg', 'url(x)', '#fff;color:red', '', '#', 42, null])(
    'refuses %j',
    (input) => {
      expect(sanitizeAccent(input)).toBeNull();
    },
  );
});

describe('parseEmbedOptions', () => {
  it('uses the defaults when nothing is given', () => {
    expect(parseEmbedOptions({})).toEqual({
      options: { theme: 'auto', compact: false },
      warnings: [],
    });
  });

  it('reads every valid option', () => {
    const { options, warnings } = parseEmbedOptions({
      answers: 'goal=restore&platforms=ios-ios',
      accent: '#0B5CAD',
      theme: 'dark',
      compact: 'true',
    });

    expect(options).toEqual({
      answers: 'goal=restore&platforms=ios-ios',
      accent: '#0b5cad',
      theme: 'dark',
      compact: true,
    });
    expect(warnings).toEqual([]);
  });

  it.each(START_SITUATIONS)('reads start=%s', (start) => {
    expect(parseEmbedOptions({ start }).options.start).toBe(start);
  });

  it.each([
    ['start', 'stolen'],
    ['answers', 'goal=restore platforms'],
    ['answers', '<script>'],
    ['answers', 'goal=restore#top'],
    ['answers', 'goal="x"'],
    ['accent', 'red'],
    ['accent', '#fff;background:url(x)'],
    ['theme', 'sepia'],
    ['compact', 'yes'],
  ])('drops %s=%j with a warning naming it', (name, value) => {
    const { options, warnings } = parseEmbedOptions({ [name]: value });

    expect(options).toEqual({ theme: 'auto', compact: false });
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toMatch(new RegExp(`^ignored ${name}=".*" : expected `));
  });

  it('keeps the valid options when another is bad', () => {
    const { options, warnings } = parseEmbedOptions({ theme: 'dark', accent: 'blue' });

    expect(options).toEqual({ theme: 'dark', compact: false });
    expect(warnings).toEqual(['ignored accent="blue" : expected #rgb or #rrggbb']);
  });

  it('drops an option given more than once', () => {
    const { options, warnings } = parseEmbedOptions({ theme: ['dark', 'light'], compact: 'true' });

    expect(options).toEqual({ theme: 'auto', compact: true });
    expect(warnings).toEqual(['ignored theme (given 2 times) : expected one value']);
  });

  it('drops an oversize answers token and shortens it in the warning', () => {
    const { options, warnings } = parseEmbedOptions({ answers: 'a'.repeat(1001) });

    expect(options.answers).toBeUndefined();
    expect(warnings[0]).toContain(`"${'a'.repeat(60)}..."`);
    expect(warnings[0]!.length).toBeLessThan(200);
  });

  it('accepts any query string the wizard writes with URLSearchParams', () => {
    const token = new URLSearchParams({ v: '1', 'app-version': 'Version 6.8.33 ~ é' }).toString();

    expect(parseEmbedOptions({ answers: token })).toEqual({
      options: { answers: token, theme: 'auto', compact: false },
      warnings: [],
    });
  });

  it('accepts an answers token of exactly the maximum length', () => {
    expect(parseEmbedOptions({ answers: 'a'.repeat(1000) }).options.answers).toHaveLength(1000);
  });

  it('escapes control characters in a warning', () => {
    const { warnings } = parseEmbedOptions({ theme: 'dark\n<b>' });

    expect(warnings[0]).toBe('ignored theme="dark\\n<b>" : expected auto, light, dark');
  });

  it('prefers answers over start', () => {
    const { options, warnings } = parseEmbedOptions({ start: 'lost', answers: 'goal=restore' });

    expect(options.start).toBeUndefined();
    expect(options.answers).toBe('goal=restore');
    expect(warnings).toEqual(['ignored start="lost" : answers already says where to start']);
  });

  it('keeps start when answers is invalid', () => {
    const { options } = parseEmbedOptions({ start: 'lost', answers: 'goal=<x>' });

    expect(options.start).toBe('lost');
  });

  it('ignores unknown keys and undefined values', () => {
    const { options, warnings } = parseEmbedOptions({
      utm_source: 'x',
      goal: 'restore',
      theme: undefined,
    });

    expect(options).toEqual({ theme: 'auto', compact: false });
    expect(warnings).toEqual([]);
  });

  it('is not fooled by keys inherited from Object.prototype', () => {
    const params = Object.create({ theme: 'dark' }) as Record<string, string>;

    expect(parseEmbedOptions(params).options.theme).toBe('auto');
  });
});

// Its options are checked against the table, one by one, in lib/embed/options.test.ts.
describe('public/embed.js', () => {
  const loader = readFileSync(new URL('../../public/embed.js', import.meta.url), 'utf8');

  it('speaks the same protocol name and version', () => {
    expect(loader).toContain(`const NAME = '${PROTOCOL}';`);
    expect(loader).toContain(`const VERSION = ${PROTOCOL_VERSION};`);
  });
});
