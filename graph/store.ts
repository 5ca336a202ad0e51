// The interface every graph store implements (embedded Kùzu, Neo4j). The merge logic that
// turns article contributions into stored entities and relations lives once, in batch.ts;
// a store only supplies transactional reads and writes of the shapes below.
import type { EntityType, RelationType, StoredEntity, StoredRelation } from './model.js';

export interface StoredArticle {
  id: string;
  title: string;
  date: string | null;
  source: string | null;
  url: string | null;
  hash: string;
}

/** Everything one batch writes, computed by planBatch() from what the store already holds. */
export interface WritePlan {
  /** Articles to create or update (their metadata and content hash). */
  putArticles: StoredArticle[];
  /** Articles to delete outright (the remove command). */
  deleteArticles: string[];
  /** Articles whose MENTIONS are dropped before the new ones are added. */
  dropMentionsOf: string[];
  mentions: Array<{ article: string; entity: string }>;
  /** Entities to create or overwrite with the merged state. */
  putEntities: StoredEntity[];
  /** Stored entities that new articles mention: docs appended, aliases replaced. */
  appendEntities: Array<{ key: string; aliases: string[]; docs: string[] }>;
  /** Entities no article supports any more (deleted with their relationships). */
  deleteEntities: string[];
  /** Relations to delete; those also in putRelations are re-created with their merged state. */
  deleteRelations: Array<{ type: RelationType; source: string; target: string }>;
  putRelations: StoredRelation[];
  /**
   * Stored relations that new articles support: their lists get these entries appended, articles
   * grows by their count, and first/last dates widen to include these.
   */
  appendRelations: StoredRelation[];
}

/** A stored entity without its docs: enough to append to it. */
export type EntityHead = Omit<StoredEntity, 'docs'>;

/** Reads and writes inside one transaction. */
export interface StoreTx {
  /** id -> content hash, for the given ids that are stored. */
  articleHashes(ids: string[]): Promise<Map<string, string>>;
  /** Keys of the entities the given articles mention. */
  mentionedBy(articleIds: string[]): Promise<string[]>;
  entities(keys: string[]): Promise<StoredEntity[]>;
  /** The stored entities among the keys, without their docs. */
  entityHeads(keys: string[]): Promise<EntityHead[]>;
  /** Every stored relation (any type) whose source is one of the keys. */
  relationsFrom(sourceKeys: string[]): Promise<StoredRelation[]>;
  /** The relationId of every stored relation whose source is one of the keys (no evidence read). */
  relationIdsFrom(sourceKeys: string[]): Promise<string[]>;
  apply(plan: WritePlan): Promise<void>;
}

export interface GraphSnapshot {
  articles: StoredArticle[];
  entities: StoredEntity[];
  relations: StoredRelation[];
}

export interface GraphStats {
  articles: number;
  entitiesByType: Record<EntityType, number>;
  relationsByType: Record<RelationType, number>;
  /** Most mentioned entities, most first. */
  topActors: Array<{ name: string; type: EntityType; articles: number }>;
}

export interface QueryOptions {
  /** Allow write clauses; without it the query runs read-only. */
  write?: boolean;
}

export interface QueryResult {
  columns: string[];
  rows: Array<Record<string, unknown>>;
}

export interface GraphStore {
  /** A short name for messages: "kuzu ./actorgraph.db", "neo4j bolt://…". */
  readonly description: string;
  /** Runs fn in one write transaction: all of it is stored, or none. */
  writeTransaction<T>(fn: (tx: StoreTx) => Promise<T>): Promise<T>;
  snapshot(): Promise<GraphSnapshot>;
  stats(topN?: number): Promise<GraphStats>;
  /**
   * Runs one Cypher statement. Without options.write it runs read-only (and is refused with a
   * ReadOnlyQueryError when it writes); a failure of the query itself is a QueryError. Nodes,
   * relationships and paths in the rows are the shapes of stores/plain.ts.
   */
  query(cypher: string, params?: Record<string, unknown>, options?: QueryOptions): Promise<QueryResult>;
  /** Entity keys of the given node ids (PlainNode.id, PlainRelationship.start/end); others are left out. */
  entityKeysById(ids: string[]): Promise<Map<string, string>>;
  close(): Promise<void>;
}


/** A user-facing failure of a store (bad path, locked database, refused login...). */
export class StoreError extends Error {
  override readonly name = 'StoreError';
}

/** The store is held by another process (the embedded database allows one writer process). */
export class StoreBusyError extends StoreError {}

/** A query the database could not run; the message is one line, with the position when known. */
export class QueryError extends StoreError {
  constructor(message: string, readonly line?: number, readonly column?: number) {
    super(message);
  }
}

/** A query that writes, run without options.write. */
export class ReadOnlyQueryError extends StoreError {
  /** The clause that writes ("CREATE"), when it is known from the query text. */
  constructor(message: string, readonly clause?: string) {
    super(message);
  }
}
