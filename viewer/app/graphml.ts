// A GraphML writer built with the browser's XML DOM (names and values are escaped by the
// serializer, not by hand). Keys are declared from the attributes present. It follows the
// conventions of graph/export/graphml.ts (which builds on xmlbuilder2 from a store snapshot):
// every edge is directed, symmetric relations carry symmetric=true, and a list is one string
// with its items joined by U+241E.
import type Graph from 'graphology';

const NS = 'http://graphml.graphdrawing.org/xmlns';
const XSI = 'http://www.w3.org/2001/XMLSchema-instance';

type KeyType = 'string' | 'double' | 'int' | 'boolean';

function typeOf(values: unknown[]): KeyType {
  if (values.every((v) => typeof v === 'boolean')) return 'boolean';
  if (values.every((v) => typeof v === 'number' && Number.isInteger(v))) return 'int';
  if (values.every((v) => typeof v === 'number')) return 'double';
  return 'string';
}

export const LIST_DELIMITER = '\u241e';
// Characters XML 1.0 cannot carry; the serializer would write them anyway.
// eslint-disable-next-line no-control-regex
const xmlSafe = (s: string) => s.replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g, ' ');
const text = (v: unknown): string =>
  xmlSafe(Array.isArray(v) ? v.map((x) => String(x).replaceAll(LIST_DELIMITER, ' ')).join(LIST_DELIMITER) : typeof v === 'object' ? JSON.stringify(v) : String(v));

export function writeGraphml(graph: Graph): string {
  const doc = document.implementation.createDocument(NS, 'graphml', null);
  const root = doc.documentElement;
  root.setAttributeNS('http://www.w3.org/2000/xmlns/', 'xmlns:xsi', XSI);
  root.setAttributeNS(XSI, 'xsi:schemaLocation', `${NS} http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd`);

  const declare = (kind: 'node' | 'edge', entries: Array<Record<string, unknown>>) => {
    const values = new Map<string, unknown[]>();
    for (const attrs of entries) {
      for (const [k, v] of Object.entries(attrs)) {
        if (v === null || v === undefined) continue;
        const l = values.get(k);
        if (l) l.push(v); else values.set(k, [v]);
      }
    }
    const ids = new Map<string, string>();
    for (const [name, vs] of values) {
      const id = `${kind[0]}${ids.size}`;
      ids.set(name, id);
      const key = doc.createElementNS(NS, 'key');
      key.setAttribute('id', id);
      key.setAttribute('for', kind);
      key.setAttribute('attr.name', name);
      key.setAttribute('attr.type', typeOf(vs));
      root.append(key);
    }
    return ids;
  };
  const nodeEntries: Array<[string, Record<string, unknown>]> = graph.mapNodes((n, a) => [n, a]);
  const edgeEntries: Array<[string, Record<string, unknown>, string, string]> = graph.mapEdges((e, a, s, t, _sa, _ta, undirected) => [e, { ...a, symmetric: undirected }, s, t]);
  const nodeKeys = declare('node', nodeEntries.map(([, a]) => a));
  const edgeKeys = declare('edge', edgeEntries.map(([, a]) => a));

  const g = doc.createElementNS(NS, 'graph');
  g.setAttribute('id', 'G');
  g.setAttribute('edgedefault', 'directed');
  root.append(g);
  const data = (parent: Element, ids: Map<string, string>, attrs: Record<string, unknown>) => {
    for (const [k, v] of Object.entries(attrs)) {
      if (v === null || v === undefined) continue;
      const d = doc.createElementNS(NS, 'data');
      d.setAttribute('key', ids.get(k)!);
      d.textContent = text(v);
      parent.append(d);
    }
  };
  for (const [key, attrs] of nodeEntries) {
    const n = doc.createElementNS(NS, 'node');
    n.setAttribute('id', xmlSafe(key));
    data(n, nodeKeys, attrs);
    g.append(n);
  }
  for (const [key, attrs, source, target] of edgeEntries) {
    const e = doc.createElementNS(NS, 'edge');
    e.setAttribute('id', xmlSafe(key));
    e.setAttribute('source', xmlSafe(source));
    e.setAttribute('target', xmlSafe(target));
    data(e, edgeKeys, attrs);
    g.append(e);
  }
  return '<?xml version="1.0" encoding="UTF-8"?>\n' + new XMLSerializer().serializeToString(doc);
}
