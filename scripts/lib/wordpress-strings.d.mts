/** `{ context, id }` of every translatable string of the WordPress plugin in `root` (packages/wordpress). */
export function pluginStrings(root: string): { context: string | undefined; id: string }[];
