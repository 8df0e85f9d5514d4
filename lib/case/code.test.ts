import { describe, expect, it } from 'vitest';
import { CONTENT_VERSION } from '../../content';
import { QUESTION_IDS, VERSION_QUESTIONS } from '../../machines/diagnosis-machine';
import { ALPHABET, decodeCaseCode, encodeCaseCode, normalizeCode } from './code';
import { CODEC_TABLES, tableChanges, type CodecTable } from './code-tables';
import { answerValues } from '../wizard/flow';
import { answerPaths } from '../wizard/paths';

const V = CONTENT_VERSION;

function codeFor(answers: { question: string; value: string }[]): string {
  const code = encodeCaseCode(answers, V);
  if (!code) throw new Error(`no code for ${JSON.stringify(answers)}`);
  return code;
}

const allCodes = answerPaths().map((path) => ({ path, code: codeFor(path.answers) }));

describe('the code table', () => {
  it('matches what the machine offers today (change the machine: add a new table)', () => {
    const current = CODEC_TABLES[V]!;
    expect(Object.keys(current.questions).sort()).toEqual([...QUESTION_IDS].sort());
    for (const id of QUESTION_IDS) {
      expect(current.questions[id]!.answers, id).toEqual(answerValues(id));
      expect(current.questions[id]!.typed ?? false, id).toBe(VERSION_QUESTIONS.includes(id));
    }
  });

  it('carries the content version in the first character, for versions up to 31', () => {
    const table = CODEC_TABLES[V]!;
    for (const version of [1, V, 31]) {
      const code = encodeCaseCode([], version, { [version]: table })!;
      expect(code[0], String(version)).toBe(ALPHABET[version]);
      expect(decodeCaseCode(code, version, { [version]: table })).toMatchObject({ version });
    }
    expect(encodeCaseCode([], 32, { 32: table })).toBeNull();
  });
});

describe('case codes', () => {
  it('round-trip every answer path the machine allows', () => {
    for (const { path, code } of allCodes) {
      const read = decodeCaseCode(code, V);
      expect(read, code).toEqual({ ok: true, code, version: V, answers: path.answers });
    }
  });

  it('are short enough to read aloud, in groups of four of an unambiguous alphabet', () => {
    for (const { code } of allCodes) {
      expect(code).toMatch(
        /^[0-9A-HJKMNP-TV-Z]{4}(-[0-9A-HJKMNP-TV-Z]{4})*(-[0-9A-HJKMNP-TV-Z]{1,3})?$/,
      );
      expect(code.replace(/-/g, '').length).toBeLessThanOrEqual(16);
    }
    expect(codeFor([])).toHaveLength(4);
  });

  it('are different for every path', () => {
    const codes = allCodes.map((c) => c.code);
    expect(new Set(codes).size).toBe(codes.length);
  });

  it('keep a typed version exactly, whatever its shape', () => {
    const start = answerPaths().find((p) => p.stateId === 'app-version')!.answers;
    for (const typed of ['6.8.33', '6.10.2', '7.0', '0.0.0.0', '999999.65535.16.0', '6.0']) {
      const answers = [...start, { question: 'app-version', value: typed }];
      const read = decodeCaseCode(codeFor(answers), V);
      expect(read.ok && read.answers.at(-1)).toEqual({ question: 'app-version', value: typed });
    }
  });

  it('accept lower case, spaces, missing or extra dashes, O for 0 and I or L for 1', () => {
    for (const { code } of allCodes.slice(0, 40)) {
      const sloppy = ` ${code.toLowerCase().replace(/-/g, ' - ').replace(/0/g, 'o').replace(/1/g, 'l')}-- `;
      const read = decodeCaseCode(sloppy, V);
      expect(read.ok && read.code, sloppy).toBe(code);
    }
    expect(normalizeCode('ab-c d–1')).toBe('ABCD1');
  });

  it('detect every single-character substitution, and say where it is', () => {
    let checked = 0;
    for (const { code } of allCodes) {
      const symbols = code.replace(/-/g, '');
      for (let i = 0; i < symbols.length; i++) {
        for (const other of ALPHABET) {
          if (other === symbols[i]) continue;
          const typo = symbols.slice(0, i) + other + symbols.slice(i + 1);
          const read = decodeCaseCode(typo, V);
          expect(read, `${code} → ${typo}`).toEqual({
            ok: false,
            problem: { kind: 'typo', position: i + 1 },
          });
          checked++;
        }
      }
    }
    expect(checked).toBeGreaterThan(10_000);
  });

  it('detect every swap of two neighbouring characters, and say where it is', () => {
    let checked = 0;
    let ambiguous = 0;
    for (const { code } of allCodes) {
      const symbols = code.replace(/-/g, '');
      for (let i = 0; i + 1 < symbols.length; i++) {
        if (symbols[i] === symbols[i + 1]) continue;
        const swapped = symbols.slice(0, i) + symbols[i + 1] + symbols[i] + symbols.slice(i + 2);
        const read = decodeCaseCode(swapped, V);
        expect(read.ok, `${code} → ${swapped}`).toBe(false);
        if (!read.ok) {
          expect(read.problem.kind).toBe('swap');
          if (read.problem.kind === 'swap') {
            expect(read.problem.positions).toContain(i + 1);
            if (read.problem.positions[0] !== i + 1) ambiguous++;
          }
        }
        checked++;
      }
    }
    expect(checked).toBeGreaterThan(300);
    // Rarely, another swap also fits; the true place is then still among those named.
    expect(ambiguous / checked).toBeLessThan(0.05);
  });

  it('say a code cut short is missing characters, not that it has typos', () => {
    const kinds = new Map<string, number>();
    for (const { code } of allCodes) {
      const symbols = code.replace(/-/g, '');
      for (let n = 4; n < Math.min(symbols.length, 8); n++) {
        const read = decodeCaseCode(symbols.slice(0, n), V);
        const kind = read.ok ? 'ok' : read.problem.kind;
        kinds.set(kind, (kinds.get(kind) ?? 0) + 1);
      }
    }
    const total = [...kinds.values()].reduce((a, b) => a + b, 0);
    expect(total).toBeGreaterThan(500);
    expect(kinds.get('typo-unplaced') ?? 0).toBe(0);
    expect(kinds.get('swap') ?? 0).toBe(0);
    // A few happen to read as one typo or even as a shorter journey: nothing in a code can tell.
    expect((kinds.get('cut-short') ?? 0) / total).toBeGreaterThan(0.9);
    // The report from the console: the first group of a longer code.
    expect(decodeCaseCode('21KT', V)).toEqual({ ok: false, problem: { kind: 'cut-short' } });
  });

  it('refuse junk with a reason instead of throwing', () => {
    expect(decodeCaseCode('', V)).toEqual({ ok: false, problem: { kind: 'empty' } });
    expect(decodeCaseCode(42, V)).toEqual({ ok: false, problem: { kind: 'empty' } });
    expect(decodeCaseCode(null, V)).toEqual({ ok: false, problem: { kind: 'empty' } });
    expect(decodeCaseCode('1A', V)).toEqual({ ok: false, problem: { kind: 'too-short' } });
    expect(decodeCaseCode('X'.repeat(200), V)).toEqual({
      ok: false,
      problem: { kind: 'too-long' },
    });
    expect(decodeCaseCode('1'.repeat(40), V)).toEqual({ ok: false, problem: { kind: 'too-long' } });
    expect(decodeCaseCode('1K7Q-2U4X', V)).toEqual({
      ok: false,
      problem: { kind: 'bad-character', position: 6, character: 'U' },
    });
    expect(decodeCaseCode('<script>', V)).toMatchObject({
      ok: false,
      problem: { kind: 'bad-character', position: 1 },
    });
  });

  it('refuse a code whose checks pass but whose answers run past an outcome', () => {
    const outcomePath = answerPaths().find((p) => p.stateId === 'cross-platform')!;
    const table: CodecTable = {
      questions: {
        ...CODEC_TABLES[V]!.questions,
        // Pretend cross-platform is a question, so the code carries one answer too many.
        'cross-platform': { answers: ['x'] },
      },
    };
    const code = encodeCaseCode(
      [...outcomePath.answers, { question: 'cross-platform', value: 'x' }],
      V,
      { [V]: table },
    )!;
    expect(decodeCaseCode(code, V)).toEqual({ ok: false, problem: { kind: 'unreadable' } });
  });
});

describe('codes from another content version', () => {
  const current = CODEC_TABLES[V]!;

  it('are refused clearly when this site has no table for that version', () => {
    const future = encodeCaseCode([{ question: 'goal', value: 'restore' }], V + 1, {
      [V + 1]: current,
    })!;
    expect(decodeCaseCode(future, V)).toEqual({
      ok: false,
      problem: { kind: 'unknown-version', version: V + 1, newer: true },
    });
    const ancient = encodeCaseCode([], V + 1, { [V + 1]: current })!.replace(/^./, '0');
    // Changing the version character alone is a typo the checks catch; re-sign it instead.
    expect(decodeCaseCode(ancient, V).ok).toBe(false);
  });

  it('are read with that version’s table where today’s checklist still asks the same', () => {
    // An older table in which "platforms" offered a fifth answer, since removed.
    const older: CodecTable = {
      questions: {
        ...current.questions,
        platforms: {
          answers: ['ios-ios', 'android-android', 'ios-android', 'android-ios', 'windows'],
        },
      },
    };
    const tables = { ...CODEC_TABLES, [V + 1]: current, [V]: older };
    const journey = answerPaths().find((p) => p.stateId === 'android-backup-ready')!.answers;
    const code = encodeCaseCode(journey, V, { [V]: older })!;
    expect(decodeCaseCode(code, V + 1, tables)).toEqual({
      ok: true,
      code,
      version: V,
      answers: journey,
    });

    const gone = encodeCaseCode(
      [
        { question: 'goal', value: 'prepare' },
        { question: 'accounts', value: 'personal' },
        { question: 'platforms', value: 'windows' },
      ],
      V,
      { [V]: older },
    )!;
    expect(decodeCaseCode(gone, V + 1, tables)).toEqual({
      ok: true,
      code: gone,
      version: V,
      answers: [
        { question: 'goal', value: 'prepare' },
        { question: 'accounts', value: 'personal' },
      ],
      stoppedAt: { question: 'platforms', value: 'windows' },
    });
    expect(tableChanges(older, current, ['goal', 'platforms'])).toEqual([
      { kind: 'answer-gone', question: 'platforms', value: 'windows' },
    ]);
  });

  it('stop where today’s checklist asks a question the old one did not', () => {
    const { goal } = current.questions;
    const older: CodecTable = { questions: { goal: goal! } };
    const code = encodeCaseCode(
      [
        { question: 'goal', value: 'restore' },
        { question: 'accounts', value: 'personal' },
      ],
      V,
      { [V]: { questions: { ...older.questions, accounts: current.questions.accounts! } } },
    )!;
    const read = decodeCaseCode(code, V + 1, { [V]: older, [V + 1]: current });
    expect(read).toMatchObject({
      ok: true,
      answers: [{ question: 'goal', value: 'restore' }],
      stoppedAt: { question: 'accounts' },
    });
    expect(tableChanges(current, older, ['accounts'])).toEqual([
      { kind: 'question-gone', question: 'accounts' },
    ]);
  });
});
