// Which source modules went into which file of the script-tag build: the build's own configuration
// (rollup.config.mjs) run again in memory, without writing, and checked to have made the same files (rollup's
// hashes are of their contents) as the build on disk.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { rollup, type OutputOptions, type Plugin, type RollupOptions } from 'rollup';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));

/** Per file of the script-tag build, the modules with code in it (paths relative to the repository). */
export async function modulesByFile(cdn: string): Promise<Map<string, string[]>> {
  const configs = (await import(pathToFileURL(join(ROOT, 'rollup.config.mjs')).href)).default as RollupOptions[];
  // The script-tag build: the configuration whose entry is the loader.
  const scriptTag = configs.find((config) => config.input && typeof config.input === 'object' && 'sinn' in config.input);
  if (!scriptTag) throw new Error('rollup.config.mjs has no configuration with the entry sinn');
  const output = scriptTag.output as OutputOptions;
  // Not emptying the folder (it holds the build measured), nor writing the manifest: only the chunks.
  const plugins = (scriptTag.plugins as Plugin[]).filter((plugin) => plugin && !['clean-output', 'loader-manifest'].includes(plugin.name));
  const cwd = process.cwd();
  process.chdir(ROOT);
  try {
    const bundle = await rollup({ ...scriptTag, plugins, onwarn: () => undefined });
    const { output: chunks } = await bundle.generate(output);
    await bundle.close();
    const result = new Map<string, string[]>();
    for (const chunk of chunks) {
      if (chunk.type !== 'chunk') continue;
      if (!existsSync(join(cdn, chunk.fileName))) throw new Error(`${chunk.fileName} is not in the build on disk: the build is not current`);
      const ids = Object.entries(chunk.modules)
        .filter(([, info]) => info.renderedLength > 0)
        .map(([id]) => id.replace(/^\0/, '').replace(ROOT, ''));
      result.set(chunk.fileName, ids);
    }
    return result;
  } finally {
    process.chdir(cwd);
  }
}
