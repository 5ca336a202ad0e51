// The one sigma renderer of the page (kept for the page's life; a new graph is swapped in with
// setGraph), and its reducers. The reducers only read precomputed sets: the neighbours of the
// hovered or selected node, and the first date of each node and edge for the date slider.
import type Graph from 'graphology';
import Sigma from 'sigma';
import EdgeCurveProgram, { EdgeCurvedArrowProgram } from '@sigma/edge-curve';
import type { NodeDisplayData, EdgeDisplayData } from 'sigma/types';
import type { LoadedGraph } from './graph-load.js';

const FADED_NODE = '#e4e4e7';

/** What the reducers look at; change it, then call refresh(). */
export interface Highlight {
  hovered: string | null;
  selected: string | null;
  /** Date slider position: hide what no article up to this day mentions. */
  time: string | null;
}

export class Renderer {
  readonly sigma: Sigma;
  readonly highlight: Highlight = { hovered: null, selected: null, time: null };
  private loaded: LoadedGraph;

  constructor(container: HTMLElement, loaded: LoadedGraph) {
    this.loaded = loaded;
    this.sigma = new Sigma(loaded.graph, container, {
      defaultEdgeType: 'arrow',
      edgeProgramClasses: { curvedArrow: EdgeCurvedArrowProgram, curved: EdgeCurveProgram },
      renderEdgeLabels: false,
      labelRenderedSizeThreshold: 7,
      labelDensity: 0.6,
      labelFont: 'system-ui, sans-serif',
      zIndex: true,
      minCameraRatio: 0.02,
      maxCameraRatio: 20,
      nodeReducer: (node, data) => this.reduceNode(node, data),
      edgeReducer: (edge, data) => this.reduceEdge(edge, data),
    });
    this.tune();
  }

  get graph(): Graph {
    return this.loaded.graph;
  }

  /** Swaps in a new graph, keeping the renderer (and its WebGL contexts). */
  setGraph(loaded: LoadedGraph): void {
    this.loaded = loaded;
    this.highlight.hovered = null;
    this.sigma.setGraph(loaded.graph);
    this.tune();
  }

  /** On large graphs, edges and labels are hidden while the camera moves. */
  private tune(): void {
    const big = this.loaded.graph.size > 5000 || this.loaded.graph.order > 5000;
    this.sigma.setSetting('hideEdgesOnMove', big);
    this.sigma.setSetting('hideLabelsOnMove', big);
  }

  /** Redraws after a highlight change (no reindexing: positions did not move). */
  refreshHighlight(): void {
    this.sigma.refresh({ skipIndexation: true });
  }

  private visibleAt(date: string | null | undefined): boolean {
    const t = this.highlight.time;
    return t === null || (typeof date === 'string' && date <= t);
  }

  private active(): string | null {
    const h = this.highlight;
    const a = h.hovered ?? h.selected;
    return a !== null && this.loaded.graph.hasNode(a) ? a : null;
  }

  private reduceNode(node: string, data: Record<string, unknown>): Partial<NodeDisplayData> {
    const res = { ...data } as Partial<NodeDisplayData>;
    if (!this.visibleAt(this.loaded.nodeDate.get(node))) {
      res.hidden = true;
      return res;
    }
    const active = this.active();
    if (active !== null) {
      if (node === active) {
        res.highlighted = true;
        res.zIndex = 2;
        res.forceLabel = true;
      } else if (this.loaded.neighbours.get(active)?.has(node)) {
        res.zIndex = 1;
        res.forceLabel = this.loaded.neighbours.get(active)!.size <= 30;
      } else {
        res.color = FADED_NODE;
        res.label = '';
        res.zIndex = 0;
      }
    }
    if (node === this.highlight.selected) res.highlighted = true;
    return res;
  }

  private reduceEdge(edge: string, data: Record<string, unknown>): Partial<EdgeDisplayData> {
    const res = { ...data } as Partial<EdgeDisplayData>;
    if (!this.visibleAt(this.loaded.edgeDate.get(edge))) {
      res.hidden = true;
      return res;
    }
    const active = this.active();
    if (active !== null && !this.loaded.graph.hasExtremity(edge, active)) res.hidden = true;
    return res;
  }

  /** Is this node drawn (not hidden by the date slider)? */
  nodeVisible(node: string): boolean {
    return this.loaded.graph.hasNode(node) && this.visibleAt(this.loaded.nodeDate.get(node));
  }

  edgeVisible(edge: string): boolean {
    const g = this.loaded.graph;
    return this.visibleAt(this.loaded.edgeDate.get(edge)) && this.nodeVisible(g.source(edge)) && this.nodeVisible(g.target(edge));
  }

  /**
   * Moves the camera to a node: zoomed in (ratio 0.4 at most), or ("fit") centred on it with the
   * whole graph still in view.
   */
  focusNode(node: string, duration = 600, zoom: 'in' | 'fit' = 'in'): Promise<void> {
    const d = this.sigma.getNodeDisplayData(node);
    if (!d) return Promise.resolve();
    const camera = this.sigma.getCamera();
    // Framed coordinates run from 0 to 1: at ratio r the view spans r around its centre.
    const ratio = zoom === 'fit' ? Math.max(1, 2 * Math.max(d.x, 1 - d.x, d.y, 1 - d.y)) * 1.05 : Math.min(camera.getState().ratio, 0.4);
    return camera.animate({ x: d.x, y: d.y, ratio }, { duration });
  }
}
