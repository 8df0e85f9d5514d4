import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

/** The layer rules in eslint.config.mjs, each shown failing on a deliberate leak. */
const eslint = new ESLint();

async function messagesFor(filePath: string, code: string) {
  const [result] = await eslint.lintText(code, { filePath });
  return (result?.messages ?? []).filter(
    (m) =>
      m.ruleId === 'no-restricted-imports' ||
      m.ruleId === '@typescript-eslint/no-restricted-imports' ||
      m.ruleId === 'no-restricted-globals',
  );
}

describe('layer rules', () => {
  it.each([
    [
      'components/leak.tsx',
      "import { questions } from '@/content/wizard/questions';\nexport const q = questions;\n",
    ],
    ['app/leak.ts', "import { ui } from '../content/ui';\nexport const u = ui;\n"],
    [
      'lib/leak.ts',
      "import { Wizard } from '../components/wizard/wizard';\nexport const w = Wizard;\n",
    ],
    ['lib/leak2.ts', "import { useState } from 'react';\nexport const s = useState;\n"],
    ['lib/leak3.ts', 'export const here = () => window.location.search;\n'],
    [
      'content/leak.ts',
      "import { OPTION_NAMES } from '../lib/embed/options';\nexport const o = OPTION_NAMES;\n",
    ],
    ['lib/leak4.ts', "import { readFileSync } from 'node:fs';\nexport const r = readFileSync;\n"],
    [
      'lib/leak5.ts',
      "import { NextResponse } from 'next/server';\nexport const n = NextResponse;\n",
    ],
    ['lib/leak6.ts', "import 'server-only';\nexport const x = 1;\n"],
    ['lib/leak7.ts', "import { Pool } from 'pg';\nexport const p = Pool;\n"],
    ['lib/leak8.ts', "import { sql } from 'kysely';\nexport const s = sql;\n"],
    ['lib/leak9.ts', "import Database from 'better-sqlite3';\nexport const d = Database;\n"],
    ['lib/leak10.ts', 'export const token = () => process.env.INSIGHTS_TOKEN;\n'],
    ['lib/leak11.ts', 'export const nonce = () => crypto.getRandomValues(new Uint8Array(16));\n'],
    [
      'lib/leak12.ts',
      "import { hashesOf } from '../server/serving/build';\nexport const h = hashesOf;\n",
    ],
    [
      'components/leak2.tsx',
      "import { insightsEnabled } from '@/server/insights/store';\nexport const i = insightsEnabled;\n",
    ],
    [
      'server/leak.ts',
      "import { Wizard } from '../components/wizard';\nexport const w = Wizard;\n",
    ],
    [
      'server/leak2.ts',
      "import { GET } from '../app/wizard-texts/[file]/route';\nexport const g = GET;\n",
    ],
    ['machines/leak.ts', "import { ui } from '../content';\nexport const u = ui;\n"],
    [
      'machines/leak2.ts',
      "import { answerPaths } from '../lib/wizard/paths';\nexport const p = answerPaths;\n",
    ],
  ])(
    'refuses the leak in %s',
    async (file, code) => {
      expect(await messagesFor(file, code)).toHaveLength(1);
    },
    30_000,
  );

  it.each([
    ['components/fine.tsx', "import { ui } from '@/content';\nexport const u = ui;\n"],
    ['lib/fine.ts', "import type { Service } from '../content';\nexport type S = Service;\n"],
    [
      'lib/fine2.ts',
      "import { searchKey } from '../content/services/search-key';\nexport const k = searchKey;\n",
    ],
    ['lib/fine3.ts', "import type { Kysely } from 'kysely';\nexport type K = Kysely<object>;\n"],
    [
      'lib/fine.test.ts',
      "import { wizardTextsAsset } from '../server/serving/wizard-texts-asset';\nexport const w = wizardTextsAsset;\n",
    ],
    [
      'server/fine.ts',
      "import 'server-only';\nimport { readFileSync } from 'node:fs';\nimport { ui } from '../content';\nexport const f = [readFileSync, ui, process.env];\n",
    ],
    [
      'content/fine.ts',
      "import { MIN_IOS_APP_VERSION } from '../machines/diagnosis-machine';\nexport const m = MIN_IOS_APP_VERSION;\n",
    ],
    [
      'machines/fine.ts',
      "import { setup } from 'xstate';\nimport { answerTo } from './diagnosis-machine';\nexport const f = [setup, answerTo];\n",
    ],
  ])(
    'allows %s',
    async (file, code) => {
      expect(await messagesFor(file, code)).toEqual([]);
    },
    30_000,
  );
});

describe('components/ folders', () => {
  const looseFileMessages = async (filePath: string) => {
    const [result] = await eslint.lintText('export const a = 1;\n', { filePath });
    return (result?.messages ?? []).filter((m) => m.ruleId === 'no-restricted-syntax');
  };

  it('refuses a file loose in components/', async () => {
    expect(await looseFileMessages('components/loose.tsx')).toHaveLength(1);
  }, 30_000);

  it('allows a file in a folder of components/', async () => {
    expect(await looseFileMessages('components/ui/fine.tsx')).toEqual([]);
  }, 30_000);
});
