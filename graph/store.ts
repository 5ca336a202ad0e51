// The interface every graph store implements (embedded Kùzu, Neo4j). The merge logic that
// turns article contributions into stored entities and relations lives once, in batch.ts;
// a store only supplies transactional reads and writes of the shapes below.
import type { ArticleContribution, EntityType, RelationType, StoredEntity, StoredRelation } from './model.js';

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
  /** Entities no article supports any more (deleted with their relationships). */
  deleteEntities: string[];
  /** Relations to delete; those also in putRelations are re-created with their merged state. */
  deleteRelations: Array<{ type: RelationType; source: string; target: string }>;
  putRelations: StoredRelation[];
}

/** Reads and writes inside one transaction. */
export interface StoreTx {
  /** id -> content hash, for the given ids that are stored. */
  articleHashes(ids: string[]): Promise<Map<string, string>>;
  /** Keys of the entities the given articles mention. */
  mentionedBy(articleIds: string[]): Promise<string[]>;
  entities(keys: string[]): Promise<StoredEntity[]>;
  /** Every stored relation (any type) whose source is one of the keys. */
  relationsFrom(sourceKeys: string[]): Promise<StoredRelation[]>;
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
  query(cypher: string, params?: Record<string, unknown>, options?: QueryOptions): Promise<QueryResult>;
  close(): Promise<void>;
}

/** Contributions arrive keyed: re-export for stores that only need the type. */
export type { ArticleContribution };

/** A user-facing failure of a store (bad path, locked database, refused login...). */
export class StoreError extends Error {
  override readonly name = 'StoreError';
}
