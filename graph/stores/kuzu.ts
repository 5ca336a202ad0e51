// The embedded default store: Kùzu, a graph database that runs Cypher in-process, no server.
//
// Kùzu 0.11 keeps the whole database in one file; --db names a folder that holds it
// (graph.kuzu), so the user sees one thing to move or delete.
//
// Relationships are written with UNWIND ... CREATE inside the batch transaction, not with
// COPY: in kuzu 0.11.3 rolling back a transaction in which `COPY <rel table>` succeeded
// empties that whole relationship table, committed rows included (checked here). The
// per-row path is slower but keeps "a batch lands whole or not at all" true.
import { promises as fs } from 'node:fs';
import path from 'node:path';
import kuzu from 'kuzu';
import { RELATION_TYPES, isEntityType, isRelationType, type RelationType, type StoredEntity, type StoredRelation } from '../model.js';
import { StoreError, type GraphSnapshot, type GraphStats, type GraphStore, type QueryOptions, type QueryResult, type StoredArticle, type StoreTx, type WritePlan } from '../store.js';
import { NODE_TABLES, REL_TABLES, SCHEMA_VERSION, relationLabel } from './kuzu-schema.js';
import { toPlain } from './plain.js';

type Row = Record<string, unknown>;
type Params = Record<string, unknown>;

export const KUZU_FILE = 'graph.kuzu';
const CHUNK = 5000;

// The node binding types a list parameter from its first row, and an empty list has no type:
// aliases (the one list that may be empty) travel as one string and are split in the query.
const LIST_SEPARATOR = '\u001f';
const ALIASES_FROM_PARAM = `CASE WHEN r.aliases = '' THEN CAST([] AS STRING[]) ELSE string_split(r.aliases, '${LIST_SEPARATOR}') END`;

export interface KuzuOptions {
  dir: string;
  readOnly?: boolean;
}

function chunks<T>(rows: T[]): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < rows.length; i += CHUNK) out.push(rows.slice(i, i + CHUNK));
  return out;
}

async function run(conn: kuzu.Connection, cypher: string, params?: Params): Promise<Row[]> {
  let result;
  if (params && Object.keys(params).length > 0) {
    const prepared = await conn.prepare(cypher);
    if (!prepared.isSuccess()) throw new Error(prepared.getErrorMessage());
    result = await conn.execute(prepared, params as Record<string, kuzu.KuzuValue>);
  } else {
    result = await conn.query(cypher);
  }
  const results = Array.isArray(result) ? result : [result];
  try {
    const last = results[results.length - 1];
    return last ? ((await last.getAll()) as Row[]) : [];
  } finally {
    // Results left to the garbage collector can outlive the database and crash the process at exit.
    for (const r of results) r.close();
  }
}

/** Turns the database's own failure to open into a message a user can act on. */
function openError(dir: string, err: unknown): StoreError {
  const msg = err instanceof Error ? err.message : String(err);
  if (/Could not set lock/i.test(msg)) {
    return new StoreError(`${dir} is in use by another actorgraph process: the embedded database lets one process open it while it writes. Wait for that process to finish, or use another --db.`);
  }
  if (/storage version|not a valid|Invalid database|corrupt/i.test(msg)) {
    return new StoreError(`${dir} does not hold an actorgraph database this version can read (${msg.split('\n')[0]})`);
  }
  return new StoreError(`cannot open the graph in ${dir}: ${msg.split('\n')[0]}`);
}

async function prepareFolder(dir: string, readOnly: boolean): Promise<string> {
  const file = path.join(dir, KUZU_FILE);
  let stat;
  try { stat = await fs.stat(dir); } catch { stat = null; }
  if (stat && !stat.isDirectory()) throw new StoreError(`--db ${dir} is a file; --db takes a folder (created when missing) that holds the graph`);
  if (readOnly) {
    const exists = await fs.stat(file).then(() => true, () => false);
    if (!exists) throw new StoreError(`no graph in ${dir}: build one first with "actorgraph ingest <articles> --db ${dir}"`);
    return file;
  }
  try {
    await fs.mkdir(dir, { recursive: true });
    await fs.access(dir, fs.constants?.W_OK ?? 2);
  } catch (err) {
    throw new StoreError(`cannot write the graph folder ${dir}: ${(err as NodeJS.ErrnoException).code ?? (err as Error).message}`);
  }
  return file;
}

export async function openKuzuStore(options: KuzuOptions): Promise<GraphStore> {
  const readOnly = options.readOnly ?? false;
  const file = await prepareFolder(options.dir, readOnly);
  const db = new kuzu.Database(file, 0, true, readOnly);
  try { await db.init(); } catch (err) { throw openError(options.dir, err); }
  const writeConn = new kuzu.Connection(db);
  const readConn = new kuzu.Connection(db);
  await Promise.all([writeConn.init(), readConn.init()]);
  if (!readOnly) await ensureSchema(writeConn, options.dir);
  else await checkSchema(readConn, options.dir);
  return new KuzuStore(options.dir, db, writeConn, readConn, readOnly);
}

async function ensureSchema(conn: kuzu.Connection, dir: string): Promise<void> {
  for (const stmt of [...NODE_TABLES, ...REL_TABLES]) await run(conn, stmt);
  const rows = await run(conn, "MATCH (m:Meta {key: 'schema_version'}) RETURN m.value AS v");
  if (rows.length === 0) await run(conn, "CREATE (:Meta {key: 'schema_version', value: $v})", { v: SCHEMA_VERSION });
  else if (rows[0]!.v !== SCHEMA_VERSION) throw new StoreError(`${dir} holds a graph of schema version ${String(rows[0]!.v)}; this actorgraph writes version ${SCHEMA_VERSION}. Ingest into a new --db.`);
}

async function checkSchema(conn: kuzu.Connection, dir: string): Promise<void> {
  try {
    await run(conn, 'MATCH (m:Meta) RETURN m.value LIMIT 1');
  } catch {
    throw new StoreError(`${dir} does not hold an actorgraph graph`);
  }
}

const ENTITY_COLUMNS = 'e.key AS key, e.name AS name, e.type AS type, e.aliases AS aliases, e.docs AS docs';
const RELATION_COLUMNS =
  'label(r) AS type, a.key AS source, b.key AS target, r.docs AS docs, r.dates AS dates, r.quotes AS quotes, r.speakers AS speakers, r.articles AS articles, r.first_date AS firstDate, r.last_date AS lastDate';

function toEntity(row: Row): StoredEntity {
  const type = row.type;
  if (!isEntityType(type)) throw new Error(`stored entity ${String(row.key)} has unknown type ${String(type)}`);
  return { key: row.key as string, name: row.name as string, type, aliases: (row.aliases as string[]) ?? [], docs: (row.docs as string[]) ?? [] };
}

function toRelation(row: Row): StoredRelation {
  const type = row.type;
  if (!isRelationType(type)) throw new Error(`stored relation of unknown type ${String(type)}`);
  return {
    type, source: row.source as string, target: row.target as string,
    docs: (row.docs as string[]) ?? [], dates: (row.dates as string[]) ?? [], quotes: (row.quotes as string[]) ?? [], speakers: (row.speakers as string[]) ?? [],
    articles: Number(row.articles ?? 0), firstDate: (row.firstDate as string | null) ?? null, lastDate: (row.lastDate as string | null) ?? null,
  };
}

function toArticle(row: Row): StoredArticle {
  return { id: row.id as string, title: (row.title as string) ?? '', date: (row.date as string | null) ?? null, source: (row.source as string | null) ?? null, url: (row.url as string | null) ?? null, hash: row.hash as string };
}

function relationRows(rels: StoredRelation[]) {
  return rels.map((r) => ({ source: r.source, target: r.target, docs: r.docs, dates: r.dates, quotes: r.quotes, speakers: r.speakers, articles: r.articles, first_date: r.firstDate, last_date: r.lastDate }));
}

class KuzuTx implements StoreTx {
  constructor(private readonly conn: kuzu.Connection) {}

  async articleHashes(ids: string[]): Promise<Map<string, string>> {
    const out = new Map<string, string>();
    if (ids.length === 0) return out;
    for (const row of await run(this.conn, 'MATCH (a:Article) WHERE a.id IN $ids RETURN a.id AS id, a.hash AS hash', { ids })) out.set(row.id as string, row.hash as string);
    return out;
  }

  async mentionedBy(articleIds: string[]): Promise<string[]> {
    if (articleIds.length === 0) return [];
    const rows = await run(this.conn, 'MATCH (a:Article)-[:MENTIONS]->(e:Entity) WHERE a.id IN $ids RETURN DISTINCT e.key AS key', { ids: articleIds });
    return rows.map((r) => r.key as string);
  }

  async entities(keys: string[]): Promise<StoredEntity[]> {
    if (keys.length === 0) return [];
    return (await run(this.conn, `MATCH (e:Entity) WHERE e.key IN $keys RETURN ${ENTITY_COLUMNS}`, { keys })).map(toEntity);
  }

  async relationsFrom(sourceKeys: string[]): Promise<StoredRelation[]> {
    if (sourceKeys.length === 0) return [];
    const rows = await run(this.conn, `MATCH (a:Entity)-[r]->(b:Entity) WHERE a.key IN $keys RETURN ${RELATION_COLUMNS}`, { keys: sourceKeys });
    return rows.map(toRelation);
  }

  async apply(plan: WritePlan): Promise<void> {
    const c = this.conn;
    for (const [type, rels] of groupByType(plan.deleteRelations)) {
      const label = relationLabel(type);
      await run(c, `MATCH (a:Entity)-[x:${label}]->(b:Entity) WHERE a.key IN $sources AND list_contains($pairs, a.key + '|' + b.key) DELETE x`, {
        sources: [...new Set(rels.map((r) => r.source))],
        pairs: rels.map((r) => `${r.source}|${r.target}`),
      });
    }
    if (plan.dropMentionsOf.length) await run(c, 'MATCH (a:Article)-[m:MENTIONS]->(:Entity) WHERE a.id IN $ids DELETE m', { ids: plan.dropMentionsOf });
    if (plan.deleteEntities.length) await run(c, 'MATCH (e:Entity) WHERE e.key IN $keys DETACH DELETE e', { keys: plan.deleteEntities });
    for (const rows of chunks(plan.putEntities)) {
      await run(c, `UNWIND $rows AS r MERGE (e:Entity {key: r.key}) SET e.name = r.name, e.type = r.type, e.aliases = ${ALIASES_FROM_PARAM}, e.docs = r.docs`, {
        rows: rows.map((e) => ({ key: e.key, name: e.name, type: e.type, aliases: e.aliases.map((a) => a.replaceAll(LIST_SEPARATOR, ' ')).join(LIST_SEPARATOR), docs: e.docs })),
      });
    }
    if (plan.deleteArticles.length) await run(c, 'MATCH (a:Article) WHERE a.id IN $ids DETACH DELETE a', { ids: plan.deleteArticles });
    for (const rows of chunks(plan.putArticles)) {
      await run(c, 'UNWIND $rows AS r MERGE (a:Article {id: r.id}) SET a.title = r.title, a.date = r.date, a.source = r.source, a.url = r.url, a.hash = r.hash', {
        rows: rows.map((a) => ({ id: a.id, title: a.title, date: a.date, source: a.source, url: a.url, hash: a.hash })),
      });
    }
    for (const rows of chunks(plan.mentions)) {
      await run(c, 'UNWIND $rows AS r MATCH (a:Article {id: r.article}) WITH a, r MATCH (e:Entity {key: r.entity}) CREATE (a)-[:MENTIONS]->(e)', { rows });
    }
    for (const [type, rels] of groupByType(plan.putRelations)) {
      const label = relationLabel(type);
      for (const rows of chunks(relationRows(rels))) {
        await run(c, `UNWIND $rows AS r MATCH (a:Entity {key: r.source}) WITH a, r MATCH (b:Entity {key: r.target}) CREATE (a)-[:${label} {docs: r.docs, dates: r.dates, quotes: r.quotes, speakers: r.speakers, articles: r.articles, first_date: r.first_date, last_date: r.last_date}]->(b)`, { rows });
      }
    }
  }
}

function groupByType<T extends { type: RelationType }>(items: T[]): Map<RelationType, T[]> {
  const out = new Map<RelationType, T[]>();
  for (const item of items) {
    const list = out.get(item.type);
    if (list) list.push(item); else out.set(item.type, [item]);
  }
  return out;
}

class KuzuStore implements GraphStore {
  readonly description: string;
  private writing: Promise<unknown> = Promise.resolve();
  private closed = false;

  constructor(
    readonly dir: string,
    private readonly db: kuzu.Database,
    private readonly writeConn: kuzu.Connection,
    private readonly readConn: kuzu.Connection,
    private readonly readOnly: boolean,
  ) {
    this.description = `embedded graph ${dir}`;
  }

  writeTransaction<T>(fn: (tx: StoreTx) => Promise<T>): Promise<T> {
    if (this.readOnly) return Promise.reject(new StoreError(`${this.dir} was opened read-only`));
    // One write connection: transactions queue behind each other.
    const next = this.writing.then(async () => {
      await run(this.writeConn, 'BEGIN TRANSACTION');
      try {
        const result = await fn(new KuzuTx(this.writeConn));
        await run(this.writeConn, 'COMMIT');
        return result;
      } catch (err) {
        await run(this.writeConn, 'ROLLBACK').catch(() => undefined);
        throw err;
      }
    });
    this.writing = next.catch(() => undefined);
    return next;
  }

  async snapshot(): Promise<GraphSnapshot> {
    const c = this.readConn;
    const articles = (await run(c, 'MATCH (a:Article) RETURN a.id AS id, a.title AS title, a.date AS date, a.source AS source, a.url AS url, a.hash AS hash ORDER BY id')).map(toArticle);
    const entities = (await run(c, `MATCH (e:Entity) RETURN ${ENTITY_COLUMNS} ORDER BY key`)).map(toEntity);
    const relations = (await run(c, `MATCH (a:Entity)-[r]->(b:Entity) RETURN ${RELATION_COLUMNS} ORDER BY source, type, target`)).map(toRelation);
    return { articles, entities, relations };
  }

  async stats(topN = 10): Promise<GraphStats> {
    const c = this.readConn;
    const [articles] = await run(c, 'MATCH (a:Article) RETURN count(a) AS n');
    const entitiesByType = { Person: 0, State: 0, Group: 0, Place: 0 };
    for (const r of await run(c, 'MATCH (e:Entity) RETURN e.type AS type, count(e) AS n')) if (isEntityType(r.type)) entitiesByType[r.type] = Number(r.n);
    const relationsByType = Object.fromEntries(RELATION_TYPES.map((t) => [t, 0])) as Record<RelationType, number>;
    for (const r of await run(c, 'MATCH (:Entity)-[r]->(:Entity) RETURN label(r) AS type, count(r) AS n')) if (isRelationType(r.type)) relationsByType[r.type] = Number(r.n);
    const top = await run(c, 'MATCH (e:Entity) RETURN e.name AS name, e.type AS type, size(e.docs) AS articles ORDER BY articles DESC, name LIMIT $n', { n: topN });
    return {
      articles: Number(articles?.n ?? 0),
      entitiesByType,
      relationsByType,
      topActors: top.map((r) => ({ name: r.name as string, type: r.type as StoredEntity['type'], articles: Number(r.articles) })),
    };
  }

  async query(cypher: string, params: Params = {}, options: QueryOptions = {}): Promise<QueryResult> {
    const conn = options.write ? this.writeConn : this.readConn;
    if (options.write && this.readOnly) throw new StoreError(`${this.dir} was opened read-only`);
    // A read transaction makes the database itself refuse writes, whatever the query text hides.
    if (!options.write) await run(conn, 'BEGIN READ TRANSACTION');
    try {
      const prepared = await conn.prepare(cypher);
      if (!prepared.isSuccess()) throw new StoreError(prepared.getErrorMessage().split('\n')[0] ?? 'query failed');
      const result = await conn.execute(prepared, params as Record<string, kuzu.KuzuValue>);
      const results = Array.isArray(result) ? result : [result];
      try {
        const last = results[results.length - 1]!;
        const columns = await last.getColumnNames();
        const rows = (await last.getAll()).map((r) => toPlain(r) as Row);
        return { columns, rows };
      } finally {
        for (const r of results) r.close();
      }
    } catch (err) {
      if (err instanceof StoreError) throw err;
      throw new StoreError(((err as Error).message ?? String(err)).split('\n')[0]!);
    } finally {
      if (!options.write) await run(conn, 'COMMIT').catch(() => undefined);
    }
  }

  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    await this.writing;
    await this.readConn.close();
    await this.writeConn.close();
    await this.db.close();
  }
}
