// FullCalendar 7 for the calendar benchmarks: installed once into bench/.cache/ (never into the project's
// dependencies) and bundled as a site's bundler would ship its month view.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const FULLCALENDAR = fileURLToPath(new URL('../.cache/fullcalendar', import.meta.url));

/** `npm install`s FullCalendar 7's vanilla build into bench/.cache/ once; returns its version. */
export function installFullCalendar(): string {
  const manifest = join(FULLCALENDAR, 'node_modules/fullcalendar/package.json');
  const installed = () => (existsSync(manifest) ? (JSON.parse(readFileSync(manifest, 'utf8')) as { version: string }).version : '');
  if (!installed().startsWith('7.')) {
    mkdirSync(FULLCALENDAR, { recursive: true });
    process.stdout.write('Installing FullCalendar 7 into bench/.cache/fullcalendar (once)…\n');
    // Since version 7 the vanilla calendar is the `fullcalendar` package (`@fullcalendar/core` holds only types,
    // the day grid is `fullcalendar/daygrid`); npm adds its peers preact and temporal-polyfill.
    const npm = spawnSync('npm', ['install', '--prefix', FULLCALENDAR, '--no-save', '--no-package-lock', '--ignore-scripts', '--no-audit', '--no-fund', 'fullcalendar@7'], {
      cwd: FULLCALENDAR,
      stdio: 'inherit',
    });
    if (npm.status !== 0 || !installed().startsWith('7.')) throw new Error('could not install fullcalendar@7');
  }
  return installed();
}

/**
 * FullCalendar's month view as a site's bundler would ship it: the calendar, the day grid, the classic theme and
 * German, minified into one script for a plain script tag, and its three style sheets in one.
 */
export async function bundleFullCalendar(): Promise<{ js: Buffer; css: Buffer }> {
  const common = { bundle: true, minify: true, write: false, target: 'es2022', logLevel: 'warning' } as const;
  const js = await build({
    ...common,
    stdin: {
      contents: [
        "export { Calendar } from 'fullcalendar';",
        "export { default as dayGridPlugin } from 'fullcalendar/daygrid';",
        "export { default as classicThemePlugin } from 'fullcalendar/themes/classic';",
        "export { default as deLocale } from 'fullcalendar/locales/de';",
      ].join('\n'),
      resolveDir: FULLCALENDAR,
      loader: 'js',
    },
    format: 'iife',
    globalName: 'FullCalendar',
  });
  const css = await build({
    ...common,
    stdin: {
      contents: ['skeleton.css', 'themes/classic/theme.css', 'themes/classic/palette.css'].map((file) => `@import 'fullcalendar/${file}';`).join('\n'),
      resolveDir: FULLCALENDAR,
      loader: 'css',
    },
  });
  return { js: Buffer.from(js.outputFiles[0]!.contents), css: Buffer.from(css.outputFiles[0]!.contents) };
}
