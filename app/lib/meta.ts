import type { MetaDescriptor } from '@remix-run/node';

export interface PageMeta {
  title: string;
  site: string;
  description?: string;
}

/** "<page> · <site>" plus an optional description, from strings a loader translated. */
export function documentTitle(meta: PageMeta | undefined): MetaDescriptor[] {
  if (!meta) return [];
  const tags: MetaDescriptor[] = [{ title: `${meta.title} · ${meta.site}` }];
  if (meta.description) tags.push({ name: 'description', content: meta.description });
  return tags;
}
