import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import {
  apiCompare,
  breaking,
  contentMediaTypeMappingResolver,
  isResponseSchema,
  nonBreaking,
  openapi3Rules,
  transformComapreRules,
  type ClassifyRule,
  type ComapreContext,
  type CompareRules,
  type Diff,
  type DiffType,
  type MappingObjectResolver,
} from 'api-smart-diff';

// `/v1` only grows. The widgets bundled in the WordPress plugin, pages that pin an older sinn.js and the users of
// @sinn/sdk meet newer servers for years, and the widgets do not parse answers at run time: so the promise that
// an answer fits what they were built against is kept here, by comparing the served OpenAPI document with the
// snapshot taken at the last release. api-smart-diff does the comparing and the classifying.

export type OpenApiDocument = Record<string, unknown> & { paths: Record<string, Record<string, unknown>> };

/** The snapshot of `/v1` as the last release served it; `npm run contract:snapshot` moves it with a release. */
export const SNAPSHOT_PATH = 'packages/sdk/openapi/v1.snapshot.json';
const SNAPSHOT_FILE = fileURLToPath(new URL(`../../${SNAPSHOT_PATH}`, import.meta.url));
export const SNAPSHOT_COMMAND = 'npm run contract:snapshot';

export function readSnapshot(): OpenApiDocument {
  return JSON.parse(readFileSync(SNAPSHOT_FILE, 'utf8')) as OpenApiDocument;
}

export function writeSnapshot(document: OpenApiDocument): void {
  writeFileSync(SNAPSHOT_FILE, `${JSON.stringify(document, null, 2)}\n`);
}

// --- Where api-smart-diff's own rules are adjusted, and why ---------------------------------------------------
// The library writes its JSON Schema rules for what a client sends and, for answers, flips every classification
// (breaking <-> non-breaking). For additions and removals that flip is right; for a replaced value it is not: a
// value that changes is as much news to an old reader as to an old sender. Left as they are, these pass:
//   - a response field retyped (`"type": "string"` -> `"integer"`), or made nullable the way zod writes a nullable
//     string (`"string"` -> `["string", "null"]`): a replaced `type`;
//   - a response enum value renamed (`dialog` -> `dialogforum`): its enum mapping pairs the removed value with the
//     added one as one "replace", so the widening goes unreported;
//   - a response `format` or `const` replaced (`date` -> `date-time`);
//   - an enum dropped from a response (any string may now come): seen as every value removed, a narrowing.
// The rules below replace those classifiers with ones that ask the document path which way the data flows. Each
// rule gives all six slots (the last three are what the library uses in place of its flip), so the flip never
// applies to them.

type Direction = 'answer' | 'request';
type DirectionClassifier = (flows: Direction, ctx: ComapreContext) => DiffType;

/** Which way the data at a compared node flows: in an answer (responses/…/schema) or in what a client sends. */
function direction(ctx: ComapreContext): Direction {
  return isResponseSchema(ctx.before.path) || isResponseSchema(ctx.after.path) ? 'answer' : 'request';
}

/**
 * A classify rule whose add, remove and replace classifiers decide by the data's direction; given for the
 * library's direct slots and again for its flipped ones, so that its flip never applies.
 */
function byDirection(rule: { add: DirectionClassifier; remove: DirectionClassifier; replace: DirectionClassifier }): ClassifyRule {
  const add = (ctx: ComapreContext) => rule.add(direction(ctx), ctx);
  const remove = (ctx: ComapreContext) => rule.remove(direction(ctx), ctx);
  const replace = (ctx: ComapreContext) => rule.replace(direction(ctx), ctx);
  return [add, remove, replace, add, remove, replace];
}

const breaksReaders = (flows: Direction) => (flows === 'answer' ? breaking : nonBreaking);
const breaksSenders = (flows: Direction) => (flows === 'answer' ? nonBreaking : breaking);

/** `type` as a set; `number` also holds integers. */
function types(value: unknown): string[] {
  return Array.isArray(value) ? value.map(String) : typeof value === 'string' ? [value] : [];
}
function covers(wider: string[], type: string): boolean {
  return wider.includes(type) || (type === 'integer' && wider.includes('number'));
}

// `type`: one that appears constrains the values (fine for readers, not for senders), one that goes away frees
// them. Replaced: an answer breaks readers when it may now hold a type it could not before (retyped, or `null`
// added); a request breaks senders when a type they may send is no longer accepted.
const typeRule = byDirection({
  add: breaksSenders,
  remove: breaksReaders,
  replace: (flows, { before, after }) => {
    const [was, is] = [types(before.value), types(after.value)];
    const widened = is.some((type) => !covers(was, type));
    const narrowed = was.some((type) => !covers(is, type));
    return (flows === 'answer' ? widened : narrowed) ? breaking : nonBreaking;
  },
});

// One member of a `type` array: added widens, removed narrows, replaced does both.
const typeMemberRule = byDirection({ add: breaksReaders, remove: breaksSenders, replace: () => breaking });

const isEmptyArray = (value: unknown) => Array.isArray(value) && value.length === 0;

// One enum value. Added: an answer may hold a value old readers do not know. Removed: a sender's value is
// refused. Replaced (the library pairs a removed value with an added one): both. An enum that appears where there
// was none (the library then compares against no values) narrows; one that goes away (no values after) widens.
const enumValueRule = byDirection({
  add: (flows, { before }) => (isEmptyArray(before.parent) ? breaksSenders(flows) : breaksReaders(flows)),
  remove: (flows, { after }) => (isEmptyArray(after.parent) ? breaksReaders(flows) : breaksSenders(flows)),
  replace: () => breaking,
});

// `format` and `const` constrain a value: added, fine for readers; removed, fine for senders; replaced, neither.
const constraintRule = byDirection({ add: breaksSenders, remove: breaksReaders, replace: () => breaking });

type RuleNode = Record<string, unknown>;

/** A node of the library's JSON Schema rules (the rules of one schema object), recognised by its keywords. */
function isSchemaRuleNode(node: RuleNode): boolean {
  return ['/type', '/enum', '/properties', '/items', '/format', '/const'].every((key) => key in node);
}

function withDirectionRules(rules: CompareRules): CompareRules {
  const node = rules as RuleNode;
  if (!isSchemaRuleNode(node)) return rules;
  const type = node['/type'] as RuleNode;
  const enumRules = node['/enum'] as RuleNode;
  return {
    ...rules,
    '/type': { ...type, $: typeRule, '/*': { ...(type['/*'] as RuleNode), $: typeMemberRule } },
    '/enum': { ...enumRules, '/*': { ...(enumRules['/*'] as RuleNode), $: enumValueRule } },
    '/format': { ...(node['/format'] as RuleNode), $: constraintRule },
    '/const': { ...(node['/const'] as RuleNode), $: constraintRule },
  } as CompareRules;
}

// Media types. The library pairs the media types of a body or an answer by type and subtype alone, first come
// first served: of an answer in `application/json` and in `application/json; profile="…fields"` (a list with and
// without `fields`), the second finds its partner taken and is reported as removed, and added again, even where
// nothing changed. Media types of the same name are paired first here; the library pairs the rest as before.
const mediaTypes: MappingObjectResolver = (before, after, ctx) => {
  const same = Object.keys(before).filter((key) => key in after);
  const rest = (object: Record<string, unknown>) => Object.fromEntries(Object.entries(object).filter(([key]) => !same.includes(key)));
  const others = contentMediaTypeMappingResolver(rest(before), rest(after), ctx);
  return { ...others, mapped: { ...Object.fromEntries(same.map((key) => [key, key])), ...others.mapped } };
};

/** The rules with the library's pairing of media types replaced by `mediaTypes`, wherever it is used. */
function withMediaTypes(rules: CompareRules, done = new Map<object, CompareRules>()): CompareRules {
  // A node the library shares (the content of bodies and of answers is one) is replaced once, everywhere.
  const known = done.get(rules);
  if (known) return known;
  const out: RuleNode = {};
  done.set(rules, out as CompareRules);
  for (const [key, value] of Object.entries(rules as RuleNode)) {
    if (key === 'mapping' && value === contentMediaTypeMappingResolver) out[key] = mediaTypes;
    else if (key.startsWith('/') && typeof value === 'object' && value !== null && !Array.isArray(value)) out[key] = withMediaTypes(value as CompareRules, done);
    else out[key] = value;
  }
  return out as CompareRules;
}

/**
 * api-smart-diff's OpenAPI 3.1 rules with the classifiers above, and without comparing `components` on their
 * own: a component is compared where an operation uses it (its `$ref` resolved in place), where the library
 * knows whether it is read or sent. On its own it would be judged as if sent. Made new for every comparison:
 * the rules hold the library's cache of compared `$ref`s.
 */
export function contractRules(): CompareRules {
  const rules = withMediaTypes(transformComapreRules(openapi3Rules({ version: '3.1.x' }), withDirectionRules));
  return { ...rules, '/components': { skip: true } };
}

/** Every change from `before` to `after` that breaks a client built against `before`, or that the library cannot judge. */
export function breakingChanges(before: OpenApiDocument, after: OpenApiDocument): Diff[] {
  return allChanges(before, after).filter((diff) => diff.type === breaking || diff.type === 'unclassified');
}

/** Every change, classified: for the snapshot command, which lists what a release moves past. */
export function allChanges(before: OpenApiDocument, after: OpenApiDocument): Diff[] {
  // On copies: the library's transforms change the documents they compare (a parameter's `required: false` goes),
  // and the snapshot command writes the served document after comparing it.
  return apiCompare(structuredClone(before), structuredClone(after), { rules: contractRules() }).diffs;
}

function shown(value: unknown): string {
  const text = JSON.stringify(value);
  if (text === undefined) return '';
  return text.length > 80 ? `${text.slice(0, 77)}...` : text;
}

/** `GET /v1/events`, from a diff's path; and whether the change is in what that operation answers or is sent. */
function operationOf(diff: Diff): { operation: string; flows: Direction | 'operation' } {
  const [root, path, method, part] = diff.path.map(String);
  if (root !== 'paths' || !path) return { operation: 'the document', flows: 'operation' };
  const operation = method ? `${method.toUpperCase()} ${path}` : path;
  if (part === 'responses') return { operation, flows: isResponseSchema(diff.path) ? 'answer' : 'operation' };
  if (part === 'parameters' || part === 'requestBody') return { operation, flows: 'request' };
  return { operation, flows: 'operation' };
}

function change(diff: Diff): string {
  const values =
    diff.action === 'replace' || diff.action === 'rename'
      ? `${shown(diff.before)} -> ${shown(diff.after)}`
      : diff.action === 'add'
        ? `added: ${shown(diff.after)}`
        : `removed: ${shown(diff.before)}`;
  const what = `${diff.description || diff.path.join('/')} (${values})`;
  return diff.type === breaking ? what : `${what} [api-smart-diff cannot judge this change: judge it by hand]`;
}

const WHO: Record<Direction | 'operation', string> = {
  answer:
    'clients already deployed read this answer (the widgets bundled in the WordPress plugin, pages pinned to an older sinn.js, @sinn/sdk users) and would meet what they were not built for',
  request: 'clients already deployed send this request as they were built to, and this server would refuse it or read it otherwise',
  operation: 'clients already deployed call this operation and rely on what it answered',
};

/** The failure message: which change breaks which client, and how to go on. */
export function contractReport(changes: Diff[]): string {
  const byOperation = new Map<string, { flows: Set<string>; lines: string[] }>();
  for (const diff of changes) {
    const { operation, flows } = operationOf(diff);
    const entry = byOperation.get(operation) ?? { flows: new Set<string>(), lines: [] };
    entry.flows.add(WHO[flows]);
    entry.lines.push(change(diff));
    byOperation.set(operation, entry);
  }
  const sections = [...byOperation].map(
    ([operation, { flows, lines }]) =>
      `${operation}: ${[...flows].join('; ')}.\n${[...new Set(lines)].map((line) => `    - ${line}`).join('\n')}`,
  );
  return [
    `The served /v1/openapi.json breaks clients built against the snapshot of the last release (${SNAPSHOT_PATH}):`,
    '',
    ...sections,
    '',
    'How to go on:',
    '  - Make the change additive instead: a new optional field, a new optional parameter, a new endpoint. /v1 only grows.',
    '  - A change that must break belongs under a new version path (/v2/...), served beside /v1.',
    `  - If the change is deliberate and safe for every deployed client (nothing ever sent or read the old form), move the snapshot with a release: \`${SNAPSHOT_COMMAND}\`, and commit the snapshot with the release, saying why.`,
  ].join('\n');
}
