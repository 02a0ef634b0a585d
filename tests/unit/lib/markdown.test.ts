import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { renderMarkdown } from '~/lib/markdown.server';

/*
 * Module bodies and guidance come from YAML that anyone may propose in a pull request. The
 * hostile fixture tries the usual ways of running script; the rendered HTML must contain no
 * element or attribute that could, and keep the text readable.
 */
const hostile = readFileSync('tests/fixtures/modules/hostile.md', 'utf8');
const html = renderMarkdown(hostile);

/** Every real tag in the output (escaped text such as &lt;script&gt; is not a tag). */
const tags = [...html.matchAll(/<([a-z][a-z0-9]*)\b([^>]*)>/gi)].map((m) => ({
  name: (m[1] ?? '').toLowerCase(),
  attributes: m[2] ?? '',
}));

describe('rendering hostile Markdown', () => {
  test('produces only harmless elements', () => {
    const allowed = new Set(['h1', 'p', 'a', 'code', 'pre', 'strong', 'em']);
    expect(tags.length).toBeGreaterThan(5);
    expect(tags.filter((t) => !allowed.has(t.name))).toEqual([]);
  });

  test('carries no event handler or style attribute', () => {
    expect(tags.filter((t) => /\s(on[a-z]+|style|srcdoc)\s*=/i.test(t.attributes))).toEqual([]);
  });

  test('links only to the web or to this site', () => {
    const hrefs = tags
      .filter((t) => t.name === 'a')
      .map((t) => /href="([^"]*)"/.exec(t.attributes)?.[1] ?? '');
    expect(hrefs).toEqual(['https://www.ipu.org/', '/learn']);
    expect(html).toContain('rel="noopener noreferrer"');
  });

  test('shows raw HTML as text rather than dropping it silently', () => {
    expect(html).toContain('&lt;script&gt;alert(');
    expect(html).toContain('<strong>bold inside html</strong>');
    expect(html).toContain('tracking image');
    expect(html).not.toContain('evil.example/pixel.png"');
  });
});

describe('heading offset', () => {
  test('moves headings down so that a module sits under the page heading, never past h6', () => {
    expect(renderMarkdown('# One\n\n###### Six', { headingOffset: 1 })).toBe(
      '<h2>One</h2>\n<h6>Six</h6>\n',
    );
  });
});
