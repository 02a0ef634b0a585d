/**
 * A hub's name as it appears in addresses and file names: lower-case ASCII words joined by
 * hyphens (accents dropped, anything else a separator), then `suffix`, which keeps two hubs of
 * the same name apart. A name with no such letters or digits becomes "hub".
 */
export function hubSlug(name: string, suffix: string): string {
  const base = name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
  return `${base || 'hub'}-${suffix}`;
}
