import nextVitals from 'eslint-config-next/core-web-vitals';
import nextTs from 'eslint-config-next/typescript';

/** Through the one door: content/index.ts, schemas, and the key services are compared by. */
const CONTENT_DOOR = {
  regex: '(^|/)content/(?!index$|schema$|services/(?:schema|search-key)$).+',
  message: 'Read content through its one door, content/index.ts.',
};
const LIB_PATTERNS = [
  {
    regex: '(^|/)(components|app)(/|$)',
    message: 'lib/ holds pure helpers: it never imports components or routes.',
  },
  {
    regex: '^(react|react-dom|@xstate/react)(/|$)',
    message:
      'lib/ holds pure helpers: React code goes in components/ (hooks and stores in components/browser/).',
  },
  CONTENT_DOOR,
];
/** What only a server has: lib/ code runs on the server, in the browser and in unit tests alike. */
const SERVER_ONLY = 'lib/ is pure: code that needs the server goes in server/, marked server-only.';
const PURE_PATTERNS = [
  { regex: '^(node:|next(/|$)|server-only$)', message: SERVER_ONLY },
  { regex: '^(@|\\.{1,2})/(.*/)?server(/|$)', message: `${SERVER_ONLY} lib/ never imports it.` },
];

const config = [
  // The packaged Zendesk app (scripts/zendesk-package.mjs): bundled, minified output.
  { ignores: ['integrations/zendesk/build/**'] },
  ...nextVitals,
  ...nextTs,
  {
    rules: {
      // Plain <a> links are deliberate here: every page must work without JavaScript, and the
      // 404 page serves as the framework-only baseline in the benchmark.
      '@next/next/no-html-link-for-pages': 'off',
    },
  },
  // The layers: app → components → lib → content / machines, and app and proxy.ts → server →
  // lib. Each rule names the leak it stops.
  // Besides the door, schemas may be imported, and services/search-key (how service names are
  // compared), which the browser's live search needs without zod.
  {
    files: ['**/*.{ts,tsx,mjs}'],
    ignores: ['content/**'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [CONTENT_DOOR] }],
    },
  },
  {
    files: ['lib/**'],
    rules: { 'no-restricted-imports': ['error', { patterns: LIB_PATTERNS }] },
  },
  {
    // Tests may set up what they test with server code; the helpers themselves may not.
    files: ['lib/**'],
    ignores: ['lib/**/*.test.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [...LIB_PATTERNS, ...PURE_PATTERNS] }],
      // A database driver's types may describe what a helper is handed; its code stays out.
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          patterns: [
            { regex: '^(better-sqlite3|pg|kysely)$', allowTypeImports: true, message: SERVER_ONLY },
          ],
        },
      ],
    },
  },
  {
    files: ['components/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            CONTENT_DOOR,
            {
              regex: '^(@|\\.{1,2})/(.*/)?server(/|$)',
              message: 'components/ never import server/: a page reads it and passes plain props.',
            },
          ],
        },
      ],
    },
  },
  {
    // The error boundary runs in the browser on every page; content/ui.ts is plain words (the
    // door checks them at build), so importing it there keeps zod out of the browser.
    files: ['components/site/error-view.tsx'],
    rules: { 'no-restricted-imports': 'off' },
  },
  {
    files: ['server/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            CONTENT_DOOR,
            {
              regex: '(^|/)(components|app)(/|$)',
              message:
                'server/ sits below app/ and proxy.ts: it never imports components or routes.',
            },
          ],
        },
      ],
    },
  },
  {
    // Code that needs the browser's globals is browser code: it lives in components/browser/;
    // code that needs the process, its environment or its randomness is server code.
    // (A helper may still take a window as an argument, as lib/embed/client.ts does, so that
    // it can be tested with a fake one.)
    files: ['lib/**'],
    ignores: ['lib/**/*.test.ts'],
    rules: {
      'no-restricted-globals': [
        'error',
        ...['window', 'document', 'localStorage', 'sessionStorage', 'navigator', 'history'].map(
          (name) => ({ name, message: 'lib/ is pure: browser code goes in components/browser/.' }),
        ),
        ...['process', 'Buffer', 'crypto'].map((name) => ({ name, message: SERVER_ONLY })),
      ],
    },
  },
  {
    // Content is words and their schemas: it may read the machine (for the values copy quotes
    // and the names it is checked against), never the layers above it.
    files: ['content/**'],
    ignores: ['content/**/*.test.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              regex: '(^|/)(lib|components|app)(/|$)',
              message: 'content/ sits below lib/: it imports only zod, machines/ and itself.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['machines/**'],
    ignores: ['machines/**/*.test.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              regex: '^(?!xstate(/|$)|\\./).+',
              message: 'machines/ imports only xstate and its own folder.',
            },
          ],
        },
      ],
    },
  },
  {
    // components/ is grouped by concern, as lib/ is: ui/, site/, wizard/, flow/, plan/,
    // services/, agent/, embed/, insights/ and browser/ (CONTRIBUTING.md says which is which).
    files: ['components/*'],
    rules: {
      'no-restricted-syntax': [
        'error',
        {
          selector: 'Program',
          message:
            'No loose files in components/: put it in the folder of the concern it serves (see CONTRIBUTING.md).',
        },
      ],
    },
  },
  {
    ignores: [
      '.next/**',
      'node_modules/**',
      'next-env.d.ts',
      'bench/results/**',
      'test-results/**',
      'playwright-report/**',
    ],
  },
];

export default config;
