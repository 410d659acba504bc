import type { Plugin } from 'rollup';

/** The brotli and gzip twins of a file's bytes, each null where it would not be smaller than the file. */
export function compressedTwins(bytes: Uint8Array): Promise<{ br: Buffer | null; gz: Buffer | null }>;
/** The rollup plugin that writes `<file>.br` and `<file>.gz` beside each text file of a bundle once it is written. */
export function precompress(): Plugin;
