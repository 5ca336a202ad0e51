// A Cypher result as a graph the page can draw: every node, relationship and path found in any
// cell (also inside lists and maps) becomes a node or edge. Entities keep their entity key, so
// saved positions and the side panel work as in the filtered view; relations get the same
// attributes as graph/export/json.ts gives them (type, articles, dates, evidence).
import type { SerializedGraph } from '../../graph/export/json.js';
import { isRelationType, relationId, RELATION_TYPE_INFO, type RelationType } from '../../graph/model.js';
import { graphValuesOf } from '../../graph/query-subgraph.js';
import type { PlainNode } from '../../graph/stores/plain.js';

type Node = SerializedGraph['nodes'][number];
type Edge = SerializedGraph['edges'][number];

const strings = (v: unknown): string[] => (Array.isArray(v) ? v.map((x) => (x === null || x === undefined ? '' : String(x))) : typeof v === 'string' && v ? v.split('|') : []);
const str = (v: unknown): string | null => (typeof v === 'string' && v !== '' ? v : null);

function nodeEntry(n: PlainNode): Node {
  const p = n.properties;
  if (n.labels.includes('Entity') && typeof p.key === 'string') {
    const docs = strings(p.docs);
    return { key: p.key, attributes: { name: p.name ?? p.key, label: p.name ?? p.key, type: p.type ?? 'Entity', aliases: strings(p.aliases), docs, articles: docs.length } };
  }
  if (n.labels.includes('Article') && typeof p.id === 'string') {
    return { key: `Article:${p.id}`, attributes: { name: p.title ?? p.id, label: p.title ?? p.id, type: 'Article', ...p } };
  }
  const label = str(p.name) ?? str(p.title) ?? `${n.labels[0] ?? 'node'} ${n.id}`;
  return { key: `node:${n.id}`, attributes: { name: label, label, type: n.labels[0] ?? 'Node', ...p } };
}

export function resultGraph(rows: Array<Record<string, unknown>>): SerializedGraph {
  const nodes = new Map<string, Node>();
  const keyOfId = new Map<string, string>();
  const found = graphValuesOf(rows);
  for (const n of found.nodes) {
    const entry = nodeEntry(n);
    keyOfId.set(n.id, entry.key);
    if (!nodes.has(entry.key)) nodes.set(entry.key, entry);
  }
  const rels = found.relationships;

  const endKey = (id: string): string => {
    const known = keyOfId.get(id);
    if (known) return known;
    // An end the query did not return: a placeholder, named by its database id.
    const key = `node:${id}`;
    if (!nodes.has(key)) nodes.set(key, { key, attributes: { name: `#${id}`, label: `#${id}`, type: 'Node', placeholder: true } });
    keyOfId.set(id, key);
    return key;
  };
  const edges = new Map<string, Edge>();
  for (const r of rels) {
    const source = endKey(r.start);
    const target = endKey(r.end);
    if (source === target) continue;
    const p = r.properties;
    const known = isRelationType(r.type);
    const key = known ? relationId({ type: r.type as RelationType, source, target }) : `rel:${r.id}`;
    const docs = strings(p.docs);
    const quotes = strings(p.quotes);
    const speakers = strings(p.speakers);
    const dates = strings(p.dates);
    edges.set(key, {
      key,
      source,
      target,
      ...(known && RELATION_TYPE_INFO[r.type as RelationType].symmetric ? { undirected: true } : {}),
      attributes: {
        type: r.type,
        docs,
        articles: typeof p.articles === 'number' ? p.articles : docs.length,
        firstDate: str(p.first_date) ?? str(p.firstDate),
        lastDate: str(p.last_date) ?? str(p.lastDate),
        evidence: docs.map((doc, i) => ({ doc, date: dates[i] || null, quote: quotes[i] ?? '', speaker: speakers[i] || null })),
      },
    });
  }
  return {
    attributes: { name: 'actorgraph cypher result', articles: [] },
    options: { type: 'mixed', multi: true, allowSelfLoops: false },
    nodes: [...nodes.values()],
    edges: [...edges.values()],
  };
}
