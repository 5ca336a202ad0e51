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
import { RELATION_TYPES, isEntityType, isRelationType, relationId, type RelationType, type StoredEntity, type StoredRelation } from '../model.js';
import { QueryError, ReadOnlyQueryError, StoreBusyError, StoreError, type GraphSnapshot, type GraphStats, type GraphStore, type QueryOptions, type QueryResult, type StoredArticle, type StoreTx, type WritePlan, type EntityHead } from '../store.js';
import { NODE_TABLES, REL_TABLES, SCHEMA_VERSION, relationLabel } from './kuzu-schema.js';
import { toPlain, toPlainId } from './plain.js';
import { refusalMessage, refusalOf } from '../../cypher/guard.js';
import { describeQueryError } from '../../cypher/errors.js';

type Row = Record<string, unknown>;
type Params = Record<string, unknown>;

const KUZU_FILE = 'graph.kuzu';
/** Kùzu 0.11's syntax ("BEGIN READ TRANSACTION" is a parser error there). */
export const READ_ONLY_BEGIN = 'BEGIN TRANSACTION READ ONLY';
/**
 * Kùzu's default buffer pool is 80% of the machine's memory and keeps what it reads; a cap keeps
 * a long ingest from taking the machine. Too small a pool fails a batch outright ("buffer pool
 * is full"; seen here at 64 MB on the 10x corpus), hence a generous default
 * (ACTORGRAPH_BUFFER_POOL_MB to change it).
 */
const BUFFER_POOL_BYTES = Number(process.env.ACTORGRAPH_BUFFER_POOL_MB ?? 1024) * 1024 * 1024;
const CHUNK = 5000;

// List parameters travel as one string each and are split inside the query: the node binding
// converts a list parameter element by element (about 20 µs a string, measured: 150,000 strings
// took 2.8 s, the same as one string each 0.08 s), and it types a list from its first row, which
// an empty list cannot give. string_split drops empty elements, and list_transform crashes the
// process on lists over 2,048 elements (kuzu 0.11.3), so an empty element (no speaker, no date)
// is stored as one space and read back as ''.
const LIST_SEPARATOR = '\u001f';
const EMPTY_ELEMENT = ' ';
const encodeList = (values: readonly string[]) => values.map((v) => (v === '' ? EMPTY_ELEMENT : v.replaceAll(LIST_SEPARATOR, ' '))).join(LIST_SEPARATOR);
const decodeList = (field: string) => `CASE WHEN ${field} = '' THEN CAST([] AS STRING[]) ELSE string_split(${field}, '${LIST_SEPARATOR}') END`;
/** first_date / last_date of x widened by those of row r (either may be null). */
const WIDEN_DATES =
  'x.first_date = CASE WHEN r.first_date IS NULL THEN x.first_date WHEN x.first_date IS NULL OR r.first_date < x.first_date THEN r.first_date ELSE x.first_date END, ' +
  'x.last_date = CASE WHEN r.last_date IS NULL THEN x.last_date WHEN x.last_date IS NULL OR r.last_date > x.last_date THEN r.last_date ELSE x.last_date END';
const readList = (v: unknown): string[] => ((v as string[] | null) ?? []).map((x) => (x === EMPTY_ELEMENT ? '' : x));

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
    return new StoreBusyError(`${dir} is in use by another actorgraph process: the embedded database lets one process open it while it writes. Wait for that process to finish (ingest --wait SECONDS waits for it), or use another --db.`);
  }
  if (/storage version|not a valid|Invalid database|corrupt/i.test(msg)) {
    return new StoreError(`${dir} does not hold an actorgraph database this version can read (${msg.split('\n')[0]})`);
  }
  return new StoreError(`cannot open the graph in ${dir}: ${msg.split('\n')[0]}`);
}

/**
 * kuzu 0.11.3 crashes the process (segmentation fault) when the disk fills during a write, so
 * a batch starts only with room to spare; what earlier batches committed stays intact.
 */
const MIN_FREE_BYTES = Number(process.env.ACTORGRAPH_MIN_FREE_MB ?? 64) * 1024 * 1024;
async function ensureFreeSpace(dir: string): Promise<void> {
  const s = await fs.statfs(dir);
  const free = s.bavail * s.bsize;
  if (free < MIN_FREE_BYTES) {
    throw new StoreError(`not enough free disk space for ${dir}: ${(free / 1048576).toFixed(1)} MB free, a batch needs at least ${(MIN_FREE_BYTES / 1048576).toFixed(0)} MB (ACTORGRAPH_MIN_FREE_MB); what is stored so far is intact`);
  }
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
  const db = new kuzu.Database(file, BUFFER_POOL_BYTES, true, readOnly);
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
  return { key: row.key as string, name: row.name as string, type, aliases: readList(row.aliases), docs: readList(row.docs) };
}

function toRelation(row: Row): StoredRelation {
  const type = row.type;
  if (!isRelationType(type)) throw new Error(`stored relation of unknown type ${String(type)}`);
  return {
    type, source: row.source as string, target: row.target as string,
    docs: readList(row.docs), dates: readList(row.dates), quotes: readList(row.quotes), speakers: readList(row.speakers),
    articles: Number(row.articles ?? 0), firstDate: (row.firstDate as string | null) ?? null, lastDate: (row.lastDate as string | null) ?? null,
  };
}

function toArticle(row: Row): StoredArticle {
  return { id: row.id as string, title: (row.title as string) ?? '', date: (row.date as string | null) ?? null, source: (row.source as string | null) ?? null, url: (row.url as string | null) ?? null, hash: row.hash as string };
}

function relationRows(rels: StoredRelation[]) {
  return rels.map((r) => ({
    source: r.source, target: r.target,
    docs: encodeList(r.docs), dates: encodeList(r.dates), quotes: encodeList(r.quotes), speakers: encodeList(r.speakers),
    articles: r.articles, first_date: r.firstDate, last_date: r.lastDate,
  }));
}

/** Mentions grouped by article, the entity keys as one list each. */
function mentionRows(mentions: WritePlan['mentions']) {
  const byArticle = new Map<string, string[]>();
  for (const m of mentions) {
    const keys = byArticle.get(m.article);
    if (keys) keys.push(m.entity); else byArticle.set(m.article, [m.entity]);
  }
  return [...byArticle].map(([article, keys]) => ({ article, entities: encodeList(keys) }));
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

  async entityHeads(keys: string[]): Promise<EntityHead[]> {
    if (keys.length === 0) return [];
    const rows = await run(this.conn, 'MATCH (e:Entity) WHERE e.key IN $keys RETURN e.key AS key, e.name AS name, e.type AS type, e.aliases AS aliases', { keys });
    return rows.map((row) => { const { docs: _docs, ...head } = toEntity({ ...row, docs: [] }); return head; });
  }

  async relationIdsFrom(sourceKeys: string[]): Promise<string[]> {
    if (sourceKeys.length === 0) return [];
    const rows = await run(this.conn, 'MATCH (a:Entity)-[r]->(b:Entity) WHERE a.key IN $keys RETURN a.key AS source, label(r) AS type, b.key AS target', { keys: sourceKeys });
    return rows.flatMap((r) => (isRelationType(r.type) ? [relationId({ type: r.type, source: r.source as string, target: r.target as string })] : []));
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
      await run(c, `UNWIND $rows AS r MERGE (e:Entity {key: r.key}) SET e.name = r.name, e.type = r.type, e.aliases = ${decodeList('r.aliases')}, e.docs = ${decodeList('r.docs')}`, {
        rows: rows.map((e) => ({ key: e.key, name: e.name, type: e.type, aliases: encodeList(e.aliases), docs: encodeList(e.docs) })),
      });
    }
    for (const rows of chunks(plan.appendEntities)) {
      await run(c, `UNWIND $rows AS r MATCH (e:Entity {key: r.key}) SET e.aliases = ${decodeList('r.aliases')}, e.docs = list_concat(e.docs, ${decodeList('r.docs')})`, {
        rows: rows.map((e) => ({ key: e.key, aliases: encodeList(e.aliases), docs: encodeList(e.docs) })),
      });
    }
    if (plan.deleteArticles.length) await run(c, 'MATCH (a:Article) WHERE a.id IN $ids DETACH DELETE a', { ids: plan.deleteArticles });
    for (const rows of chunks(plan.putArticles)) {
      await run(c, 'UNWIND $rows AS r MERGE (a:Article {id: r.id}) SET a.title = r.title, a.date = r.date, a.source = r.source, a.url = r.url, a.hash = r.hash', {
        rows: rows.map((a) => ({ id: a.id, title: a.title, date: a.date, source: a.source, url: a.url, hash: a.hash })),
      });
    }
    for (const rows of chunks(mentionRows(plan.mentions))) {
      await run(c, `UNWIND $rows AS r MATCH (a:Article {id: r.article}) UNWIND ${decodeList('r.entities')} AS key MATCH (e:Entity {key: key}) CREATE (a)-[:MENTIONS]->(e)`, { rows });
    }
    for (const [type, rels] of groupByType(plan.putRelations)) {
      const label = relationLabel(type);
      for (const rows of chunks(relationRows(rels))) {
        await run(c, `UNWIND $rows AS r MATCH (a:Entity {key: r.source}) WITH a, r MATCH (b:Entity {key: r.target}) CREATE (a)-[:${label} {docs: ${decodeList('r.docs')}, dates: ${decodeList('r.dates')}, quotes: ${decodeList('r.quotes')}, speakers: ${decodeList('r.speakers')}, articles: r.articles, first_date: r.first_date, last_date: r.last_date}]->(b)`, { rows });
      }
    }
    for (const [type, rels] of groupByType(plan.appendRelations)) {
      const label = relationLabel(type);
      for (const rows of chunks(relationRows(rels))) {
        await run(c, `UNWIND $rows AS r MATCH (a:Entity {key: r.source}) WITH a, r MATCH (a)-[x:${label}]->(b:Entity {key: r.target}) SET ` +
          `x.docs = list_concat(x.docs, ${decodeList('r.docs')}), x.dates = list_concat(x.dates, ${decodeList('r.dates')}), ` +
          `x.quotes = list_concat(x.quotes, ${decodeList('r.quotes')}), x.speakers = list_concat(x.speakers, ${decodeList('r.speakers')}), ` +
          `x.articles = x.articles + r.articles, ${WIDEN_DATES}`, { rows });
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

/** One user statement: rows as plain values, failures as QueryError / ReadOnlyQueryError. */
async function runUserQuery(conn: kuzu.Connection, cypher: string, params: Params): Promise<QueryResult> {
  let results: kuzu.QueryResult[] = [];
  try {
    const prepared = await conn.prepare(cypher);
    if (!prepared.isSuccess()) throw new Error(prepared.getErrorMessage());
    const result = await conn.execute(prepared, params as Record<string, kuzu.KuzuValue>);
    results = Array.isArray(result) ? result : [result];
    const last = results[results.length - 1]!;
    const columns = await last.getColumnNames();
    const rows = (await last.getAll()).map((r) => toPlain(r) as Row);
    return { columns, rows };
  } catch (err) {
    const message = (err as Error).message ?? String(err);
    if (/read-only (transaction|database)/i.test(message)) throw new ReadOnlyQueryError(refusalMessageFor(cypher));
    const info = describeQueryError(message, cypher);
    throw new QueryError(info.message, info.line, info.column);
  } finally {
    for (const r of results) r.close();
  }
}

/** What the database refused, named from the query text when the text shows it. */
function refusalMessageFor(cypher: string): string {
  const r = refusalOf(cypher);
  return r ? refusalMessage(r) : 'this query writes, and queries run read-only';
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
      await ensureFreeSpace(this.dir);
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
    if (options.write) {
      if (this.readOnly) throw new StoreError(`${this.dir} was opened read-only`);
      const next = this.writing.then(() => runUserQuery(this.writeConn, cypher, params));
      this.writing = next.catch(() => undefined);
      return next;
    }
    const refusal = refusalOf(cypher);
    if (refusal) throw new ReadOnlyQueryError(refusalMessage(refusal), refusal.clause);
    // A connection of its own: a transaction belongs to a connection, and readers (the viewer's
    // requests) may overlap. A read-only transaction makes the database itself refuse writes,
    // whatever the query text hides. Opening one costs well under a millisecond.
    const conn = new kuzu.Connection(this.db);
    try {
      await conn.init();
      await run(conn, READ_ONLY_BEGIN);
      try {
        return await runUserQuery(conn, cypher, params);
      } finally {
        await run(conn, 'COMMIT').catch(() => undefined);
      }
    } finally {
      await conn.close();
    }
  }

  async entityKeysById(ids: string[]): Promise<Map<string, string>> {
    // Ids are "table:offset" (plain.ts); the Entity table's offsets select the nodes.
    const wanted = new Set(ids);
    const offsets = [...new Set(ids.map((id) => Number(id.split(':')[1])).filter(Number.isInteger))];
    const out = new Map<string, string>();
    if (offsets.length === 0) return out;
    for (const chunk of chunks(offsets)) {
      const rows = await run(this.readConn, 'MATCH (e:Entity) WHERE offset(id(e)) IN $offsets RETURN id(e) AS id, e.key AS key', { offsets: chunk });
      for (const row of rows) {
        const id = toPlainId(row.id);
        if (wanted.has(id)) out.set(id, row.key as string);
      }
    }
    return out;
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
