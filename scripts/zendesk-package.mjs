// Builds the Zendesk ticket-sidebar app in integrations/zendesk/ into the zip Zendesk installs
// as a private app ("Upload private app" in Admin Center), the layout `zcli apps:package`
// makes: manifest.json, translations/, assets/ at the root.
//   build/app/     the unpacked app (what the e2e stand-in serves)
//   build/app.zip  the upload
// Offline, with nothing beyond the repo's own packages: rolldown (from vite) bundles the app
// with lib/ and the ZAF SDK from npm, pngjs draws the logos Zendesk requires, node:zlib zips.
// @zendesk/zcli is not used: a large CLI made to talk to a Zendesk account, for one zip.
import { copyFileSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { crc32, deflateRawSync } from 'node:zlib';
import { PNG } from 'pngjs';
import { build } from 'rolldown';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const source = join(root, 'integrations/zendesk');
const out = join(source, 'build');
const app = join(out, 'app');

async function bundle(input, file) {
  await build({
    input: join(source, input),
    platform: 'browser',
    tsconfig: join(root, 'tsconfig.json'),
    transform: { define: { 'process.env.NODE_ENV': '"production"' } },
    output: { file: join(app, 'assets', file), format: 'iife', minify: true },
    logLevel: 'warn',
  });
}

/** A teal tile with a white tick: Zendesk asks for logo.png (320px) and logo-small.png (128px). */
function logo(size) {
  const png = new PNG({ width: size, height: size });
  const s = size / 320;
  const tick = [
    [88, 168],
    [140, 220],
    [236, 112],
  ].map(([x, y]) => [x * s, y * s]);
  const nearTick = (x, y) =>
    tick.slice(1).some(([bx, by], i) => {
      const [ax, ay] = tick[i];
      const t = Math.max(
        0,
        Math.min(
          1,
          ((x - ax) * (bx - ax) + (y - ay) * (by - ay)) / ((bx - ax) ** 2 + (by - ay) ** 2),
        ),
      );
      return Math.hypot(x - (ax + t * (bx - ax)), y - (ay + t * (by - ay))) < 22 * s;
    });
  for (let y = 0; y < size; y++) {
    for (let x = 0; x < size; x++) {
      const i = (y * size + x) * 4;
      const white = nearTick(x + 0.5, y + 0.5);
      png.data[i] = white ? 255 : 15;
      png.data[i + 1] = white ? 255 : 118;
      png.data[i + 2] = white ? 255 : 110;
      png.data[i + 3] = 255;
    }
  }
  return PNG.sync.write(png);
}

/** A plain zip (deflate, no extras), enough for Zendesk's upload. */
function zip(entries) {
  const locals = [];
  const centrals = [];
  let offset = 0;
  for (const { name, data } of entries) {
    const packed = deflateRawSync(data);
    const nameBytes = Buffer.from(name, 'utf8');
    const head = Buffer.alloc(30);
    head.writeUInt32LE(0x04034b50, 0);
    head.writeUInt16LE(20, 4);
    head.writeUInt16LE(0x0800, 6);
    head.writeUInt16LE(8, 8);
    head.writeUInt32LE(0x00210000, 10);
    head.writeUInt32LE(crc32(data), 14);
    head.writeUInt32LE(packed.length, 18);
    head.writeUInt32LE(data.length, 22);
    head.writeUInt16LE(nameBytes.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    head.copy(central, 8, 6, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(head, nameBytes, packed);
    centrals.push(central, nameBytes);
    offset += head.length + nameBytes.length + packed.length;
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, directory, end]);
}

rmSync(out, { recursive: true, force: true });
mkdirSync(join(app, 'assets'), { recursive: true });
mkdirSync(join(app, 'translations'), { recursive: true });

const manifest = JSON.parse(readFileSync(join(source, 'manifest.json'), 'utf8'));
// Zendesk shows the author in your own Admin Center only: name your team when you package.
manifest.author = {
  name: process.env.ZENDESK_AUTHOR_NAME || manifest.author.name,
  email: process.env.ZENDESK_AUTHOR_EMAIL || manifest.author.email,
};
writeFileSync(join(app, 'manifest.json'), `${JSON.stringify(manifest, null, 2)}\n`);
copyFileSync(join(source, 'translations/en.json'), join(app, 'translations/en.json'));
for (const file of ['iframe.html', 'sidebar.css']) {
  copyFileSync(join(source, 'assets', file), join(app, 'assets', file));
}
writeFileSync(join(app, 'assets/logo.png'), logo(320));
writeFileSync(join(app, 'assets/logo-small.png'), logo(128));
await bundle('src/zaf-sdk.ts', 'zaf_sdk.min.js');
await bundle('src/sidebar.ts', 'sidebar.js');

const files = [
  'manifest.json',
  'translations/en.json',
  ...[
    'iframe.html',
    'sidebar.css',
    'sidebar.js',
    'zaf_sdk.min.js',
    'logo.png',
    'logo-small.png',
  ].map((file) => `assets/${file}`),
];
writeFileSync(
  join(out, 'app.zip'),
  zip(files.map((name) => ({ name, data: readFileSync(join(app, name)) }))),
);
console.log(`Zendesk app: ${relative(root, join(out, 'app.zip'))} (${files.length} files)`);
