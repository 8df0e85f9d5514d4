import nextVitals from 'eslint-config-next/core-web-vitals';
import nextTs from 'eslint-config-next/typescript';

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
  // The layers: app → components → lib → content / machines. Each rule names the leak it stops.
  // Besides the door, schemas may be imported, and services/search-key (how service names are
  // compared), which the browser's live search needs without zod.
  {
    files: ['**/*.{ts,tsx,mjs}'],
    ignores: ['content/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              regex: '(^|/)content/(?!index$|schema$|services/(?:schema|search-key)$).+',
              message: 'Read content through its one door, content/index.ts.',
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
    files: ['lib/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              regex: '(^|/)(components|app)(/|$)',
              message: 'lib/ holds pure helpers: it never imports components or routes.',
            },
            {
              regex: '^(react|react-dom|@xstate/react)(/|$)',
              message:
                'lib/ holds pure helpers: React code goes in components/ (hooks and stores in components/browser/).',
            },
            {
              regex: '(^|/)content/(?!index$|schema$|services/(?:schema|search-key)$).+',
              message: 'Read content through its one door, content/index.ts.',
            },
          ],
        },
      ],
    },
  },
  {
    // Code that needs the browser's globals is browser code: it lives in components/browser/.
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
