// GraphML (Cytoscape, yEd, NetworkX, Gephi), built with xmlbuilder2 so every name and value is
// escaped by the XML library. Each attribute is declared by a <key> with its attr.type.
// GraphML has no list type: a list is one string, its items joined by LIST_DELIMITER, U+241E
// ("␞", the visible symbol for the record separator), which news text does not use; any
// occurrence inside an item is replaced by a space. The graph's own `listDelimiter` data says
// which character it is. Every edge is directed (NetworkX refuses GraphML that mixes
// directed and undirected edges); NEGOTIATES_WITH edges carry symmetric=true.
import { create } from 'xmlbuilder2';
import type { GraphSnapshot } from '../store.js';
import { EDGE_ATTRIBUTES, NODE_ATTRIBUTES, edgeAttributes, isBlankList, nodeAttributes, xmlEdgeId, xmlSafe, type AttributeSpec, type Flat } from './attributes.js';

export const GRAPHML_LIST_DELIMITER = '\u241e';

const GRAPHML_NS = 'http://graphml.graphdrawing.org/xmlns';
const GRAPHML_TYPE: Record<AttributeSpec['type'], string> = { string: 'string', int: 'int', boolean: 'boolean', list: 'string' };

export function joinList(items: readonly string[]): string {
  return items.map((s) => xmlSafe(s).replaceAll(GRAPHML_LIST_DELIMITER, ' ')).join(GRAPHML_LIST_DELIMITER);
}

/** How a GraphML list attribute reads back: "" is no items. */
export function splitList(value: string): string[] {
  return value === '' ? [] : value.split(GRAPHML_LIST_DELIMITER);
}

const keyId = (scope: 'n' | 'e', name: string) => `${scope}_${name}`;

export function toGraphml(snapshot: GraphSnapshot): string {
  const doc = create({ version: '1.0', encoding: 'UTF-8' });
  const root = doc.ele(GRAPHML_NS, 'graphml', {
    'xmlns:xsi': 'http://www.w3.org/2001/XMLSchema-instance',
    'xsi:schemaLocation': `${GRAPHML_NS} ${GRAPHML_NS}/1.0/graphml.xsd`,
  });
  root.ele('key', { id: 'g_listDelimiter', for: 'graph', 'attr.name': 'listDelimiter', 'attr.type': 'string' });
  for (const [scope, specs] of [['n', NODE_ATTRIBUTES], ['e', EDGE_ATTRIBUTES]] as const) {
    for (const a of specs) {
      root.ele('key', { id: keyId(scope, a.name), for: scope === 'n' ? 'node' : 'edge', 'attr.name': a.name, 'attr.type': GRAPHML_TYPE[a.type] })
        .ele('desc').txt(a.describe);
    }
  }
  const graph = root.ele('graph', { id: 'actorgraph', edgedefault: 'directed' });
  graph.ele('data', { key: 'g_listDelimiter' }).txt(GRAPHML_LIST_DELIMITER);

  const writeData = (el: ReturnType<typeof graph.ele>, scope: 'n' | 'e', specs: readonly AttributeSpec[], values: Flat) => {
    for (const a of specs) {
      const v = values[a.name];
      // A missing <data> is GraphML's "no value": nulls and blank lists are left out.
      if (v === null || v === undefined || isBlankList(v)) continue;
      const text = Array.isArray(v) ? joinList(v) : typeof v === 'string' ? xmlSafe(v) : String(v);
      el.ele('data', { key: keyId(scope, a.name) }).txt(text);
    }
  };
  for (const e of snapshot.entities) writeData(graph.ele('node', { id: xmlSafe(e.key) }), 'n', NODE_ATTRIBUTES, nodeAttributes(e));
  for (const r of snapshot.relations) {
    writeData(graph.ele('edge', { id: xmlSafe(xmlEdgeId(r)), source: xmlSafe(r.source), target: xmlSafe(r.target) }), 'e', EDGE_ATTRIBUTES, edgeAttributes(r));
  }
  return doc.end({ prettyPrint: true }) + '\n';
}
