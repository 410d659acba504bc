import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Diff } from 'api-smart-diff';
import { breakingChanges, contractReport, readSnapshot, SNAPSHOT_COMMAND, type OpenApiDocument } from '../../../scripts/lib/api-contract.js';

// The check that keeps /v1 additive (packages/server/test/openapi-snapshot.test.ts runs it on the served
// document): each test changes a copy of the committed snapshot the way a careless edit of a schema would, and
// asserts that the check reports it, where it happens, or lets it pass.

type Json = Record<string, any>;

const snapshot = readSnapshot();

/** A copy of the snapshot with one change made to it. */
function changed(change: (document: Json) => void): OpenApiDocument {
  const copy = structuredClone(snapshot) as Json;
  change(copy);
  return copy as OpenApiDocument;
}

/** A component schema of the copy; the test stops here if the snapshot no longer has it. */
function schema(document: Json, name: string): Json {
  const found = document.components.schemas[name];
  assert.ok(found, `the snapshot has no component schema ${name}`);
  return found;
}

function operation(document: Json, method: string, path: string): Json {
  const found = document.paths[path]?.[method];
  assert.ok(found, `the snapshot has no ${method.toUpperCase()} ${path}`);
  return found;
}

function parameter(document: Json, method: string, path: string, name: string): Json {
  const found = operation(document, method, path).parameters.find((candidate: Json) => candidate.name === name);
  assert.ok(found, `${method.toUpperCase()} ${path} has no parameter ${name}`);
  return found;
}

function without(list: string[], item: string): string[] {
  assert.ok(list.includes(item), `${item} is not in ${JSON.stringify(list)}`);
  return list.filter((entry) => entry !== item);
}

/** Where a change is: `GET /v1/events responses`, `POST /v1/memberships requestBody`. */
const where = (diff: Diff) => `${String(diff.path[2]).toUpperCase()} ${String(diff.path[1])} ${String(diff.path[3] ?? '')}`.trim();

/** Asserts that the check fails on `after`, with a breaking change at `at` whose description matches `what`. */
function assertBreaks(after: OpenApiDocument, at: string, what: RegExp): Diff[] {
  const changes = breakingChanges(snapshot, after);
  assert.ok(changes.length > 0, 'the check let the change pass');
  assert.ok(
    changes.some((diff) => diff.type === 'breaking' && where(diff).startsWith(at) && what.test(diff.description ?? '')),
    `no breaking change at ${at} matching ${what}; reported: ${JSON.stringify(changes.map((diff) => [where(diff), diff.description]))}`,
  );
  return changes;
}

function assertPasses(after: OpenApiDocument): void {
  const changes = breakingChanges(snapshot, after);
  assert.deepEqual(changes, [], contractReport(changes));
}

describe('the contract check fails on what breaks a client already deployed', () => {
  describe('in answers', () => {
    it('a field removed', () => {
      const after = changed((document) => {
        const event = schema(document, 'Event');
        delete event.properties.summary;
        event.required = without(event.required, 'summary');
      });
      assertBreaks(after, 'GET /v1/events responses', /\[Removed\] property `summary` from `items\[\]`/);
    });

    it('a field retyped', () => {
      const after = changed((document) => {
        schema(document, 'Event').properties.allDay = { type: 'string' };
      });
      assertBreaks(after, 'GET /v1/events responses', /type definition of `items\[\]\.allDay`/);
    });

    it('an integer field widened to any number', () => {
      const after = changed((document) => {
        schema(document, 'EventList').properties.total.type = 'number';
      });
      assertBreaks(after, 'GET /v1/events responses', /type definition of `total`/);
    });

    it('a field made optional', () => {
      const after = changed((document) => {
        const event = schema(document, 'Event');
        event.required = without(event.required, 'summary');
      });
      assertBreaks(after, 'GET /v1/events responses', /\[Removed\] required status from `items\[\]\.summary`/);
    });

    it('a field made nullable, as zod writes a nullable string', () => {
      const after = changed((document) => {
        const summary = schema(document, 'Event').properties.summary;
        assert.equal(summary.type, 'string');
        summary.type = ['string', 'null'];
      });
      assertBreaks(after, 'GET /v1/events responses', /type definition of `items\[\]\.summary`/);
    });

    it('an object field made nullable, as zod writes a nullable reference', () => {
      const after = changed((document) => {
        const event = schema(document, 'Event');
        assert.deepEqual(event.properties.organiser, { $ref: '#/components/schemas/OrganisationRef' });
        event.properties.organiser = { anyOf: [{ $ref: '#/components/schemas/OrganisationRef' }, { type: 'null' }] };
      });
      assertBreaks(after, 'GET /v1/events responses', /anyOf schema to `items\[\]\.organiser`/);
    });

    it('an enum widened: an event category an old widget does not know', () => {
      const after = changed((document) => {
        schema(document, 'EventCategoryId').enum.push('kochkurs');
      });
      const changes = assertBreaks(after, 'GET /v1/events responses', /possible values of `items\[\]\.category`/);
      assertBreaks(after, 'GET /v1/taxonomies responses', /possible values of `eventCategories\[\]\.id`/);
      // The same enum in a query parameter grows too, which no sender minds.
      assert.ok(!changes.some((diff) => where(diff).startsWith('GET /v1/events parameters')));
    });

    it('an enum widened: a region an old widget does not know', () => {
      const after = changed((document) => {
        schema(document, 'RegionId').enum.push('boehmen');
      });
      assertBreaks(after, 'GET /v1/initiatives responses', /possible values of `items\[\]\.region`/);
      assertBreaks(after, 'GET /v1/mentors responses', /region/);
    });

    it('an enum value renamed', () => {
      const after = changed((document) => {
        const categories = schema(document, 'EventCategoryId').enum as string[];
        categories[categories.indexOf('dialog')] = 'dialogforum';
        assert.ok(categories.includes('dialogforum'));
      });
      assertBreaks(after, 'GET /v1/events responses', /possible values of `items\[\]\.category`/);
      // …and a sender's `category=dialog` is refused now.
      assertBreaks(after, 'GET /v1/events parameters', /query parameter `category`/);
    });

    it('an enum dropped, so that any string may come', () => {
      const after = changed((document) => {
        const stage = schema(document, 'StageId');
        assert.ok(Array.isArray(stage.enum));
        delete stage.enum;
      });
      assertBreaks(after, 'GET /v1/initiatives responses', /possible values of `items\[\]\.stage`/);
    });

    it('a date-time field that becomes a date', () => {
      const after = changed((document) => {
        const start = schema(document, 'Event').properties.start;
        assert.equal(start.format, 'date-time');
        start.format = 'date';
      });
      assertBreaks(after, 'GET /v1/events responses', /value format of `items\[\]\.start`/);
    });

    it('a response code dropped', () => {
      const after = changed((document) => {
        delete operation(document, 'get', '/v1/events').responses['304'];
      });
      assertBreaks(after, 'GET /v1/events responses', /\[Removed\] Response 304/);
    });

    it('a media type of an answer dropped: the partial list of `fields`, beside the whole one', () => {
      const after = changed((document) => {
        const content = operation(document, 'get', '/v1/events').responses['200'].content;
        const fields = Object.keys(content).find((type) => type.startsWith('application/json;'));
        assert.ok(fields, 'the snapshot answers /v1/events in two JSON media types');
        delete content[fields];
      });
      assertBreaks(after, 'GET /v1/events responses', /\[Removed\].*profile=/);
    });

    it('an operation removed', () => {
      const after = changed((document) => {
        operation(document, 'get', '/v1/mentors/suggest');
        delete document.paths['/v1/mentors/suggest'];
      });
      assertBreaks(after, 'GET /v1/mentors/suggest', /\[Removed\] operation GET \/v1\/mentors\/suggest/);
    });
  });

  describe('in requests', () => {
    it('a required query parameter added', () => {
      const after = changed((document) => {
        operation(document, 'get', '/v1/events').parameters.push({ name: 'partner', in: 'query', required: true, schema: { type: 'string' } });
      });
      assertBreaks(after, 'GET /v1/events parameters', /required query parameter `partner`/);
    });

    it('an optional query parameter made required', () => {
      const after = changed((document) => {
        parameter(document, 'get', '/v1/events', 'from').required = true;
      });
      assertBreaks(after, 'GET /v1/events parameters', /\[Added\] required status .*`from`/);
    });

    it('a required field added to a body', () => {
      const after = changed((document) => {
        const body = schema(document, 'MembershipRequest');
        body.properties.phone = { type: 'string' };
        body.required.push('phone');
      });
      assertBreaks(after, 'POST /v1/memberships requestBody', /required status to `phone`/);
    });

    it('an enum narrowed in a query parameter', () => {
      const after = changed((document) => {
        const category = parameter(document, 'get', '/v1/events', 'category');
        const categories = schema(document, 'EventCategoryId').enum as string[];
        category.schema.items = { type: 'string', enum: without(categories, 'workshop') };
      });
      assertBreaks(after, 'GET /v1/events parameters', /possible values .*query parameter `category`/);
    });

    it('an enum narrowed in a body', () => {
      const after = changed((document) => {
        const language = schema(document, 'MailLanguage');
        language.enum = without(language.enum, 'en');
      });
      assertBreaks(after, 'POST /v1/memberships requestBody', /possible values of `language`/);
      assertBreaks(after, 'POST /v1/mentors/{id}/requests requestBody', /possible values of `language`/);
    });

    it('a body field retyped', () => {
      const after = changed((document) => {
        schema(document, 'MembershipRequest').properties.newsletter = { type: 'string' };
      });
      assertBreaks(after, 'POST /v1/memberships requestBody', /type definition of `newsletter`/);
    });

    it('a response code of a form dropped (429 and its Retry-After)', () => {
      const after = changed((document) => {
        delete operation(document, 'post', '/v1/memberships').responses['429'];
      });
      assertBreaks(after, 'POST /v1/memberships responses', /\[Removed\] Response 429/);
    });
  });

  it('says which change breaks which client, and how to go on', () => {
    const after = changed((document) => {
      schema(document, 'EventCategoryId').enum.push('kochkurs');
    });
    const report = contractReport(breakingChanges(snapshot, after));
    assert.match(report, /^GET \/v1\/events: clients already deployed read this answer \(the widgets bundled in the WordPress plugin/m);
    assert.match(report, /possible values of `items\[\]\.category` in Response 200 content \(application\/json\) \(added: "kochkurs"\)/);
    assert.match(report, /new version path \(\/v2\/\.\.\.\)/);
    assert.ok(report.includes(`move the snapshot with a release: \`${SNAPSHOT_COMMAND}\``));
  });
});

describe('the contract check lets additions pass', () => {
  it('the snapshot against itself', () => {
    assertPasses(changed(() => {}));
  });

  it('an optional query parameter: `fields` on the lists', () => {
    const after = changed((document) => {
      for (const [path, component] of [
        ['/v1/events', 'Event'],
        ['/v1/initiatives', 'Initiative'],
        ['/v1/mentors', 'Mentor'],
      ] as const) {
        const keys = Object.keys(schema(document, component).properties);
        operation(document, 'get', path).parameters.push({
          name: 'fields',
          in: 'query',
          required: false,
          description: 'Only these fields of each item',
          schema: { type: 'array', minItems: 1, items: { type: 'string', enum: keys } },
          style: 'form',
          explode: false,
        });
      }
    });
    assertPasses(after);
  });

  it('a new optional field in an answer', () => {
    assertPasses(
      changed((document) => {
        schema(document, 'Event').properties.ticketUrl = { anyOf: [{ type: 'string', format: 'uri' }, { type: 'null' }] };
      }),
    );
  });

  it('a new field every answer carries', () => {
    assertPasses(
      changed((document) => {
        const event = schema(document, 'Event');
        event.properties.accessible = { type: 'boolean' };
        event.required.push('accessible');
      }),
    );
  });

  it('a new optional field in a body', () => {
    assertPasses(
      changed((document) => {
        schema(document, 'MembershipRequest').properties.referrer = { type: 'string', maxLength: 200 };
      }),
    );
  });

  it('a new endpoint', () => {
    assertPasses(
      changed((document) => {
        document.paths['/v1/organisations'] = {
          get: { operationId: 'listOrganisations', summary: 'Organisations', responses: { '200': { description: 'OK', content: { 'application/json': { schema: { type: 'object' } } } } } },
        };
      }),
    );
  });

  it('an answer narrowed: a nullable field that always comes now', () => {
    assertPasses(
      changed((document) => {
        const easyLanguage = schema(document, 'Event').properties.easyLanguage;
        assert.deepEqual(easyLanguage.type, ['string', 'null']);
        easyLanguage.type = 'string';
      }),
    );
  });

  it('new words: a summary, a description, the version', () => {
    assertPasses(
      changed((document) => {
        operation(document, 'get', '/v1/events').summary = 'Veranstaltungen';
        document.info.version = '9.9.9';
      }),
    );
  });
});
