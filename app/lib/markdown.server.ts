import MarkdownIt from 'markdown-it';

/*
 * Markdown for course modules and guidance. Raw HTML is not allowed (it is shown as text), and
 * links may only go to http(s) addresses or to pages of this site: rendered content cannot run
 * script, whatever a YAML author writes.
 */
const markdown = new MarkdownIt({ html: false, linkify: false, typographer: false, breaks: false });

const SAFE_LINK = /^(https?:\/\/|\/(?!\/)|#)/i;

markdown.validateLink = (url: string) => SAFE_LINK.test(url.trim());

const defaultLinkOpen =
  markdown.renderer.rules.link_open ??
  ((tokens, idx, options, _env, self) => self.renderToken(tokens, idx, options));

markdown.renderer.rules.link_open = (tokens, idx, options, env, self) => {
  const token = tokens[idx];
  const href = token?.attrGet('href') ?? '';
  if (token && /^https?:\/\//i.test(href)) {
    token.attrSet('rel', 'noopener noreferrer');
  }
  return defaultLinkOpen(tokens, idx, options, env, self);
};

// Images would load third-party content on slow connections: shown as their text instead.
markdown.renderer.rules.image = (tokens, idx) =>
  markdown.utils.escapeHtml(tokens[idx]?.content ?? '');

/** Safe HTML from Markdown; headings are shifted down so that a module's "##" sits under the page's h1. */
export function renderMarkdown(
  source: string,
  { headingOffset = 0 }: { headingOffset?: number } = {},
): string {
  const tokens = markdown.parse(source, {});
  if (headingOffset) {
    for (const token of tokens) {
      if (
        (token.type === 'heading_open' || token.type === 'heading_close') &&
        /^h[1-6]$/.test(token.tag)
      ) {
        const level = Math.min(6, Number(token.tag.slice(1)) + headingOffset);
        token.tag = `h${level}`;
      }
    }
  }
  return markdown.renderer.render(tokens, markdown.options, {});
}
