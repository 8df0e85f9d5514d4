import { describe, expect, it } from 'vitest';
import { buildSnippets, readChoice, type SnippetChoice } from './snippet';

const read = (fields: Record<string, string>) => readChoice((name) => fields[name]);

const none: SnippetChoice = { theme: 'auto', compact: false, minHeight: 200, scroll: true };

describe('readChoice', () => {
  it('reads an empty form as no options', () => {
    expect(read({})).toEqual({ choice: none, problems: {} });
  });

  it('reads every field', () => {
    expect(
      read({
        start: 'restore',
        accent: ' 0F766E ',
        theme: 'dark',
        compact: 'true',
        'min-height': '400',
        'max-height': '1200',
      }),
    ).toEqual({
      choice: {
        start: 'restore',
        accent: '#0f766e',
        theme: 'dark',
        compact: true,
        scroll: true,
        minHeight: 400,
        maxHeight: 1200,
      },
      problems: {},
    });
  });

  it('leaves out what it cannot use and says which field, with the text as typed', () => {
    expect(
      read({
        start: 'everything',
        accent: 'teal',
        theme: 'purple',
        'min-height': '50',
        'max-height': '12.5',
      }),
    ).toEqual({
      choice: none,
      problems: {
        start: { kind: 'invalid', value: 'everything' },
        accent: { kind: 'invalid', value: 'teal' },
        theme: { kind: 'invalid', value: 'purple' },
        minHeight: { kind: 'invalid', value: '50' },
        maxHeight: { kind: 'invalid', value: '12.5' },
      },
    });
  });

  it('refuses a maximum below the minimum', () => {
    const { choice, problems } = read({ 'min-height': '800', 'max-height': '400' });

    expect(choice.minHeight).toBe(800);
    expect(choice.maxHeight).toBeUndefined();
    expect(problems).toEqual({ maxHeight: { kind: 'order' } });
  });
});

describe('buildSnippets', () => {
  const origin = 'https://checklist.example.org';

  it('makes the shortest snippet when nothing is chosen', () => {
    expect(buildSnippets(origin, none, 'Checklist')).toEqual({
      script: '<script src="https://checklist.example.org/embed.js" async></script>',
      iframe:
        '<iframe src="https://checklist.example.org/embed" title="Checklist" width="100%" height="900" style="border: 0"></iframe>',
      previewSrc: '/embed',
    });
  });

  it('writes every option, with the ampersands of the iframe address escaped', () => {
    const snippets = buildSnippets(
      origin,
      {
        start: 'lost',
        accent: '#0f766e',
        theme: 'dark',
        compact: true,
        scroll: false,
        minHeight: 1000,
        maxHeight: 1200,
      },
      'Checklist "A" & <B>',
    );

    expect(snippets.script).toBe(
      '<script src="https://checklist.example.org/embed.js" data-start="lost" data-accent="#0f766e" data-theme="dark" data-compact="true" data-min-height="1000" data-max-height="1200" data-scroll="false" async></script>',
    );
    expect(snippets.iframe).toBe(
      '<iframe src="https://checklist.example.org/embed?start=lost&amp;accent=0f766e&amp;theme=dark&amp;compact=true" title="Checklist &quot;A&quot; &amp; &lt;B>" width="100%" height="1000" style="border: 0"></iframe>',
    );
    expect(snippets.previewSrc).toBe('/embed?start=lost&accent=0f766e&theme=dark&compact=true');
  });

  it('keeps a plain iframe within the maximum height', () => {
    expect(buildSnippets(origin, { ...none, maxHeight: 600 }, 'x').iframe).toContain(
      'height="600"',
    );
  });
});

describe('the scroll option', () => {
  it('writes data-scroll="false" on the script only, when the box is ticked', () => {
    const { choice } = read({ 'no-scroll': 'true' });
    expect(choice.scroll).toBe(false);
    const snippets = buildSnippets('https://checklist.example.org', choice, 'Checklist');
    expect(snippets.script).toContain(' data-scroll="false"');
    expect(snippets.iframe).not.toContain('scroll');
    expect(buildSnippets('https://checklist.example.org', none, 'Checklist').script).not.toContain(
      'data-scroll',
    );
  });
});
