// GEXF 1.2 (Gephi's format) through graphology-gexf's writer. List attributes are GEXF
// `liststring` values, items joined by "|" as GEXF 1.2 writes them; a "|" inside an item
// becomes "¦" (U+00A6) so the list splits back the same. Every edge is directed, with
// `symmetric` true for NEGOTIATES_WITH: NetworkX reads no GEXF that mixes directed and
// undirected edges.
import { MultiDirectedGraph } from 'graphology';
import { write } from 'graphology-gexf';
import type { GraphSnapshot } from '../store.js';
import { edgeAttributes, isBlankList, nodeAttributes, xmlEdgeId, xmlSafe, type Flat } from './attributes.js';

export const GEXF_LIST_ITEM_PIPE = '\u00a6';

/** Nulls and blank lists are left out (no attvalue): a reader sees no value, not [""]. */
function gexfValues(flat: Flat): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(flat)) {
    if (v === null) continue;
    if (Array.isArray(v)) {
      if (isBlankList(v)) continue;
      out[k] = v.map((item) => xmlSafe(item).replaceAll('|', GEXF_LIST_ITEM_PIPE));
    } else out[k] = typeof v === 'string' ? xmlSafe(v) : v;
  }
  return out;
}

export function toGexf(snapshot: GraphSnapshot): string {
  const graph = new MultiDirectedGraph({ allowSelfLoops: true });
  graph.mergeAttributes({ creator: 'actorgraph', description: `${snapshot.entities.length} actors, ${snapshot.relations.length} relations, ${snapshot.articles.length} articles` });
  for (const e of snapshot.entities) graph.addNode(e.key, { label: xmlSafe(e.name), ...gexfValues(nodeAttributes(e)) });
  for (const r of snapshot.relations) {
    // weight = articles: Gephi sizes edges by it.
    graph.addEdgeWithKey(xmlEdgeId(r), r.source, r.target, { label: r.type, weight: r.articles, ...gexfValues(edgeAttributes(r)) });
  }
  return write(graph, { version: '1.2', pretty: true });
}
