// /api/graph and /api/meta: the filtered graph as graphology JSON, and what the filters can offer.
import { toGraphologyJson, type SerializedGraph } from '../../graph/export/json.js';
import { CORE_RELATION_TYPES, ENTITY_TYPES, RELATION_TYPES, RELATION_TYPE_INFO } from '../../graph/model.js';
import { selectSubgraph } from '../../graph/select.js';
import type { GraphSnapshot } from '../../graph/store.js';
import type { MetaResponse } from './api-types.js';
import type { ViewerData } from './data.js';
import { HttpError } from './http-error.js';
import { ENTITY_COLORS, RELATION_COLORS } from './palette.js';
import type { GraphParams } from './params.js';

export interface Limits {
  /** Rows of a Cypher result read at most. */
  cypherRows: number;
  /** Edges /api/graph answers with at most. */
  graphEdges: number;
}

export const DEFAULT_LIMITS: Limits = { cypherRows: 5000, graphEdges: 500_000 };

export function filteredGraph(data: ViewerData, p: GraphParams, limits: Limits): SerializedGraph {
  let sub: GraphSnapshot;
  if (p.entityTypes.length === 0) {
    sub = { articles: [], entities: [], relations: [] };
  } else if (p.relations.length === 0) {
    // No relation type ticked: entities only (and without isolated ones, the ego alone).
    sub = selectSubgraph(data.snapshot, { entityTypes: p.entityTypes, sources: p.sources, from: p.from ?? undefined, to: p.to ?? undefined });
    sub = { ...sub, relations: [] };
    if (p.ego) sub = { ...sub, entities: sub.entities.filter((e) => e.key === p.ego!.key) };
  } else {
    sub = selectSubgraph(data.snapshot, {
      relationTypes: p.relations,
      entityTypes: p.entityTypes,
      sources: p.sources,
      from: p.from ?? undefined,
      to: p.to ?? undefined,
      ego: p.ego ?? undefined,
    });
  }
  if (!p.isolated) {
    const linked = new Set<string>();
    for (const r of sub.relations) { linked.add(r.source); linked.add(r.target); }
    if (p.ego) linked.add(p.ego.key);
    const entities = sub.entities.filter((e) => linked.has(e.key));
    const docs = new Set(entities.flatMap((e) => e.docs));
    sub = { entities, relations: sub.relations, articles: sub.articles.filter((a) => docs.has(a.id)) };
  }
  if (sub.relations.length > limits.graphEdges) {
    throw new HttpError(413, `the view has ${sub.relations.length} relations, more than the ${limits.graphEdges} the viewer serves; narrow the filters`);
  }
  return toGraphologyJson(sub);
}

export function meta(data: ViewerData, store: string, key: string, limits: Limits): MetaResponse {
  const { snapshot } = data;
  const entityCounts = new Map<string, number>();
  for (const e of snapshot.entities) entityCounts.set(e.type, (entityCounts.get(e.type) ?? 0) + 1);
  const relationCounts = new Map<string, number>();
  for (const r of snapshot.relations) relationCounts.set(r.type, (relationCounts.get(r.type) ?? 0) + 1);
  const sources = new Map<string, number>();
  let min: string | null = null;
  let max: string | null = null;
  let dated = 0;
  for (const a of snapshot.articles) {
    if (a.source) sources.set(a.source, (sources.get(a.source) ?? 0) + 1);
    if (a.date) {
      dated++;
      if (min === null || a.date < min) min = a.date;
      if (max === null || a.date > max) max = a.date;
    }
  }
  return {
    name: 'actorgraph',
    store,
    fingerprint: key,
    loadedAt: data.loadedAt.toISOString(),
    counts: { articles: snapshot.articles.length, entities: snapshot.entities.length, relations: snapshot.relations.length },
    maxEntityArticles: snapshot.entities.reduce((m, e) => Math.max(m, e.docs.length), 0),
    entityTypes: ENTITY_TYPES.map((type) => ({ type, color: ENTITY_COLORS[type], count: entityCounts.get(type) ?? 0 })),
    relationTypes: RELATION_TYPES.map((type) => ({
      type,
      color: RELATION_COLORS[type],
      core: RELATION_TYPE_INFO[type].core,
      symmetric: RELATION_TYPE_INFO[type].symmetric,
      meaning: RELATION_TYPE_INFO[type].meaning,
      count: relationCounts.get(type) ?? 0,
    })),
    sources: [...sources].map(([source, articles]) => ({ source, articles })).sort((a, b) => b.articles - a.articles || a.source.localeCompare(b.source)),
    dates: { min, max, dated },
    defaults: { relations: [...CORE_RELATION_TYPES] },
    limits: { ...limits },
  };
}
