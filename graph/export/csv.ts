// CSV files for Neo4j's bulk importer (neo4j-admin database import full), rebuilding the same
// graph the Neo4j store writes: (:Entity), (:Article), MENTIONS and the ten relation types, with
// the same property names. Headers use the importer's syntax (`key:ID(Entity)`, `:LABEL`,
// `:START_ID(Entity)`, `:TYPE`, `aliases:string[]`, `articles:int`). Every text value is
// quoted ("" inside), so commas, quotes and line breaks in evidence quotes stay inside their
// field; a missing value (null, empty list) is an empty unquoted field, which the importer reads
// as "no property". Array items are joined by U+001F (the unit separator), which is stripped
// from values: news text has no use for it. Import with --array-delimiter=U+001F.
import type { GraphSnapshot } from '../store.js';

export const CSV_ARRAY_DELIMITER = '\u001f';
export const CSV_FILES = ['nodes.csv', 'relationships.csv', 'articles.csv', 'mentions.csv'] as const;
export type CsvFiles = Record<(typeof CSV_FILES)[number], string>;

type Cell = string | number | null | readonly string[];

function field(v: Cell): string {
  if (v === null) return '';
  if (typeof v === 'number') return String(v);
  if (Array.isArray(v)) {
    if (v.length === 0) return '';
    return quote(v.map((s: string) => s.replaceAll(CSV_ARRAY_DELIMITER, ' ')).join(CSV_ARRAY_DELIMITER));
  }
  return quote((v as string).replaceAll(CSV_ARRAY_DELIMITER, ' '));
}

const quote = (s: string) => `"${s.replaceAll('"', '""')}"`;

function table(header: string[], rows: Cell[][]): string {
  // Header names are plain: quoting them would make the importer read the quotes as part of the name.
  return [header.join(','), ...rows.map((r) => r.map(field).join(','))].join('\n') + '\n';
}

export function toNeo4jCsv(snapshot: GraphSnapshot): CsvFiles {
  const articleIds = new Set(snapshot.articles.map((a) => a.id));
  return {
    'nodes.csv': table(
      ['key:ID(Entity)', ':LABEL', 'name', 'type', 'aliases:string[]', 'docs:string[]'],
      snapshot.entities.map((e) => [e.key, 'Entity', e.name, e.type, e.aliases, e.docs]),
    ),
    'relationships.csv': table(
      [':START_ID(Entity)', ':END_ID(Entity)', ':TYPE', 'docs:string[]', 'dates:string[]', 'quotes:string[]', 'speakers:string[]', 'articles:int', 'first_date', 'last_date'],
      snapshot.relations.map((r) => [r.source, r.target, r.type, r.docs, r.dates, r.quotes, r.speakers, r.articles, r.firstDate, r.lastDate]),
    ),
    'articles.csv': table(
      ['id:ID(Article)', ':LABEL', 'title', 'date', 'source', 'url', 'hash'],
      snapshot.articles.map((a) => [a.id, 'Article', a.title, a.date, a.source, a.url, a.hash]),
    ),
    'mentions.csv': table(
      [':START_ID(Article)', ':END_ID(Entity)', ':TYPE'],
      snapshot.entities.flatMap((e) => e.docs.filter((d) => articleIds.has(d)).map((d) => [d, e.key, 'MENTIONS'])),
    ),
  };
}

/** The import command for a folder written by toNeo4jCsv. */
export function neo4jAdminCommand(dir: string, database = 'neo4j'): string {
  const p = (f: string) => `${dir.replace(/\/$/, '')}/${f}`;
  return [
    `neo4j-admin database import full ${database}`,
    `--nodes=${p('nodes.csv')} --nodes=${p('articles.csv')}`,
    `--relationships=${p('relationships.csv')} --relationships=${p('mentions.csv')}`,
    '--array-delimiter=U+001F --multiline-fields=true --overwrite-destination',
  ].join(' \\\n  ');
}
