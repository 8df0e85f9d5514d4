// Writes the part of public/embed.js that is read off the options table (lib/embed/options.ts):
// each option's rule, the parameters passed on, bare values, defaults and the frame's title.
// `npm run build` runs it; lib/embed/loader-rules.test.ts fails while the file is stale.
// Usage: node scripts/embed-loader.mjs
import { readFileSync, writeFileSync } from 'node:fs';
import { createJiti } from 'jiti';
import prettier from 'prettier';

const root = new URL('..', import.meta.url).pathname;
const jiti = createJiti(import.meta.url);
const { generatedLoader } = await jiti.import(`${root}lib/embed/loader-rules.ts`);
const file = `${root}public/embed.js`;
const before = readFileSync(file, 'utf8');
const options = { ...(await prettier.resolveConfig(file)), filepath: file };
const after = await generatedLoader(before, (text) => prettier.format(text, options));
if (after !== before) {
  writeFileSync(file, after);
  console.log('public/embed.js: rules written from lib/embed/options.ts');
}
