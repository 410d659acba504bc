import type { Plugin } from 'rollup';

/** The plugin, with its transform as rollup calls it: TypeScript in, JavaScript out. */
export type EsbuildTypescript = Omit<Plugin, 'transform'> & {
  transform(this: { error(message: string): never }, code: string, id: string): Promise<{ code: string; map: string | null } | null>;
};

/** TypeScript through esbuild for rollup; with `minifyTemplates`, Lit's templates and styles lose their indentation. */
export function esbuildTypescript(options?: { minifyTemplates?: boolean }): EsbuildTypescript;
