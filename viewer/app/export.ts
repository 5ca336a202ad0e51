// Export what is on screen (the filtered graph, less what the date slider hides): PNG of the
// canvas, GEXF (graphology-gexf), GraphML, and graphology JSON in the shape `actorgraph export`
// writes, with positions and colours added.
import Graph from 'graphology';
import { write as writeGexf } from 'graphology-gexf/browser';
import type Sigma from 'sigma';
import { download } from './dom.js';
import { writeGraphml } from './graphml.js';
import type { Renderer } from './renderer.js';

/** A copy of the visible graph with the model's attribute names (type = entity or relation type). */
export function visibleGraph(renderer: Renderer): Graph {
  const src = renderer.graph;
  const out = new Graph({ type: 'mixed', multi: true, allowSelfLoops: true });
  src.forEachNode((node, a) => {
    if (!renderer.nodeVisible(node)) return;
    out.addNode(node, {
      name: a.name ?? a.label, label: a.label, type: a.entityType, aliases: a.aliases ?? [], docs: a.docs ?? [], articles: a.articles,
      x: a.x, y: a.y, size: a.size, color: a.color,
    });
  });
  src.forEachEdge((edge, a, source, target, _sa, _ta, undirected) => {
    if (!renderer.edgeVisible(edge)) return;
    const attrs = { type: a.relation, docs: a.docs ?? [], articles: a.articles, firstDate: a.firstDate ?? null, lastDate: a.lastDate ?? null, evidence: a.evidence ?? [], color: a.color };
    if (undirected) out.addUndirectedEdgeWithKey(edge, source, target, attrs);
    else out.addDirectedEdgeWithKey(edge, source, target, attrs);
  });
  return out;
}

export function exportJson(renderer: Renderer): void {
  download('actorgraph-view.json', JSON.stringify(visibleGraph(renderer).export(), null, 1), 'application/json');
}

export function exportGexf(renderer: Renderer): void {
  const gexf = writeGexf(visibleGraph(renderer), {
    formatNode: (_key, a) => ({
      label: String(a.label),
      viz: { color: String(a.color), size: Number(a.size), x: Number(a.x), y: Number(a.y) },
      attributes: { type: a.type, articles: a.articles, aliases: (a.aliases as string[]).join('; ') },
    }),
    formatEdge: (_key, a) => ({
      label: String(a.type),
      weight: Number(a.articles),
      viz: { color: String(a.color) },
      attributes: {
        type: a.type, articles: a.articles, firstDate: a.firstDate ?? '', lastDate: a.lastDate ?? '',
        quotes: (a.evidence as Array<{ quote: string }>).map((e) => e.quote).join(' | '),
      },
    }),
  });
  download('actorgraph-view.gexf', gexf, 'application/xml');
}

export function exportGraphml(renderer: Renderer): void {
  const g = visibleGraph(renderer);
  // GraphML has no lists or records: evidence becomes its quotes, lists become text.
  g.updateEachEdgeAttributes((_e, a) => {
    const { evidence, ...rest } = a;
    return { ...rest, quotes: (evidence as Array<{ quote: string }>).map((e) => e.quote).join(' | ') };
  });
  download('actorgraph-view.graphml', writeGraphml(g), 'application/xml');
}

const LAYERS = ['edges', 'edgeLabels', 'nodes', 'labels', 'hovers', 'hoverNodes'];

/** The canvas layers drawn into one image, right after a render (WebGL buffers are not kept). */
export function renderPng(sigma: Sigma): Promise<Blob> {
  return new Promise((resolve, reject) => {
    sigma.once('afterRender', () => {
      const canvases = sigma.getCanvases();
      const first = canvases.nodes ?? Object.values(canvases)[0];
      if (!first) { reject(new Error('nothing drawn')); return; }
      const out = document.createElement('canvas');
      out.width = first.width;
      out.height = first.height;
      const ctx = out.getContext('2d')!;
      ctx.fillStyle = '#ffffff';
      ctx.fillRect(0, 0, out.width, out.height);
      for (const id of LAYERS) {
        const c = canvases[id];
        if (c) ctx.drawImage(c, 0, 0, out.width, out.height);
      }
      out.toBlob((blob) => (blob ? resolve(blob) : reject(new Error('the browser made no PNG'))), 'image/png');
    });
    sigma.refresh({ skipIndexation: true });
  });
}

export async function exportPng(renderer: Renderer): Promise<void> {
  download('actorgraph-view.png', await renderPng(renderer.sigma));
}
