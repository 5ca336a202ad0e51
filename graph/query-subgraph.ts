// The subgraph a query's result contains: every entity node and relation relationship in its
// rows (inside paths and lists too), mapped back to entity keys and stored relations, then cut
// from the snapshot with their full attributes. Scalars (a.name, count(*)) select nothing.
import { isRelationType, relationId, type StoredEntity, type StoredRelation } from './model.js';
import type { GraphSnapshot, GraphStore } from './store.js';
import { isPlainNode, isPlainPath, isPlainRelationship, type PlainNode, type PlainRelationship } from './stores/plain.js';

export interface ResultGraphValues {
  nodes: PlainNode[];
  relationships: PlainRelationship[];
}

/** Every node and relationship in the rows, however deeply nested. */
export function graphValuesOf(rows: ReadonlyArray<Record<string, unknown>>): ResultGraphValues {
  const nodes = new Map<string, PlainNode>();
  const relationships = new Map<string, PlainRelationship>();
  const visit = (v: unknown): void => {
    if (v === null || typeof v !== 'object') return;
    if (Array.isArray(v)) { v.forEach(visit); return; }
    if (isPlainNode(v)) { nodes.set(v.id, v); return; }
    if (isPlainRelationship(v)) { relationships.set(v.id, v); return; }
    if (isPlainPath(v)) { v.nodes.forEach(visit); v.relationships.forEach(visit); return; }
    Object.values(v).forEach(visit);
  };
  rows.forEach(visit);
  return { nodes: [...nodes.values()], relationships: [...relationships.values()] };
}

export interface ResultSubgraph {
  snapshot: GraphSnapshot;
  /** How many distinct nodes and relationships the result holds. */
  found: number;
  /** Of those, the ones that are not entities or relations (articles, MENTIONS). */
  skipped: number;
}

/** Cuts from the snapshot the entities with these keys and the relations with these ids. */
export function subgraphOf(snapshot: GraphSnapshot, entityKeys: ReadonlySet<string>, relationIds: ReadonlySet<string>): GraphSnapshot {
  const relations: StoredRelation[] = snapshot.relations.filter((r) => relationIds.has(relationId(r)));
  const keys = new Set(entityKeys);
  for (const r of relations) { keys.add(r.source); keys.add(r.target); }
  const entities: StoredEntity[] = snapshot.entities.filter((e) => keys.has(e.key));
  const docs = new Set<string>();
  for (const e of entities) for (const d of e.docs) docs.add(d);
  return { articles: snapshot.articles.filter((a) => docs.has(a.id)), entities, relations };
}

export async function resultSubgraph(store: GraphStore, snapshot: GraphSnapshot, rows: ReadonlyArray<Record<string, unknown>>): Promise<ResultSubgraph> {
  const { nodes, relationships } = graphValuesOf(rows);
  const keyOf = new Map<string, string>();
  let skipped = 0;
  for (const n of nodes) {
    const key = n.properties.key;
    if (n.labels.includes('Entity') && typeof key === 'string') keyOf.set(n.id, key);
    else skipped++;
  }
  const rels = relationships.filter((r) => isRelationType(r.type));
  skipped += relationships.length - rels.length;
  // Relationships returned without their end nodes (RETURN r): ask the store whose ends they are.
  const unknown = [...new Set(rels.flatMap((r) => [r.start, r.end]).filter((id) => !keyOf.has(id)))];
  if (unknown.length) for (const [id, key] of await store.entityKeysById(unknown)) keyOf.set(id, key);
  const relationIds = new Set<string>();
  for (const r of rels) {
    const source = keyOf.get(r.start);
    const target = keyOf.get(r.end);
    if (source && target && isRelationType(r.type)) relationIds.add(relationId({ type: r.type, source, target }));
  }
  return { snapshot: subgraphOf(snapshot, new Set(keyOf.values()), relationIds), found: nodes.length + relationships.length, skipped };
}
