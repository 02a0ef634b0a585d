// npm run lint runs this after ESLint: every import inside app/ must follow the layers of
// DESIGN.md (docs/decisions/002-layers.md), and no two files may import each other, directly or
// through others. Prints each fault with its file and exits with 1 when there is one.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';

type Layer =
  | 'routes'
  | 'root'
  | 'components'
  | 'access'
  | 'services'
  | 'models'
  | 'content'
  | 'db'
  | 'lib'
  | 'domain'
  | 'locales'
  | 'styles';

/** What each layer may import. Arrows point down; nothing imports upward. */
const allowed: Record<Layer, readonly Layer[]> = {
  root: ['routes', 'components', 'access', 'services', 'lib', 'domain', 'styles', 'locales'],
  routes: ['routes', 'components', 'access', 'services', 'lib', 'domain', 'root', 'styles'],
  components: ['components', 'lib', 'domain', 'root'],
  access: ['access', 'models', 'lib', 'domain'],
  services: ['services', 'models', 'content', 'lib', 'domain'],
  models: ['models', 'db', 'lib', 'domain'],
  content: ['content', 'lib', 'domain'],
  db: ['db', 'lib', 'domain'],
  lib: ['lib', 'domain', 'locales'],
  domain: ['domain'],
  locales: [],
  styles: [],
};

/** Imports of types only, which leave no trace at run time, may also reach these. */
const typesAllowed: Partial<Record<Layer, readonly Layer[]>> = {
  components: ['services'],
  root: ['models'],
};

const APP = resolve('app');

function layerOf(file: string): Layer {
  const parts = relative(APP, file).split('/');
  const top = parts[0];
  if (parts.length === 1 || top === undefined) return 'root';
  const layers: readonly Layer[] = [
    'routes',
    'components',
    'access',
    'services',
    'models',
    'content',
    'db',
    'lib',
    'domain',
    'locales',
    'styles',
  ];
  return layers.find((l) => l === top) ?? 'root';
}

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sources(path);
    return /\.(ts|tsx)$/.test(name) && !/\.d\.ts$/.test(name) ? [path] : [];
  });
}

function resolveImport(from: string, specifier: string): string | undefined {
  let base: string;
  if (specifier.startsWith('~/')) base = join(APP, specifier.slice(2));
  else if (specifier.startsWith('.')) base = resolve(dirname(from), specifier);
  else return undefined;
  base = base.replace(/\?.*$/, '');
  for (const candidate of [base, `${base}.ts`, `${base}.tsx`, join(base, 'index.ts')]) {
    if (existsSync(candidate) && statSync(candidate).isFile()) return candidate;
  }
  return base;
}

interface Edge {
  to: string;
  typeOnly: boolean;
}

const IMPORT =
  /(?:^|\n)\s*(import|export)\s+(type\s+)?([^'"]*?)\s*from\s*['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)|(?:^|\n)\s*import\s+['"]([^'"]+)['"]/g;

function importsOf(file: string): Edge[] {
  const text = readFileSync(file, 'utf8');
  const edges: Edge[] = [];
  for (const match of text.matchAll(IMPORT)) {
    const specifier = match[4] ?? match[5] ?? match[6];
    if (!specifier) continue;
    const to = resolveImport(file, specifier);
    if (!to) continue;
    const clause = match[3] ?? '';
    const inlineTypes = /^\{[^}]*\}$/.test(clause.trim())
      ? clause
          .trim()
          .slice(1, -1)
          .split(',')
          .map((s) => s.trim())
          .filter(Boolean)
          .every((s) => s.startsWith('type '))
      : false;
    edges.push({ to, typeOnly: Boolean(match[2]) || inlineTypes });
  }
  return edges;
}

const files = sources(APP);
const graph = new Map(files.map((file) => [file, importsOf(file)]));
const faults: string[] = [];

for (const [file, edges] of graph) {
  const from = layerOf(file);
  for (const edge of edges) {
    const to = layerOf(edge.to);
    const ok =
      allowed[from].includes(to) || (edge.typeOnly && (typesAllowed[from] ?? []).includes(to));
    if (!ok)
      faults.push(
        `${relative('.', file)}: ${from} may not import ${to} (${relative('.', edge.to)})`,
      );
  }
}

// Cycles, by Tarjan's strongly connected components (type-only imports count: they still tie
// two files together for a reader).
let index = 0;
const indices = new Map<string, number>();
const lowlinks = new Map<string, number>();
const stack: string[] = [];
const onStack = new Set<string>();
function connect(file: string) {
  indices.set(file, index);
  lowlinks.set(file, index);
  index += 1;
  stack.push(file);
  onStack.add(file);
  for (const { to } of graph.get(file) ?? []) {
    if (!graph.has(to)) continue;
    if (!indices.has(to)) {
      connect(to);
      lowlinks.set(file, Math.min(lowlinks.get(file) ?? 0, lowlinks.get(to) ?? 0));
    } else if (onStack.has(to)) {
      lowlinks.set(file, Math.min(lowlinks.get(file) ?? 0, indices.get(to) ?? 0));
    }
  }
  if (lowlinks.get(file) === indices.get(file)) {
    const component: string[] = [];
    let member: string | undefined;
    do {
      member = stack.pop();
      if (member === undefined) break;
      onStack.delete(member);
      component.push(member);
    } while (member !== file);
    if (component.length > 1)
      faults.push(`import cycle: ${component.map((f) => relative('.', f)).join(' <-> ')}`);
  }
}
for (const file of files) if (!indices.has(file)) connect(file);

if (faults.length > 0) {
  console.error(`Layers (docs/decisions/002-layers.md): ${faults.length} fault(s)`);
  for (const fault of faults) console.error(`  ${fault}`);
  process.exit(1);
}
console.log(`Layers: ${files.length} files, every import follows the layers, no cycle`);
