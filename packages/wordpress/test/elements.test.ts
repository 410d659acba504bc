import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { before, describe, it } from 'node:test';
import { openApiDocument } from '../../sdk/src/openapi/document.js';
import { elements as loaderElements } from '../../widgets/src/loader/elements.js';
import { parsePo } from '../../../scripts/lib/gettext.mjs';
import { wordpressPackages } from '../../../scripts/lib/system-packages.mjs';
import { BLOCKS } from '../src/editor/block-names.js';

// The plugin keeps up with the widgets and the API: every element the loader defines is a block, a shortcode and
// German words in the plugin, and every public endpoint of the API is relayed in privacy mode (or named below as
// one no element calls). A new element or endpoint without its part in the plugin fails here.

const root = new URL('..', import.meta.url).pathname;

/** Public endpoints that the relay leaves alone on purpose, since no element calls them. */
const NOT_RELAYED: Record<string, string> = {
  'GET /health': 'the liveness check of SINN’s operators',
  'GET /v1/openapi.json': 'the API’s description, for developers',
  'GET /v1/memberships/confirm': 'the page the sign-up mail links to, on SINN’s own host',
  'POST /v1/memberships/confirm': 'the button on that page',
  'GET /v1/survey-votes/confirm': 'the page a vote’s mail links to, on SINN’s own host',
  'POST /v1/survey-votes/confirm': 'the button on that page',
  'POST /v1/relay-check': 'the settings page’s check of the relay’s signature, sent by WordPress itself (Sinn_Widgets_Relay_Check)',
};

/** What the relay reads besides the documented endpoints: the images the answers link to (/media/{id}). */
const IMAGE = 'GET media/3f6c2a9b81d04e57.png';

/** A request for each path, its parameters filled in as an element would. */
function sample(path: string): string {
  return path
    .replace('{slug}', 'beispiel-initiative')
    .replace('{id}', '0b9a4d1e-5c1f-4a7b-9f3e-2d6c8e1a7b90')
    .replace(/^\//, '');
}

interface PluginLists {
  elements: Record<string, { tag: string; shortcode: string }>;
  /** For each request asked about, whether the relay passes it on. */
  relayed: boolean[];
  /** The relay's patterns that no request asked about matches. */
  unused: string[];
}

/** The plugin's own lists, read by PHP from its classes, and the relay's answer for each of `requests`. */
function pluginLists(requests: string[]): PluginLists {
  const code = `
    define('ABSPATH', '/');
    require '${join(root, 'includes/class-sinn-widgets-elements.php')}';
    require '${join(root, 'includes/class-sinn-widgets-relay.php')}';
    $requests = array_map(fn ($request) => explode(' ', $request, 2), json_decode(stream_get_contents(STDIN), true));
    $unused = array();
    foreach (array('GET' => Sinn_Widgets_Relay::READS, 'POST' => Sinn_Widgets_Relay::WRITES) as $method => $patterns) {
      foreach ($patterns as $pattern) {
        $hits = array_filter($requests, fn ($request) => $request[0] === $method && preg_match($pattern, $request[1]));
        if (!$hits) $unused[] = "$method $pattern";
      }
    }
    echo json_encode(array(
      'elements' => Sinn_Widgets_Elements::ELEMENTS,
      'relayed' => array_map(fn ($request) => Sinn_Widgets_Relay::relays($request[0], $request[1]), $requests),
      'unused' => $unused,
    ));`;
  const result = spawnSync('php', ['-r', code], { input: JSON.stringify(requests), encoding: 'utf8' });
  assert.equal(result.status, 0, result.stderr + result.stdout);
  return JSON.parse(result.stdout) as PluginLists;
}

describe('the plugin’s elements and relay against the widgets and the API', () => {
  before(() => wordpressPackages());

  const document = openApiDocument();
  const endpoints = Object.entries(document.paths as Record<string, Record<string, unknown>>)
    .filter(([path]) => !path.startsWith('/v1/admin'))
    .flatMap(([path, operations]) => Object.keys(operations).map((method) => `${method.toUpperCase()} ${path}`))
    .sort();
  const requests = endpoints.map((endpoint) => {
    const [method, path] = endpoint.split(' ') as [string, string];
    return `${method} ${sample(path)}`;
  });

  it('has every element the loader defines, and no other', () => {
    const { elements } = pluginLists([]);
    assert.ok(Object.keys(loaderElements).length >= 4, 'the loader’s elements are read');
    assert.deepEqual(Object.values(elements).map((element) => element.tag).sort(), Object.keys(loaderElements).sort());
  });

  it('gives each element a block, with its editing side and its words in German', () => {
    const { elements } = pluginLists([]);
    const po = parsePo(readFileSync(join(root, 'languages/sinn-widgets-de_DE.po'), 'utf8'));
    const german = (context: string, id: string) => po.find((entry) => entry.context === context && entry.id === id)?.strings[0]?.trim();
    for (const name of Object.keys(elements)) {
      const file = join(root, 'blocks', name, 'block.json');
      assert.ok(existsSync(file), `blocks/${name}/block.json`);
      const block = JSON.parse(readFileSync(file, 'utf8')) as { name: string; apiVersion: number; title: string; description: string; editorScript: string };
      assert.equal(block.name, `sinn/${name}`);
      assert.equal(block.apiVersion, 3, `${block.name}: API version 3, as the iframed editor asks`);
      assert.equal(block.editorScript, 'sinn-widgets-blocks', `${block.name} is edited by the plugin's editor script`);
      assert.ok(german('block title', block.title), `${block.name}: its title "${block.title}" in German`);
      assert.ok(german('block description', block.description), `${block.name}: its description in German`);
    }
    assert.deepEqual([...BLOCKS].sort(), Object.keys(elements).map((name) => `sinn/${name}`).sort(), 'the editor script registers every block');
  });

  it('gives each element a shortcode, which the readme names', () => {
    const { elements } = pluginLists([]);
    const readme = readFileSync(join(root, 'readme.txt'), 'utf8');
    const shortcodes = Object.values(elements).map((element) => element.shortcode);
    assert.equal(new Set(shortcodes).size, shortcodes.length, 'each its own');
    for (const shortcode of shortcodes) {
      assert.match(shortcode, /^sinn_[a-z_]+$/);
      assert.ok(readme.includes(`\`[${shortcode}]\`:`), `readme.txt lists the attributes of [${shortcode}]`);
    }
  });

  it('relays every public endpoint of the API that an element may call', () => {
    assert.ok(endpoints.includes('GET /v1/initiatives') && endpoints.includes('POST /v1/memberships'), 'the OpenAPI document’s paths are read');
    const { relayed } = pluginLists(requests);
    const missing = endpoints.filter((endpoint, index) => !relayed[index] && !(endpoint in NOT_RELAYED));
    assert.deepEqual(missing, [], 'relayed, or named in NOT_RELAYED with the reason');
    const needless = endpoints.filter((endpoint, index) => relayed[index] && endpoint in NOT_RELAYED);
    assert.deepEqual(needless, [], 'named in NOT_RELAYED, yet relayed');
    assert.deepEqual(Object.keys(NOT_RELAYED).filter((endpoint) => !endpoints.includes(endpoint)), [], 'NOT_RELAYED names endpoints that exist');
  });

  it('relays nothing that is not a public endpoint, and no write as a read', () => {
    const { relayed, unused } = pluginLists([...requests, IMAGE]);
    assert.deepEqual(unused, [], 'every pattern of the relay matches a documented endpoint (or the images)');
    assert.equal(relayed.at(-1), true, 'the images the answers link to');
    const crossed = pluginLists(requests.map((request) => request.replace(/^(GET|POST)/, (method) => (method === 'GET' ? 'POST' : 'GET'))));
    const asOther = endpoints.filter((endpoint, index) => crossed.relayed[index] && !endpoints.includes(endpoint.replace(/^(GET|POST)/, (method) => (method === 'GET' ? 'POST' : 'GET'))));
    assert.deepEqual(asOther, [], 'a read is relayed as a read, a write as a write');
    const admin = pluginLists(['GET v1/admin/memberships', 'POST v1/admin/partner-keys', 'GET health', 'DELETE v1/initiatives']).relayed;
    assert.deepEqual(admin, [false, false, false, false]);
  });
});
