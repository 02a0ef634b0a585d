import routes from '~/routes';

interface RouteEntry {
  file?: string;
  path?: string;
  index?: boolean;
  children?: RouteEntry[];
}

/**
 * Every page a browser can request: leaf routes of app/routes.ts, with their full paths. An index
 * route shares its parent's path; a form posts to it with "?index" (Remix adds it to its forms).
 */
export function pagePaths(
  entries: readonly RouteEntry[] = routes as RouteEntry[],
  prefix = '',
): { path: string; file: string; index: boolean }[] {
  return entries.flatMap((entry) => {
    const path = entry.path ? `${prefix}/${entry.path}`.replace(/\/+/g, '/') : prefix;
    if (entry.children?.length) return pagePaths(entry.children, path);
    return entry.file ? [{ path: path || '/', file: entry.file, index: Boolean(entry.index) }] : [];
  });
}

/** A route path with its parameters filled in. */
export function fillPath(path: string, values: Record<string, string | number>): string {
  return path.replace(/:(\w+)/g, (whole, name: string) =>
    name in values ? String(values[name]) : whole,
  );
}
