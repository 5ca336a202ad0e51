// ForceAtlas2 in its web worker (graphology-layout-forceatlas2/worker), run for a few seconds and
// stopped, so the picture settles and then stays still. Nodes whose place is known can be held
// fixed while new ones find theirs.
import type Graph from 'graphology';
import FA2Layout from 'graphology-layout-forceatlas2/worker';
import forceAtlas2 from 'graphology-layout-forceatlas2';

export class LayoutRunner {
  private fa2: FA2Layout | null = null;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private graph: Graph | null = null;
  private fixed: string[] = [];
  running = false;

  constructor(private readonly onStop: (graph: Graph) => void, private readonly onChange: (running: boolean) => void) {}

  /** How long a layout runs: longer for bigger graphs, a few seconds for the usual ones. */
  static budget(order: number): number {
    if (order < 300) return 2500;
    if (order < 3000) return 3000;
    return 6000;
  }

  start(graph: Graph, options: { hold?: Set<string>; ms?: number } = {}): void {
    this.stop();
    if (graph.order < 2) return;
    this.graph = graph;
    this.fixed = options.hold ? [...options.hold].filter((n) => graph.hasNode(n)) : [];
    for (const n of this.fixed) graph.setNodeAttribute(n, 'fixed', true);
    const settings = { ...forceAtlas2.inferSettings(graph), adjustSizes: false, edgeWeightInfluence: 0.5 };
    this.fa2 = new FA2Layout(graph, { settings, getEdgeWeight: 'articles' });
    this.fa2.start();
    this.running = true;
    this.onChange(true);
    this.timer = setTimeout(() => this.stop(), options.ms ?? LayoutRunner.budget(graph.order));
  }

  stop(): void {
    clearTimeout(this.timer);
    if (!this.fa2) return;
    this.fa2.kill();
    this.fa2 = null;
    const graph = this.graph!;
    for (const n of this.fixed) if (graph.hasNode(n)) graph.removeNodeAttribute(n, 'fixed');
    this.fixed = [];
    this.graph = null;
    this.running = false;
    this.onChange(false);
    this.onStop(graph);
  }
}
