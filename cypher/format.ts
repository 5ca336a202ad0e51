// Query results as text: an aligned table for people, JSON for programs, CSV for spreadsheets.
// In the table and CSV a node reads as its name (or key), a relationship as its type and a path
// as "Russia -[SUPPORTS]-> Syria <-[ATTACKS]- Islamic State"; JSON keeps the whole values.
import type { QueryResult } from '../graph/store.js';
import { isPlainNode, isPlainPath, isPlainRelationship, type PlainNode, type PlainPath } from '../graph/stores/plain.js';

export const OUTPUT_FORMATS = ['table', 'json', 'csv'] as const;
export type OutputFormat = (typeof OUTPUT_FORMATS)[number];

/** Longest table cell (a path is never cut: it is the answer); JSON and CSV are never cut. */
const TABLE_CELL_MAX = 80;
const LIST_SEPARATOR = '; ';

function nodeText(n: PlainNode): string {
  const p = n.properties;
  for (const k of ['name', 'key', 'id', 'title']) if (typeof p[k] === 'string' && p[k]) return p[k] as string;
  return `(${n.labels.join(':')} ${n.id})`;
}

function pathText(p: PlainPath): string {
  let out = p.nodes[0] ? nodeText(p.nodes[0]) : '';
  p.relationships.forEach((r, i) => {
    const from = p.nodes[i];
    const to = p.nodes[i + 1];
    const forward = !from || r.start === from.id;
    out += forward ? ` -[${r.type}]-> ` : ` <-[${r.type}]- `;
    out += to ? nodeText(to) : '?';
  });
  return out;
}

/** One value as text, the way the table and CSV show it. */
export function cellText(v: unknown): string {
  if (v === null || v === undefined) return '';
  if (typeof v === 'string') return v;
  if (typeof v === 'number' || typeof v === 'boolean' || typeof v === 'bigint') return String(v);
  if (Array.isArray(v)) return v.map(cellText).join(LIST_SEPARATOR);
  if (isPlainNode(v)) return nodeText(v);
  if (isPlainRelationship(v)) return v.type;
  if (isPlainPath(v)) return pathText(v);
  return JSON.stringify(v);
}

function fitCell(v: unknown): string {
  const flat = cellText(v).replace(/\s*[\r\n]+\s*/g, ' ');
  return flat.length > TABLE_CELL_MAX && !isPlainPath(v) ? `${flat.slice(0, TABLE_CELL_MAX - 1)}…` : flat;
}

/** Display width: code points, which is right for the Latin, Arabic and Cyrillic names here. */
const width = (s: string) => [...s].length;

export function formatTable(result: QueryResult): string {
  const { columns, rows } = result;
  const cells = rows.map((r) => columns.map((c) => fitCell(r[c])));
  const widths = columns.map((c, i) => Math.max(width(c), ...cells.map((row) => width(row[i]!))));
  const line = (values: string[]) => values.map((v, i) => (i === values.length - 1 ? v : v + ' '.repeat(widths[i]! - width(v)))).join('  ').trimEnd();
  const out = [line(columns), line(widths.map((w) => '-'.repeat(w))), ...cells.map(line)];
  out.push(`(${rows.length} ${rows.length === 1 ? 'row' : 'rows'})`);
  return out.join('\n') + '\n';
}

export function formatJson(result: QueryResult): string {
  return JSON.stringify(result.rows, null, 2) + '\n';
}

/** RFC 4180: CRLF line ends, a field quoted when it holds a comma, quote or line break. */
export function csvField(s: string): string {
  return /[",\r\n]/.test(s) ? `"${s.replaceAll('"', '""')}"` : s;
}

export function formatCsv(result: QueryResult): string {
  const lines = [result.columns.map(csvField).join(',')];
  for (const r of result.rows) lines.push(result.columns.map((c) => csvField(cellText(r[c]))).join(','));
  return lines.join('\r\n') + '\r\n';
}

export function formatResult(result: QueryResult, format: OutputFormat): string {
  return format === 'json' ? formatJson(result) : format === 'csv' ? formatCsv(result) : formatTable(result);
}
