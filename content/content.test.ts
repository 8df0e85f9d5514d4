import { describe, expect, it } from 'vitest';
import { answerValues, OUTCOME_IDS } from '../lib/wizard/flow';
import { CHECKLISTS, QUESTION_IDS, VERSION_QUESTIONS } from '../machines/diagnosis-machine';
import { ui, wizardContent } from './index';
import { RISKY_ACTIONS } from '../machines/safety';
import { COMMUNITY_HOSTS, OFFICIAL_HOSTS, PRESS_HOSTS, QUOTING_HOSTS } from './schema';

const { questions, outcomes, sources } = wizardContent;

function allTexts(): string[] {
  const texts: string[] = [];
  const visit = (value: unknown) => {
    if (typeof value === 'string') texts.push(value);
    else if (Array.isArray(value)) value.forEach(visit);
    else if (value && typeof value === 'object') Object.values(value).forEach(visit);
  };
  visit(questions);
  visit(outcomes);
  visit(ui);
  return texts;
}

describe('content agrees with the machine', () => {
  it('has content for every question, and none for a question that does not exist', () => {
    expect(Object.keys(questions).sort()).toEqual([...QUESTION_IDS].sort());
  });

  it('has content for every outcome, and none for an outcome that does not exist', () => {
    expect(Object.keys(outcomes).sort()).toEqual([...OUTCOME_IDS].sort());
  });

  it.each(QUESTION_IDS)('labels exactly the answers the machine offers at %s', (id) => {
    expect(Object.keys(questions[id]!.answers).sort()).toEqual(answerValues(id).sort());
  });

  it.each(QUESTION_IDS)(
    'asks for typed input at %s only where the machine takes a version',
    (id) => {
      expect(questions[id]!.input !== undefined).toBe(VERSION_QUESTIONS.includes(id));
    },
  );

  it.each(QUESTION_IDS)(
    'offers checkboxes at %s exactly for the items the machine checks',
    (id) => {
      const items = CHECKLISTS[id];
      const checklist = questions[id]!.checklist;
      expect(checklist !== undefined, id).toBe(items !== undefined);
      if (items && checklist) expect(Object.keys(checklist.items)).toEqual([...items]);
    },
  );

  it('links related outcomes that exist', () => {
    for (const [id, outcome] of Object.entries(outcomes)) {
      for (const related of outcome.related) {
        expect(OUTCOME_IDS, `${id} → ${related}`).toContain(related);
        expect(related).not.toBe(id);
      }
    }
  });
});

describe('sources', () => {
  const cited = new Set<string>();
  for (const q of Object.values(questions)) q.sources.forEach((s) => cited.add(s));
  for (const o of Object.values(outcomes)) {
    o.steps.forEach((step) => step.sources.forEach((s) => cited.add(s)));
    o.uncertain.forEach((note) => note.sources.forEach((s) => cited.add(s)));
  }

  it('every cited source exists', () => {
    for (const id of cited) expect(Object.keys(sources), id).toContain(id);
  });

  it('every source is cited somewhere', () => {
    for (const id of Object.keys(sources)) expect([...cited], id).toContain(id);
  });

  it('every source is on an allowed host: a vendor on its own site, others where they are', () => {
    for (const [id, source] of Object.entries(sources)) {
      const url = new URL(source.url);
      const hosts: readonly string[] =
        source.by === 'users' || source.by === 'ai-answer'
          ? COMMUNITY_HOSTS
          : source.by === 'press'
            ? PRESS_HOSTS
            : source.quotedBy
              ? [...OFFICIAL_HOSTS, ...QUOTING_HOSTS]
              : OFFICIAL_HOSTS;
      expect(hosts, `${id}: ${url.hostname}`).toContain(url.hostname);
    }
  });

  it("a source on a copying site is never presented as read on the vendor's own", () => {
    for (const [id, source] of Object.entries(sources)) {
      const host = new URL(source.url).hostname;
      if ((QUOTING_HOSTS as readonly string[]).includes(host))
        expect(source.quotedBy, id).toBeTruthy();
    }
  });

  it('never rests a risky step on users or an AI-written answer alone', () => {
    const vendorSource = (id: string) => {
      const by = sources[id]?.by;
      return by !== undefined && by !== 'users' && by !== 'ai-answer' && by !== 'press';
    };
    for (const [id, outcome] of Object.entries(outcomes)) {
      outcome.steps.forEach((step, i) => {
        const risky = step.does.filter((d) => (RISKY_ACTIONS as readonly string[]).includes(d));
        if (risky.length > 0)
          expect(step.sources.some(vendorSource), `${id} step ${i + 1}`).toBe(true);
      });
    }
  });

  it('every link in a step is on an official host', () => {
    for (const outcome of Object.values(outcomes)) {
      for (const step of outcome.steps) {
        if (!step.link) continue;
        const url = new URL(step.link.href);
        expect(OFFICIAL_HOSTS as readonly string[], url.hostname).toContain(url.hostname);
      }
    }
  });

  it('has no read date in the future', () => {
    for (const [id, source] of Object.entries(sources)) {
      if (!source.read) continue;
      const date = new Date(`${source.read}T00:00:00Z`);
      expect(date.getTime(), id).toBeLessThanOrEqual(Date.now());
    }
  });
});

describe('copy', () => {
  it('holds plain text: no markdown or HTML for the page to show literally', () => {
    for (const text of allTexts()) {
      expect(text, text).not.toMatch(/\*\*|<[a-z/]|\]\(/i);
    }
  });
});

describe('links from steps into the site', () => {
  it('names only services the directory has', async () => {
    const { services } = await import('./index');
    const ids = new Set(services.map((s) => s.id));
    for (const [id, outcome] of Object.entries(outcomes)) {
      for (const step of outcome.steps) {
        for (const service of step.services)
          expect(ids.has(service), `${id}: ${service}`).toBe(true);
      }
    }
  });

  it('links every step that moves accounts by hand to the recovery plan', () => {
    for (const [id, outcome] of Object.entries(outcomes)) {
      for (const step of outcome.steps) {
        if (
          /move your accounts by hand|each account through its own|each service's own/i.test(
            step.text,
          )
        ) {
          expect(step.plan, `${id}: ${step.text}`).toBe(true);
        }
      }
    }
  });
});

describe('citations anyone can check', () => {
  const { excerpts } = wizardContent;
  /** Quotes and spacing as typed, so a passage matches however the page set them. */
  const plain = (text: string) =>
    text
      .replace(/[\u2018\u2019]/g, "'")
      .replace(/[\u201c\u201d]/g, '"')
      .replace(/\s+/g, ' ')
      .trim();

  /** Every place that cites: question help, result steps and notes, with what each carries. */
  const citing = [
    ...Object.entries(questions).map(([id, q]) => ({ where: `question ${id}`, ...q })),
    ...Object.entries(outcomes).flatMap(([id, o]) => [
      ...o.steps.map((s, i) => ({ where: `${id} step ${i + 1}`, ...s })),
      ...o.uncertain.map((n, i) => ({ where: `${id} note ${i + 1}`, ...n })),
    ]),
  ];

  it('finds every quoted passage in the saved excerpt of its page', () => {
    const missing = citing.flatMap(({ where, passages }) =>
      passages
        .filter(({ source, says }) => {
          const excerpt = Object.hasOwn(excerpts, source) ? excerpts[source] : undefined;
          return !excerpt?.passages.some((p) => plain(p).includes(plain(says)));
        })
        .map(({ source, says }) => `${where}: ${source} does not say "${says}"`),
    );
    expect(missing).toEqual([]);
  });

  it('gives every cited source on a step, note or question the passage that supports it', () => {
    const bare = citing.flatMap(({ where, sources: ids, passages }) =>
      ids.filter((id) => !passages.some((p) => p.source === id)).map((id) => `${where}: ${id}`),
    );
    expect(bare).toEqual([]);
  });

  it('keeps an excerpt of every source, with the same address, author and standing', () => {
    for (const [id, source] of Object.entries(sources)) {
      const excerpt = Object.hasOwn(excerpts, id) ? excerpts[id] : undefined;
      expect(excerpt, id).toBeDefined();
      expect(excerpt!.url, id).toBe(source.url);
      expect(excerpt!.by, id).toBe(source.by);
      // Seen only as quoted on the page and in its excerpt alike, and never both read and quoted.
      expect(excerpt!.quotedBy === undefined, id).toBe(source.quotedBy === undefined);
    }
    expect(Object.keys(excerpts).filter((id) => !Object.hasOwn(sources, id))).toEqual([]);
  });

  it('catches a passage its page does not hold', () => {
    const says = 'Microsoft support can restore any backup on request.';
    expect(excerpts['ms-transfer']!.passages.some((p) => plain(p).includes(says))).toBe(false);
  });
});
