import { FAILSAFE_SCHEMA, Type, types } from 'js-yaml';

declare module 'js-yaml' {
  /** js-yaml exports its built-in types; its type declarations do not list them. */
  export const types: { readonly null: Type; readonly bool: Type };
}

/*
 * The YAML 1.2 core schema for js-yaml, resolving plain scalars exactly as the `yaml` library's
 * core schema does (its tests, in its order: null, bool, int, float). js-yaml's own core schema
 * also reads 0b11 and 1_000 as numbers and signed hexadecimal, which YAML 1.2 does not.
 * tests/unit/questionnaire/yaml-readers.test.ts checks the two readers against each other.
 */
const INT = /^(?:[-+]?[0-9]+|0o[0-7]+|0x[0-9a-fA-F]+)$/;
const FLOAT =
  /^(?:[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)[eE][-+]?[0-9]+|[-+]?(?:\.[0-9]+|[0-9]+\.[0-9]*)|[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/;

const int = new Type('tag:yaml.org,2002:int', {
  kind: 'scalar',
  resolve: (data: unknown) => typeof data === 'string' && INT.test(data),
  construct(data: unknown) {
    const text = String(data);
    // parseInt keeps the sign of "-0", as the `yaml` library's reading does.
    if (text.startsWith('0o')) return parseInt(text.slice(2), 8);
    if (text.startsWith('0x')) return parseInt(text.slice(2), 16);
    return parseInt(text, 10);
  },
});

const float = new Type('tag:yaml.org,2002:float', {
  kind: 'scalar',
  resolve: (data: unknown) => typeof data === 'string' && FLOAT.test(data),
  construct(data: unknown) {
    const text = String(data);
    if (/nan$/i.test(text)) return NaN;
    if (/inf$/i.test(text)) return text.startsWith('-') ? -Infinity : Infinity;
    return parseFloat(text);
  },
});

export const YAML_CORE_SCHEMA = FAILSAFE_SCHEMA.extend({
  implicit: [types.null, types.bool, int, float],
});
