// Query results as plain JSON-able values: nodes, relationships and paths of either store become
// the same shapes, so the CLI, the viewer and exports need not know which store answered.

export interface PlainNode { kind: 'node'; id: string; labels: string[]; properties: Record<string, unknown> }
export interface PlainRelationship { kind: 'relationship'; id: string; type: string; start: string; end: string; properties: Record<string, unknown> }
export interface PlainPath { kind: 'path'; nodes: PlainNode[]; relationships: PlainRelationship[] }

/** Kùzu's internal id {table, offset} as the string the plain shapes carry: "table:offset". */
export function toPlainId(id: unknown): string {
  const v = id as { table?: number | bigint; offset?: number | bigint } | null;
  return v && typeof v === 'object' ? `${v.table}:${v.offset}` : String(id);
}
const kuzuId = toPlainId;

function split(value: Record<string, unknown>, internal: string[]): Record<string, unknown> {
  const properties: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(value)) if (!internal.includes(k)) properties[k] = toPlain(v);
  return properties;
}

/** Kùzu's result values (NodeValue, RelValue, RecursiveRelValue, bigint) as plain values. */
export function toPlain(value: unknown): unknown {
  if (typeof value === 'bigint') return Number(value);
  if (value === null || typeof value !== 'object') return value;
  if (value instanceof Date) return value.toISOString();
  if (Array.isArray(value)) return value.map(toPlain);
  const v = value as Record<string, unknown>;
  if ('_nodes' in v && '_rels' in v) {
    return { kind: 'path', nodes: (v._nodes as unknown[]).map(toPlain), relationships: (v._rels as unknown[]).map(toPlain) } as PlainPath;
  }
  if ('_src' in v && '_dst' in v && '_label' in v) {
    return { kind: 'relationship', id: kuzuId(v._id), type: String(v._label), start: kuzuId(v._src), end: kuzuId(v._dst), properties: split(v, ['_src', '_dst', '_label', '_id']) } as PlainRelationship;
  }
  if ('_label' in v && '_id' in v) {
    return { kind: 'node', id: kuzuId(v._id), labels: [String(v._label)], properties: split(v, ['_label', '_id']) } as PlainNode;
  }
  const out: Record<string, unknown> = {};
  for (const [k, x] of Object.entries(v)) out[k] = toPlain(x);
  return out;
}

export function isPlainNode(v: unknown): v is PlainNode {
  return typeof v === 'object' && v !== null && (v as { kind?: unknown }).kind === 'node';
}
export function isPlainRelationship(v: unknown): v is PlainRelationship {
  return typeof v === 'object' && v !== null && (v as { kind?: unknown }).kind === 'relationship';
}
export function isPlainPath(v: unknown): v is PlainPath {
  return typeof v === 'object' && v !== null && (v as { kind?: unknown }).kind === 'path';
}
