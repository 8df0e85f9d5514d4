import { describe, expect, it } from 'vitest';
import { CONTENT_VERSION as V, ticketText } from '../../content';
import { toSearch } from '../wizard/answers-url';
import { ticketFormats, type TicketBrief } from './ticket-formats';

/** The one answer the steps below show, as the link of the content version served. */
const link = `https://example.com/check?${toSearch([{ question: 'goal', value: 'lost' }], V)}`;

const brief: TicketBrief = {
  situation: 'My phone is lost <b>',
  platform: 'iPhone to iPhone',
  result: {
    kind: 'outcome',
    id: 'apple-account-recovery',
    title: 'Recover your Apple Account',
    category: 'referral',
    label: 'recovery elsewhere',
  },
  next: 'Go to iforgot.apple.com',
  link,
  code: '1ABC-D',
};
const steps = [
  {
    questionId: 'goal',
    question: 'What is going on?',
    value: 'lost',
    answer: 'Lost *phone*',
    rule: 'Because.',
  },
];
const formats = ticketFormats(brief, steps, 'TRANSCRIPT', ticketText, V);

describe('ticket formats', () => {
  it('puts the short form first and the full transcript after it', () => {
    const lines = formats.text.split('\n');
    expect(lines.slice(1, 7).map((l) => l.split(':')[0])).toEqual([
      'Situation',
      'Platform',
      'Result',
      'Next action',
      'Link',
      'Case code',
    ]);
    expect(formats.text.indexOf('Case code: 1ABC-D')).toBeLessThan(
      formats.text.indexOf('TRANSCRIPT'),
    );
  });

  it('writes HTML with only tags help-desk sanitizers keep, and escapes the rest', () => {
    const tags = [...formats.html.matchAll(/<\/?([a-z]+)/g)].map((m) => m[1]);
    expect(new Set(tags)).toEqual(new Set(['p', 'strong', 'ul', 'li', 'a']));
    expect(formats.html).toContain('My phone is lost &lt;b&gt;');
    expect(formats.html).toContain(`<a href="${link.replaceAll('&', '&amp;')}">`);
  });

  it('never makes a link of anything but http(s)', () => {
    const bad = ticketFormats({ ...brief, link: 'javascript:alert(1)' }, steps, '', ticketText, V);
    expect(bad.html).not.toContain('<a ');
    expect(bad.markdown).not.toContain('<javascript');
  });

  it('escapes Markdown in answers and links the link', () => {
    expect(formats.markdown).toContain('Lost \\*phone\\*');
    expect(formats.markdown).toContain(`<${link}>`);
  });

  it('gives versioned JSON with the short form and every answer', () => {
    const json = JSON.parse(formats.json);
    expect(json).toMatchObject({
      format: 'authenticator-restore-case',
      formatVersion: 1,
      contentVersion: V,
      code: '1ABC-D',
      platform: 'iPhone to iPhone',
      result: { kind: 'outcome', id: 'apple-account-recovery', category: 'referral' },
      answers: [{ question: 'goal', value: 'lost', answer: 'Lost *phone*' }],
    });
  });
});
