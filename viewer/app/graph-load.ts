// The server's graphology JSON turned into the graph sigma draws: display attributes (colour by
// entity or relation type, size by article count, straight or curved arrows), plus what the
// reducers read so they stay cheap: neighbour sets, and the date each node and edge first appears.
import Graph from 'graphology';
import { DEFAULT_EDGE_CURVATURE, indexParallelEdgesIndex } from '@sigma/edge-curve';
import type { MetaResponse, SerializedGraph } from './api.js';

export interface ArticleInfo { id: string; title: string; date: string | null; source: string | null; url: string | null }

export interface LoadedGraph {
  graph: Graph;
  neighbours: Map<string, Set<string>>;
  /** The earliest article date of each node and edge (null: no dated article). */
  nodeDate: Map<string, string | null>;
  edgeDate: Map<string, string | null>;
  /** Sorted distinct dates of the articles behind the graph (for the date slider). */
  dates: string[];
}

export const OTHER_NODE_COLOR = '#6b7280';
export const OTHER_EDGE_COLOR = '#9ca3af';

/** Sigma reads `type` as the rendering program, so the entity and relation types move to their own attributes. */
export function nodeSize(articles: number, maxArticles: number): number {
  return 3 + 15 * Math.sqrt(Math.max(0, articles) / Math.max(1, maxArticles));
}

function curvature(index: number, maxIndex: number): number {
  if (maxIndex <= 0) return DEFAULT_EDGE_CURVATURE;
  if (index < 0) return -curvature(-index, maxIndex);
  const amplitude = 3.5;
  const maxCurvature = amplitude * (1 - Math.exp(-maxIndex / amplitude)) * DEFAULT_EDGE_CURVATURE;
  return (maxCurvature * index) / maxIndex;
}

export function buildGraph(data: SerializedGraph, meta: MetaResponse): LoadedGraph {
  const entityColor = new Map(meta.entityTypes.map((t) => [t.type, t.color]));
  const relationColor = new Map(meta.relationTypes.map((t) => [t.type, t.color]));
  const articles = (data.attributes.articles ?? []) as ArticleInfo[];
  const articleDate = new Map(articles.map((a) => [a.id, a.date]));
  const graph = new Graph({ type: 'mixed', multi: true, allowSelfLoops: true });
  const nodeDate = new Map<string, string | null>();
  const edgeDate = new Map<string, string | null>();
  const maxArticles = Math.max(meta.maxEntityArticles, 1);

  for (const n of data.nodes) {
    const a = n.attributes;
    const docs = Array.isArray(a.docs) ? (a.docs as string[]) : [];
    const entityType = String(a.type ?? 'Node');
    const articleCount = typeof a.articles === 'number' ? a.articles : docs.length;
    let first: string | null = null;
    for (const d of docs) {
      const date = articleDate.get(d);
      if (date && (first === null || date < first)) first = date;
    }
    nodeDate.set(n.key, first);
    const { type: _type, ...rest } = a;
    graph.addNode(n.key, {
      ...rest,
      label: String(a.name ?? a.label ?? n.key),
      entityType,
      articles: articleCount,
      size: nodeSize(articleCount, maxArticles),
      color: entityColor.get(entityType) ?? OTHER_NODE_COLOR,
    });
  }
  for (const e of data.edges) {
    if (!graph.hasNode(e.source) || !graph.hasNode(e.target)) continue;
    const a = e.attributes;
    const relation = String(a.type ?? 'RELATED');
    const articleCount = typeof a.articles === 'number' ? a.articles : 1;
    const { type: _type, ...rest } = a;
    const attrs = {
      ...rest,
      relation,
      articles: articleCount,
      directed: !e.undirected,
      color: relationColor.get(relation) ?? OTHER_EDGE_COLOR,
      size: 1 + Math.min(4, Math.log2(Math.max(1, articleCount))),
    };
    if (e.undirected) graph.addUndirectedEdgeWithKey(e.key, e.source, e.target, attrs);
    else graph.addDirectedEdgeWithKey(e.key, e.source, e.target, attrs);
    edgeDate.set(e.key, typeof a.firstDate === 'string' ? a.firstDate : null);
  }

  // Several relations between the same two actors: curve them apart.
  indexParallelEdgesIndex(graph, { edgeIndexAttribute: 'parallelIndex', edgeMinIndexAttribute: 'parallelMinIndex', edgeMaxIndexAttribute: 'parallelMaxIndex' } as never);
  graph.forEachEdge((edge, attrs) => {
    const index = attrs.parallelIndex as number | null | undefined;
    const max = attrs.parallelMaxIndex as number | null | undefined;
    const curved = typeof index === 'number' && typeof max === 'number';
    graph.mergeEdgeAttributes(edge, {
      type: curved ? (attrs.directed ? 'curvedArrow' : 'curved') : attrs.directed ? 'arrow' : 'line',
      curvature: curved ? curvature(index, max) : 0,
    });
  });

  const neighbours = new Map<string, Set<string>>();
  graph.forEachNode((node) => neighbours.set(node, new Set(graph.neighbors(node))));

  const dates = [...new Set(articles.map((a) => a.date).filter((d): d is string => Boolean(d)))].sort();
  return { graph, neighbours, nodeDate, edgeDate, dates };
}
