// The Neo4j store: a GraphStore over a Neo4j server (bolt:// or neo4j://). All Cypher it sends
// is in neo4j-statements.ts. Reads and writes go through a CypherRunner so the statements and
// their parameters can be checked offline (test/neo4j-statements.test.ts).
import neo4j, {
  isDate, isDateTime, isDuration, isInt, isLocalDateTime, isLocalTime, isNode, isPath, isPoint,
  isRelationship, isTime, isUnboundRelationship, Neo4jError,
  type Driver, type ManagedTransaction, type SessionMode,
} from 'neo4j-driver';
import { ENTITY_TYPES, RELATION_TYPES, relationId, type EntityType, type RelationType, type StoredEntity, type StoredRelation } from '../model.js';
import {
  QueryError, ReadOnlyQueryError, StoreError,
  type GraphSnapshot, type GraphStats, type GraphStore, type QueryOptions, type QueryResult,
  type StoredArticle, type StoreTx, type WritePlan,
} from '../store.js';
import * as S from './neo4j-statements.js';
import type { PlainNode, PlainPath, PlainRelationship } from './plain.js';
import { refusalMessage, refusalOf } from '../../cypher/guard.js';
import { describeQueryError } from '../../cypher/errors.js';

export interface Neo4jStoreOptions {
  uri: string;
  user?: string;
  password?: string;
  database?: string;
  /** How long to wait for a TCP connection, in ms (default 10 s). */
  connectionTimeoutMs?: number;
}

/** Rows per UNWIND statement. */
export const CHUNK_ROWS = 2000;

export type Row = Record<string, unknown>;

/** Runs one statement and returns its records as plain objects (integers as numbers). */
export interface CypherRunner {
  run(cypher: string, params: Record<string, unknown>): Promise<Row[]>;
}

export function runnerOver(tx: ManagedTransaction): CypherRunner {
  return {
    async run(cypher, params) {
      const result = await tx.run(cypher, params);
      return result.records.map((r) => toPlain(r.toObject()) as Row);
    },
  };
}

export function chunks<T>(items: readonly T[], size = CHUNK_ROWS): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}

/** Runs `cypher` once per chunk of `items`, bound as `$name`; returns every row. */
async function runChunked(runner: CypherRunner, cypher: string, name: string, items: readonly unknown[], extra: Row = {}): Promise<Row[]> {
  const out: Row[] = [];
  for (const chunk of chunks(items)) out.push(...(await runner.run(cypher, { ...extra, [name]: chunk })));
  return out;
}

const str = (v: unknown): string => (v === null || v === undefined ? '' : String(v));
const strOrNull = (v: unknown): string | null => (v === null || v === undefined ? null : String(v));
const strList = (v: unknown): string[] => (Array.isArray(v) ? v.map(str) : []);

function toEntity(r: Row): StoredEntity {
  return { key: str(r.key), name: str(r.name), type: str(r.type) as EntityType, aliases: strList(r.aliases), docs: strList(r.docs) };
}

function toRelation(r: Row): StoredRelation {
  const docs = strList(r.docs);
  return {
    type: str(r.type) as RelationType, source: str(r.source), target: str(r.target),
    docs, dates: strList(r.dates), quotes: strList(r.quotes), speakers: strList(r.speakers),
    articles: typeof r.articles === 'number' ? r.articles : docs.length,
    firstDate: strOrNull(r.first_date), lastDate: strOrNull(r.last_date),
  };
}

function toArticle(r: Row): StoredArticle {
  return { id: str(r.id), title: str(r.title), date: strOrNull(r.date), source: strOrNull(r.source), url: strOrNull(r.url), hash: str(r.hash) };
}

/** Relation rows as the put and append statements bind them, one list per relation type. */
function relationRowsByType(relations: StoredRelation[]): Map<RelationType, Row[]> {
  const byType = new Map<RelationType, Row[]>();
  for (const r of relations) {
    const rows = byType.get(r.type) ?? [];
    rows.push({
      source: r.source, target: r.target, docs: r.docs, dates: r.dates, quotes: r.quotes, speakers: r.speakers,
      articles: r.articles, first_date: r.firstDate, last_date: r.lastDate,
    });
    byType.set(r.type, rows);
  }
  return byType;
}

/** A StoreTx whose every statement goes through `runner` (one Neo4j transaction in practice). */
export function storeTxOver(runner: CypherRunner): StoreTx {
  const types = [...RELATION_TYPES];
  return {
    async articleHashes(ids) {
      const rows = await runChunked(runner, S.ARTICLE_HASHES, 'ids', [...new Set(ids)]);
      return new Map(rows.map((r) => [str(r.id), str(r.hash)]));
    },
    async mentionedBy(articleIds) {
      const rows = await runChunked(runner, S.MENTIONED_BY, 'ids', [...new Set(articleIds)]);
      return [...new Set(rows.map((r) => str(r.key)))];
    },
    async entities(keys) {
      return (await runChunked(runner, S.ENTITIES_BY_KEY, 'keys', [...new Set(keys)])).map(toEntity);
    },
    async relationsFrom(sourceKeys) {
      return (await runChunked(runner, S.RELATIONS_FROM, 'keys', [...new Set(sourceKeys)], { types })).map(toRelation);
    },
    async entityHeads(keys) {
      return (await runChunked(runner, S.ENTITY_HEADS, 'keys', [...new Set(keys)])).map((r) => {
        const { docs: _docs, ...head } = toEntity({ ...r, docs: [] });
        return head;
      });
    },
    async relationIdsFrom(sourceKeys) {
      const rows = await runChunked(runner, S.RELATION_IDS_FROM, 'keys', [...new Set(sourceKeys)], { types });
      return rows.map((r) => relationId({ type: str(r.type) as RelationType, source: str(r.source), target: str(r.target) }));
    },
    async apply(plan: WritePlan) {
      await runChunked(runner, S.DELETE_RELATIONS, 'rows',
        plan.deleteRelations.map((r) => ({ type: r.type, source: r.source, target: r.target })));
      await runChunked(runner, S.DROP_MENTIONS, 'ids', plan.dropMentionsOf);
      await runChunked(runner, S.DELETE_ENTITIES, 'keys', plan.deleteEntities);
      await runChunked(runner, S.PUT_ENTITIES, 'rows',
        plan.putEntities.map((e) => ({ key: e.key, name: e.name, type: e.type, aliases: e.aliases, docs: e.docs })));
      await runChunked(runner, S.APPEND_ENTITIES, 'rows', plan.appendEntities.map((e) => ({ key: e.key, aliases: e.aliases, docs: e.docs })));
      await runChunked(runner, S.DELETE_ARTICLES, 'ids', plan.deleteArticles);
      await runChunked(runner, S.PUT_ARTICLES, 'rows',
        plan.putArticles.map((a) => ({ id: a.id, title: a.title, date: a.date, source: a.source, url: a.url, hash: a.hash })));
      await runChunked(runner, S.PUT_MENTIONS, 'rows', plan.mentions.map((m) => ({ article: m.article, entity: m.entity })));
      for (const [type, rows] of relationRowsByType(plan.putRelations)) await runChunked(runner, S.putRelationStatement(type), 'rows', rows);
      for (const [type, rows] of relationRowsByType(plan.appendRelations)) await runChunked(runner, S.appendRelationStatement(type), 'rows', rows);
    },
  };
}

export async function readSnapshot(runner: CypherRunner): Promise<GraphSnapshot> {
  const articles = (await runner.run(S.SNAPSHOT_ARTICLES, {})).map(toArticle);
  const entities = (await runner.run(S.SNAPSHOT_ENTITIES, {})).map(toEntity);
  const relations = (await runner.run(S.SNAPSHOT_RELATIONS, { types: [...RELATION_TYPES] })).map(toRelation);
  return { articles, entities, relations };
}

export async function readStats(runner: CypherRunner, topN = 10): Promise<GraphStats> {
  const num = (v: unknown) => (typeof v === 'number' ? v : Number(v ?? 0));
  const articles = num((await runner.run(S.COUNT_ARTICLES, {}))[0]?.n);
  const entitiesByType = Object.fromEntries(ENTITY_TYPES.map((t) => [t, 0])) as Record<EntityType, number>;
  for (const r of await runner.run(S.COUNT_ENTITIES_BY_TYPE, {})) {
    if ((ENTITY_TYPES as readonly unknown[]).includes(r.type)) entitiesByType[r.type as EntityType] = num(r.n);
  }
  const relationsByType = Object.fromEntries(RELATION_TYPES.map((t) => [t, 0])) as Record<RelationType, number>;
  for (const r of await runner.run(S.COUNT_RELATIONS_BY_TYPE, { types: [...RELATION_TYPES] })) {
    relationsByType[r.type as RelationType] = num(r.n);
  }
  const limit = neo4j.int(Math.max(0, Math.floor(topN)));
  const topActors = (await runner.run(S.TOP_ACTORS, { limit })).map((r) => ({
    name: str(r.name), type: str(r.type) as EntityType, articles: num(r.articles),
  }));
  return { articles, entitiesByType, relationsByType, topActors };
}

/**
 * Neo4j values as plain JSON-able values: integers as numbers (as strings beyond 2^53),
 * temporals as ISO strings, and nodes, relationships and paths as the shapes of plain.ts, the
 * same the embedded store gives (ids are element ids).
 */
export function toPlain(v: unknown): unknown {
  if (v === null || v === undefined) return null;
  if (typeof v !== 'object') return typeof v === 'bigint' ? bigintToPlain(v) : v;
  if (isInt(v)) return v.inSafeRange() ? v.toNumber() : v.toString();
  if (Array.isArray(v)) return v.map(toPlain);
  if (isNode(v)) return { kind: 'node', id: v.elementId, labels: [...v.labels], properties: plainMap(v.properties) } satisfies PlainNode;
  if (isRelationship(v)) {
    return {
      kind: 'relationship', id: v.elementId, type: v.type, start: v.startNodeElementId, end: v.endNodeElementId, properties: plainMap(v.properties),
    } satisfies PlainRelationship;
  }
  // Unbound relationships only travel inside paths, which the driver rebinds; kept for completeness.
  if (isUnboundRelationship(v)) {
    return { kind: 'relationship', id: v.elementId, type: v.type, start: '', end: '', properties: plainMap(v.properties) } satisfies PlainRelationship;
  }
  if (isPath(v)) {
    return {
      kind: 'path',
      nodes: [v.start, ...v.segments.map((s) => s.end)].map((n) => toPlain(n) as PlainNode),
      relationships: v.segments.map((s) => toPlain(s.relationship) as PlainRelationship),
    } satisfies PlainPath;
  }
  if (isDate(v) || isDateTime(v) || isLocalDateTime(v) || isLocalTime(v) || isTime(v) || isDuration(v)) return v.toString();
  if (isPoint(v)) return { srid: toPlain(v.srid), x: v.x, y: v.y, ...(v.z === undefined ? {} : { z: v.z }) };
  const proto = Object.getPrototypeOf(v);
  if (proto === Object.prototype || proto === null) return plainMap(v as Row);
  if (ArrayBuffer.isView(v)) return Array.from(v as unknown as ArrayLike<number>);
  return String(v);
}

function bigintToPlain(v: bigint): number | string {
  return v >= BigInt(Number.MIN_SAFE_INTEGER) && v <= BigInt(Number.MAX_SAFE_INTEGER) ? Number(v) : v.toString();
}

function plainMap(m: Row): Row {
  const out: Row = {};
  for (const [k, x] of Object.entries(m)) out[k] = toPlain(x);
  return out;
}

/** JS integers sent as Neo4j integers: a JS number reaches Cypher as a float, so `LIMIT $n` fails. */
export function toNeo4jParams(v: unknown): unknown {
  if (typeof v === 'number' && Number.isSafeInteger(v)) return neo4j.int(v);
  if (Array.isArray(v)) return v.map(toNeo4jParams);
  if (v !== null && typeof v === 'object' && Object.getPrototypeOf(v) === Object.prototype) {
    return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, toNeo4jParams(x)]));
  }
  return v;
}

const firstLine = (e: unknown): string => String(e instanceof Error ? e.message : e).split('\n')[0]!.trim();

/** The socket-level reason ("connect ECONNREFUSED ...") buried in a driver error or its causes. */
function socketCause(e: unknown): string | undefined {
  for (let c: unknown = e, depth = 0; c instanceof Error && depth < 5; c = c.cause, depth++) {
    const found = /Caused by: (.*)$/m.exec(c.message)?.[1]?.trim();
    if (found) return found;
  }
  return undefined;
}

/** One clear line for a failure to connect, log in or find the database. */
function openFailure(e: unknown, opts: Neo4jStoreOptions): StoreError {
  const code = e instanceof Neo4jError ? e.code : '';
  const msg = e instanceof Error ? e.message : String(e);
  if (code === 'Neo.ClientError.Security.Unauthorized') {
    return new StoreError(`Neo4j refused the login for user ${opts.user ?? 'neo4j'} at ${opts.uri}: check the user name and password`);
  }
  if (code === 'Neo.ClientError.Security.AuthenticationRateLimit') {
    return new StoreError(`Neo4j at ${opts.uri} is refusing logins for now after too many failed attempts: wait and check the password`);
  }
  if (code === 'Neo.ClientError.Database.DatabaseNotFound' || /database does not exist|database not found/i.test(msg)) {
    return new StoreError(`Neo4j at ${opts.uri} has no database named ${JSON.stringify(opts.database ?? '(default)')}`);
  }
  if (code === 'ServiceUnavailable' || code === 'SessionExpired') {
    const cause = socketCause(e);
    return new StoreError(
      `Cannot reach Neo4j at ${opts.uri}${cause ? ` (${cause})` : ''}: check that the server is running, ` +
        'and that the host, port and scheme (bolt://, neo4j://, +s for TLS) are right',
    );
  }
  return new StoreError(`Neo4j at ${opts.uri}: ${firstLine(e)}`);
}

/** Server-side failures of a running store become StoreErrors; our own bugs stay as they are. */
function runFailure(e: unknown, uri: string): unknown {
  if (!(e instanceof Neo4jError)) return e;
  if (e.code === 'Neo.ClientError.Statement.AccessMode' || /in read access mode/i.test(e.message)) {
    return new StoreError('The query writes, and queries run read-only unless writes are allowed');
  }
  if (e.code === 'ServiceUnavailable' || e.code === 'SessionExpired') return new StoreError(`Lost the connection to Neo4j at ${uri}: ${firstLine(e)}`);
  return new StoreError(`Neo4j: ${firstLine(e)}`, { cause: e });
}

/** A user query's failure: refused writes and Cypher errors as one line with the position. */
function queryFailure(e: unknown, cypher: string): unknown {
  if (e instanceof ReadOnlyQueryError) return e;
  if (e instanceof StoreError && /read-only unless writes are allowed/.test(e.message)) {
    const r = refusalOf(cypher);
    return new ReadOnlyQueryError(r ? refusalMessage(r) : 'this query writes, and queries run read-only', r?.clause);
  }
  if (e instanceof StoreError && /^Neo4j: /.test(e.message) && e.cause instanceof Neo4jError && /^Neo\.ClientError\.(Statement|Procedure)/.test(e.cause.code)) {
    const info = describeQueryError(e.cause.message, cypher);
    return new QueryError(info.message, info.line, info.column);
  }
  return e;
}

export async function openNeo4jStore(opts: Neo4jStoreOptions): Promise<GraphStore> {
  let driver: Driver;
  try {
    const auth = opts.user !== undefined || opts.password !== undefined
      ? neo4j.auth.basic(opts.user ?? 'neo4j', opts.password ?? '')
      : undefined;
    driver = neo4j.driver(opts.uri, auth, {
      connectionTimeout: opts.connectionTimeoutMs ?? 10_000,
      connectionAcquisitionTimeout: (opts.connectionTimeoutMs ?? 10_000) + 5_000,
      userAgent: 'actorgraph',
    });
  } catch (e) {
    throw new StoreError(
      `Not a usable Neo4j URI ${JSON.stringify(opts.uri)} (${firstLine(e)}): expected bolt://host:7687 or neo4j://host:7687 (+s for TLS)`,
    );
  }
  try {
    await driver.verifyConnectivity({ database: opts.database });
    const session = driver.session({ database: opts.database, defaultAccessMode: neo4j.session.READ });
    try {
      await session.executeRead((tx) => tx.run(S.PING));
    } finally {
      await session.close();
    }
  } catch (e) {
    await driver.close().catch(() => undefined);
    throw openFailure(e, opts);
  }
  return new Neo4jStore(driver, opts);
}

class Neo4jStore implements GraphStore {
  readonly description: string;
  private schemaReady = false;

  constructor(private readonly driver: Driver, private readonly opts: Neo4jStoreOptions) {
    this.description = `neo4j ${opts.uri}`;
  }

  private async withSession<T>(mode: SessionMode, work: (s: ReturnType<Driver['session']>) => Promise<T>): Promise<T> {
    const session = this.driver.session({ database: this.opts.database, defaultAccessMode: mode });
    try {
      return await work(session);
    } catch (e) {
      throw runFailure(e, this.opts.uri);
    } finally {
      await session.close();
    }
  }

  /** Constraints are schema writes: each needs its own transaction, away from data writes. */
  private async ensureSchema(): Promise<void> {
    if (this.schemaReady) return;
    for (const stmt of S.SCHEMA_STATEMENTS) {
      await this.withSession(neo4j.session.WRITE, (s) => s.executeWrite((tx) => tx.run(stmt)));
    }
    this.schemaReady = true;
  }

  async writeTransaction<T>(fn: (tx: StoreTx) => Promise<T>): Promise<T> {
    await this.ensureSchema();
    // executeWrite retries fn on transient errors; fn re-reads what it needs, so that is safe.
    return this.withSession(neo4j.session.WRITE, (s) => s.executeWrite((tx) => fn(storeTxOver(runnerOver(tx)))));
  }

  snapshot(): Promise<GraphSnapshot> {
    return this.withSession(neo4j.session.READ, (s) => s.executeRead((tx) => readSnapshot(runnerOver(tx))));
  }

  stats(topN?: number): Promise<GraphStats> {
    return this.withSession(neo4j.session.READ, (s) => s.executeRead((tx) => readStats(runnerOver(tx), topN)));
  }

  async query(cypher: string, params: Record<string, unknown> = {}, options: QueryOptions = {}): Promise<QueryResult> {
    const refusal = options.write ? null : refusalOf(cypher);
    if (refusal) throw new ReadOnlyQueryError(refusalMessage(refusal), refusal.clause);
    const bound = toNeo4jParams(params) as Row;
    const work = async (tx: ManagedTransaction): Promise<QueryResult> => {
      const result = tx.run(cypher, bound);
      const columns = await result.keys();
      const { records } = await result;
      return { columns: [...columns], rows: records.map((r) => toPlain(r.toObject()) as Row) };
    };
    try {
      // A READ session is the real guard: the server refuses any write in it.
      return await (options.write
        ? this.withSession(neo4j.session.WRITE, (s) => s.executeWrite(work))
        : this.withSession(neo4j.session.READ, (s) => s.executeRead(work)));
    } catch (e) {
      throw queryFailure(e, cypher);
    }
  }

  async entityKeysById(ids: string[]): Promise<Map<string, string>> {
    const out = new Map<string, string>();
    const unique = [...new Set(ids)].filter((id) => id !== '');
    if (unique.length === 0) return out;
    const rows = await this.withSession(neo4j.session.READ, (s) =>
      s.executeRead((tx) => runChunked(runnerOver(tx), S.ENTITY_KEYS_BY_ELEMENT_ID, 'ids', unique)));
    for (const r of rows) out.set(str(r.id), str(r.key));
    return out;
  }

  async close(): Promise<void> {
    await this.driver.close();
  }
}
