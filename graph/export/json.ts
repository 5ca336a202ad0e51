// Graphology's serialisation format (what graph.import() reads, and what the scorer reads):
// entities are nodes keyed by entity key, relations are directed edges with their evidence.
import type { GraphSnapshot } from '../store.js';
import { RELATION_TYPE_INFO, relationId } from '../model.js';

export interface SerializedGraph {
  attributes: Record<string, unknown>;
  options: { type: 'mixed'; multi: true; allowSelfLoops: false };
  nodes: Array<{ key: string; attributes: Record<string, unknown> }>;
  edges: Array<{ key: string; source: string; target: string; undirected?: boolean; attributes: Record<string, unknown> }>;
}

export function toGraphologyJson(snapshot: GraphSnapshot): SerializedGraph {
  return {
    attributes: {
      name: 'actorgraph',
      articles: snapshot.articles.map((a) => ({ id: a.id, title: a.title, date: a.date, source: a.source, url: a.url })),
    },
    options: { type: 'mixed', multi: true, allowSelfLoops: false },
    nodes: snapshot.entities.map((e) => ({
      key: e.key,
      attributes: { name: e.name, label: e.name, type: e.type, aliases: e.aliases, docs: e.docs, articles: e.docs.length },
    })),
    edges: snapshot.relations.map((r) => ({
      key: relationId(r),
      source: r.source,
      target: r.target,
      ...(RELATION_TYPE_INFO[r.type].symmetric ? { undirected: true } : {}),
      attributes: {
        type: r.type,
        docs: r.docs,
        articles: r.articles,
        firstDate: r.firstDate,
        lastDate: r.lastDate,
        evidence: r.docs.map((doc, i) => ({ doc, date: r.dates[i] || null, quote: r.quotes[i] ?? '', speaker: r.speakers[i] || null })),
      },
    })),
  };
}
