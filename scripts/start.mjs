// `npm start`: builds the production app when there is no build or the sources are newer
// than it, then serves it on PORT (default 3000).
import { spawnSync, spawn } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

const root = new URL('..', import.meta.url).pathname;
const buildId = join(root, '.next', 'BUILD_ID');
const sourceDirs = ['app', 'components', 'content', 'lib', 'machines', 'public'];
const sourceFiles = [
  'next.config.ts',
  'proxy.ts',
  'package.json',
  'package-lock.json',
  'postcss.config.mjs',
];

function newest(path) {
  if (!existsSync(path)) return 0;
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return Math.max(0, ...readdirSync(path).map((name) => newest(join(path, name))));
}

// The script hashes are written after the build: a build without them is not finished.
const hashes = join(root, '.next', 'csp-hashes.json');
const builtAt = existsSync(buildId) && existsSync(hashes) ? statSync(buildId).mtimeMs : 0;
const changedAt = Math.max(...[...sourceDirs, ...sourceFiles].map((p) => newest(join(root, p))));
if (builtAt < changedAt) {
  console.log(
    builtAt ? 'Sources changed since the last build: building…' : 'No build yet: building…',
  );
  const build = spawnSync('npm', ['run', 'build'], { cwd: root, stdio: 'inherit' });
  if (build.status !== 0) process.exit(build.status ?? 1);
}

const port = process.env.PORT || '3000';
// Next then leaves exiting on SIGTERM/SIGINT to the app, which writes its waiting counts first.
const server = spawn('npx', ['next', 'start', '-p', port], {
  cwd: root,
  stdio: 'inherit',
  env: { ...process.env, NEXT_MANUAL_SIG_HANDLE: 'true' },
});
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => server.kill(signal));
server.on('exit', (code) => process.exit(code ?? 0));
