import nextVitals from 'eslint-config-next/core-web-vitals';
import nextTs from 'eslint-config-next/typescript';

const config = [
  ...nextVitals,
  ...nextTs,
  {
    rules: {
      // Plain <a> links are deliberate here: every page must work without JavaScript, and the
      // 404 page serves as the framework-only baseline in the benchmark.
      '@next/next/no-html-link-for-pages': 'off',
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
