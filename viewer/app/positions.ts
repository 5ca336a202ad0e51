// Node positions kept in localStorage, per graph (the server's fingerprint of its store), so a
// reload draws the picture as it was left instead of laying it out again. Nodes never seen get
// a place beside a neighbour that has one, so a filter change does not reshuffle the rest.
import type Graph from 'graphology';

type Positions = Record<string, [number, number]>;

export class PositionCache {
  private positions: Positions = {};
  private readonly storageKey: string;

  constructor(graphKey: string) {
    this.storageKey = `actorgraph:positions:${graphKey}`;
    try {
      const text = localStorage.getItem(this.storageKey);
      if (text) this.positions = JSON.parse(text) as Positions;
    } catch {
      this.positions = {};
    }
  }

  has(node: string): boolean {
    return Object.hasOwn(this.positions, node);
  }

  /** Records the graph's current positions and stores them. */
  save(graph: Graph): void {
    const r = (n: number) => Math.round(n * 100) / 100;
    graph.forEachNode((node, a) => {
      if (typeof a.x === 'number' && typeof a.y === 'number' && Number.isFinite(a.x) && Number.isFinite(a.y)) this.positions[node] = [r(a.x), r(a.y)];
    });
    try {
      localStorage.setItem(this.storageKey, JSON.stringify(this.positions));
    } catch {
      // Storage full or disabled: positions then last for this page only.
    }
  }

  /** Gives every node x and y: saved ones first, then beside placed neighbours, then at random. Returns how many were new. */
  place(graph: Graph): number {
    let fresh = 0;
    const placed = new Set<string>();
    let minX = Infinity, maxX = -Infinity, minY = Infinity, maxY = -Infinity;
    graph.forEachNode((node) => {
      const p = this.positions[node];
      if (!p) return;
      graph.mergeNodeAttributes(node, { x: p[0], y: p[1] });
      placed.add(node);
      minX = Math.min(minX, p[0]); maxX = Math.max(maxX, p[0]);
      minY = Math.min(minY, p[1]); maxY = Math.max(maxY, p[1]);
    });
    const known = placed.size > 0;
    const spread = known ? Math.max(maxX - minX, maxY - minY, 1) : Math.sqrt(graph.order) * 10 + 10;
    const cx = known ? (minX + maxX) / 2 : 0;
    const cy = known ? (minY + maxY) / 2 : 0;
    const jitter = spread * 0.03;
    // Breadth first from placed nodes, so chains of new nodes land near their placed relatives.
    const queue = [...placed];
    for (let i = 0; i < queue.length; i++) {
      const from = graph.getNodeAttributes(queue[i]!);
      graph.forEachNeighbor(queue[i]!, (n) => {
        if (placed.has(n)) return;
        const angle = Math.random() * Math.PI * 2;
        graph.mergeNodeAttributes(n, { x: (from.x as number) + Math.cos(angle) * jitter, y: (from.y as number) + Math.sin(angle) * jitter });
        placed.add(n);
        queue.push(n);
        fresh++;
      });
    }
    graph.forEachNode((node) => {
      if (placed.has(node)) return;
      const angle = Math.random() * Math.PI * 2;
      const radius = (spread / 2) * Math.sqrt(Math.random());
      graph.mergeNodeAttributes(node, { x: cx + Math.cos(angle) * radius, y: cy + Math.sin(angle) * radius });
      fresh++;
    });
    return fresh;
  }
}
