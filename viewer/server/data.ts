// The viewer's copy of the graph: one snapshot of the store held in memory with the indexes the
// API needs (entity by key, relations by entity, normalised names for search). Loaded once and
// again on demand (POST /api/reload); concurrent requests share one load.
import { createHash } from 'node:crypto';
import { normaliseName, type StoredEntity, type StoredRelation } from '../../graph/model.js';
import type { GraphSnapshot, StoredArticle } from '../../graph/store.js';

export interface ViewerData {
  snapshot: GraphSnapshot;
  entityByKey: Map<string, StoredEntity>;
  articleById: Map<string, StoredArticle>;
  /** Every relation an entity takes part in, either end. */
  relationsOf: Map<string, StoredRelation[]>;
  /** Normalised name and aliases of every entity, in snapshot order. */
  names: Array<{ entity: StoredEntity; forms: Array<{ text: string; norm: string }> }>;
  loadedAt: Date;
}

export function indexSnapshot(snapshot: GraphSnapshot): ViewerData {
  const entityByKey = new Map(snapshot.entities.map((e) => [e.key, e]));
  const articleById = new Map(snapshot.articles.map((a) => [a.id, a]));
  const relationsOf = new Map<string, StoredRelation[]>();
  const add = (key: string, r: StoredRelation) => {
    const l = relationsOf.get(key);
    if (l) l.push(r); else relationsOf.set(key, [r]);
  };
  for (const r of snapshot.relations) {
    add(r.source, r);
    if (r.target !== r.source) add(r.target, r);
  }
  const names = snapshot.entities.map((entity) => ({
    entity,
    forms: [...new Set([entity.name, ...entity.aliases])].map((text) => ({ text, norm: normaliseName(text) })),
  }));
  return { snapshot, entityByKey, articleById, relationsOf, names, loadedAt: new Date() };
}

/** A short stable id of the store, so the page can keep node positions per graph. */
export function layoutKey(storeDescription: string): string {
  return createHash('sha1').update(storeDescription).digest('hex').slice(0, 12);
}

export class SnapshotCache {
  private current: Promise<ViewerData> | null = null;

  constructor(private readonly load: () => Promise<GraphSnapshot>) {}

  get(): Promise<ViewerData> {
    if (!this.current) this.reload();
    return this.current!;
  }

  /** Reads the store again; requests made meanwhile wait for the new copy. */
  reload(): Promise<ViewerData> {
    const next = this.load().then(indexSnapshot);
    // A failed load is not cached: the next request tries again.
    next.catch(() => { if (this.current === next) this.current = null; });
    this.current = next;
    return next;
  }
}
