import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { esbuildTypescript } from '../rollup-esbuild.mjs';

// The build's TypeScript step with Lit's templates minified (rollup.config.mjs, the script-tag build).

async function built(source: string): Promise<string> {
  const plugin = esbuildTypescript({ minifyTemplates: true });
  const context = {
    error(message: string): never {
      throw new Error(message);
    },
  };
  const result = await plugin.transform.call(context, source, '/virtual/element.ts');
  return result!.code;
}

describe('the template minifier', () => {
  it("takes the indentation out of a template's text, and the templates nested in its expressions", async () => {
    const code = await built('import { html } from "lit";\nexport const t = (x: number[]) => html`<ul>\n  ${x.map((y) => html`<li>\n    ${y}\n  </li>`)}\n</ul>`;\n');
    assert.match(code, /html`<ul> \$\{x\.map\(\(y\) => html`<li> \$\{y\} <\/li>`\)\} <\/ul>`/);
  });

  it('reads a comment inside an expression as a comment: its quotes, backticks and tags are no strings', async () => {
    // A comment with an apostrophe once stopped the build ("unterminated template").
    const code = await built(
      'import { html } from "lit";\nexport const t = (x: number[]) => html`<p>\n  ${x.map((y) => {\n    // the pointer\'s <title> `tip`\n    /* and "this" */\n    return html`<b>\n ${y}</b>`;\n  })}\n</p>`;\n',
    );
    assert.match(code, /html`<b> \$\{y\}<\/b>`/);
    assert.match(code, /html`<p> \$\{/);
  });
});
