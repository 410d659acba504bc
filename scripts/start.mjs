// `npm start`: builds the browser bundles and the static Storybook when their sources are newer than the build (or
// there is none), then runs the API, which also serves the widgets, the example pages and the Storybook.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

const root = new URL('..', import.meta.url).pathname;
const built = join(root, 'packages/widgets/dist/cdn/sinn.js');

function newest(dir) {
  let time = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    time = Math.max(time, entry.isDirectory() ? newest(path) : statSync(path).mtimeMs);
  }
  return time;
}

// The build's own plugins (scripts/rollup-*.mjs, such as the one writing the brotli and gzip twins) count too.
const plugins = readdirSync(join(root, 'scripts')).filter((name) => /^rollup-.*\.mjs$/.test(name));
const sources = Math.max(
  newest(join(root, 'packages/widgets/src')),
  newest(join(root, 'packages/sdk/src')),
  ...['rollup.config.mjs', ...plugins.map((name) => `scripts/${name}`)].map((file) => statSync(join(root, file)).mtimeMs),
);
const rollup = join(root, 'node_modules/rollup/dist/bin/rollup');
if (!existsSync(built) || statSync(built).mtimeMs < sources) {
  if (existsSync(rollup)) {
    process.stdout.write('Building the widgets …\n');
    const build = spawnSync(process.execPath, [rollup, '-c', 'rollup.config.mjs', '--silent'], { cwd: root, stdio: 'inherit' });
    if (build.status !== 0) process.exit(build.status ?? 1);
  } else if (!existsSync(built)) {
    // Installed without dev dependencies (a server): the build has to come with the deployment.
    process.stdout.write('The widgets are not built, and the build tools are not installed: run `npm run build` where they are.\n');
  }
}

// The Storybook is a developer's catalogue: a failed build is reported, and the API starts all the same.
const storybook = join(root, 'storybook-static/index.html');
const stories = Math.max(sources, newest(join(root, 'stories')), newest(join(root, '.storybook')));
if (existsSync(join(root, 'node_modules/storybook')) && (!existsSync(storybook) || statSync(storybook).mtimeMs < stories)) {
  process.stdout.write('Building the Storybook …\n');
  const build = spawnSync('npm', ['run', '--silent', 'build-storybook'], { cwd: root, stdio: 'inherit' });
  if (build.status !== 0) process.stdout.write('The Storybook did not build; the API starts without it.\n');
}

const server = spawn(process.execPath, ['--conditions=source', '--import', 'tsx', 'packages/server/src/main.ts'], {
  cwd: root,
  stdio: 'inherit',
});

// Beside the API, on the next port, a partner's site with a strict Content-Security-Policy that embeds the
// elements from the API's origin, as a partner's own server would. A demonstration: not in production, where it
// would be one more site on the machine's address (with HOST=0.0.0.0, a public one), and not where
// SINN_PARTNER_SITE=0 turns it off.
const port = Number(process.env.PORT || 8787);
const host = process.env.HOST || '127.0.0.1';
const demo = process.env.NODE_ENV !== 'production' && !['0', 'false'].includes(process.env.SINN_PARTNER_SITE ?? '');
const partner =
  demo && port > 0
    ? spawn(process.execPath, [join(root, 'examples/partner-site/server.mjs')], {
        cwd: root,
        stdio: 'inherit',
        env: {
          ...process.env,
          PORT: String(port + 1),
          HOST: host,
          SINN_API: process.env.SINN_PUBLIC_URL || `http://${host === '0.0.0.0' ? 'localhost' : host}:${port}`,
        },
      })
    : null;
partner?.on('error', () => undefined);

// Ctrl-C reaches all processes through the terminal; a plain kill of this one is passed on.
for (const signal of ['SIGTERM', 'SIGHUP']) {
  process.on(signal, () => {
    server.kill(signal);
    partner?.kill(signal);
  });
}
process.on('SIGINT', () => undefined);
// A kill of npm's own process is not passed on to this one: where it loses its parent, the servers stop too.
const parent = process.ppid;
setInterval(() => {
  if (process.ppid === parent) return;
  server.kill('SIGTERM');
  partner?.kill('SIGTERM');
}, 500).unref();
server.on('exit', (code, signal) => {
  partner?.kill('SIGTERM');
  process.exit(code ?? (signal ? 1 : 0));
});
