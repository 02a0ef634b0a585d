import type { MetaDescriptor } from '@remix-run/node';

export interface PageMeta {
  title: string;
  site: string;
  description?: string;
}

/** "<page> · <site>": every document's title, error pages included. */
export function pageTitle(title: string, site: string): string {
  return `${title} · ${site}`;
}

/** The page's title plus an optional description, from strings a loader translated. */
export function documentTitle(meta: PageMeta | undefined): MetaDescriptor[] {
  if (!meta) return [];
  const tags: MetaDescriptor[] = [{ title: pageTitle(meta.title, meta.site) }];
  if (meta.description) tags.push({ name: 'description', content: meta.description });
  return tags;
}
