export const compactSpecifiers: string[];
export function compactStandIn(source: string, importer: string | undefined): string | undefined;
