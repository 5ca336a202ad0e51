// The page: loads the view the URL describes, draws it with one sigma renderer, and wires the
// filters, search, panel, focus, Cypher box, date slider and exports to it. Every change of
// filters, focus or query is a history entry (Back works); camera, selection and date are
// written into the current URL as they change.
import { api, ApiFailure, type CypherResponse, type MetaResponse, type SerializedGraph } from './api.js';
import { CypherBox } from './cypher.js';
import { byId, debounce, el, notify } from './dom.js';
import { exportGexf, exportGraphml, exportJson, exportPng } from './export.js';
import { Filters, renderLegend } from './filters.js';
import { buildGraph, type LoadedGraph } from './graph-load.js';
import { LayoutRunner } from './layout.js';
import { Panel } from './panel.js';
import { PositionCache } from './positions.js';
import { Renderer } from './renderer.js';
import { SearchBox } from './search.js';
import { Timeline } from './timeline.js';
import { graphChanged, graphQuery, stateFromUrl, stateToUrl, type ViewState } from './url-state.js';

class App {
  state: ViewState;
  loaded: LoadedGraph | null = null;
  renderer: Renderer | null = null;
  loads = 0;
  loading = false;
  error: string | null = null;
  firstFrame: number | null = null;
  /** History entries this page pushed (Back returns through them). */
  private pushed = 0;
  private ticket = 0;
  /** An actor to centre once the running layout stops. */
  private pendingFocus: string | null = null;
  private readonly positions: PositionCache;
  private readonly layout: LayoutRunner;
  private readonly panel: Panel;
  private readonly filters: Filters;
  private readonly timeline: Timeline;
  private readonly cypher: CypherBox;

  constructor(readonly meta: MetaResponse) {
    this.state = stateFromUrl(location.search, meta);
    this.positions = new PositionCache(meta.fingerprint);
    this.layout = new LayoutRunner(
      (graph) => {
        if (graph !== this.loaded?.graph) return;
        this.positions.save(graph);
        // The layout moved everything: centre the actor the view is about only now.
        const key = this.pendingFocus;
        this.pendingFocus = null;
        if (key && graph.hasNode(key)) void this.renderer?.focusNode(key, 400, 'fit');
      },
      (running) => {
        byId('layout-status').textContent = running ? 'laying out…' : '';
        byId<HTMLButtonElement>('layout-run').textContent = running ? 'Stop layout' : 'Re-run layout';
      },
    );
    this.panel = new Panel(meta, {
      select: (key) => void this.goTo(key),
      focus: (key, depth) => void this.navigate({ ego: { key, depth }, selected: key, cypher: null, time: null }),
      back: () => this.back(),
      canGoBack: () => this.canGoBack(),
      close: () => this.select(null),
    });
    this.filters = new Filters(meta, (patch) => void this.navigate({ ...patch, cypher: null }));
    this.timeline = new Timeline((date, final) => this.setTime(date, final));
    this.cypher = new CypherBox({
      show: (query, result) => void this.navigate({ cypher: query, ego: null, selected: null, time: null }, result),
      leave: () => void this.navigate({ cypher: null }),
    });
    new SearchBox((key) => void this.goTo(key));
    byId('layout-run').addEventListener('click', () => {
      if (this.layout.running) this.layout.stop();
      else if (this.loaded) this.layout.start(this.loaded.graph);
    });
    byId('reload').addEventListener('click', () => void this.reloadData());
    byId('focus-back').addEventListener('click', () => this.back());
    byId('export-png').addEventListener('click', () => { if (this.renderer) void exportPng(this.renderer); });
    byId('export-gexf').addEventListener('click', () => { if (this.renderer) exportGexf(this.renderer); });
    byId('export-graphml').addEventListener('click', () => { if (this.renderer) exportGraphml(this.renderer); });
    byId('export-json').addEventListener('click', () => { if (this.renderer) exportJson(this.renderer); });
    window.addEventListener('popstate', () => void this.restore());
  }

  async start(): Promise<void> {
    this.filters.show(this.state);
    this.cypher.setQuery(this.state.cypher);
    history.replaceState(null, '', stateToUrl(this.state, this.meta));
    await this.load(this.state, { camera: true });
  }

  private writeUrl(push: boolean): void {
    const url = stateToUrl(this.state, this.meta);
    if (push) { history.pushState(null, '', url); this.pushed++; }
    else history.replaceState(null, '', url);
  }

  canGoBack(): boolean {
    return this.pushed > 0 || this.state.ego !== null || this.state.cypher !== null;
  }

  back(): void {
    if (this.pushed > 0) history.back();
    else void this.navigate({ ego: null, cypher: null });
  }

  /** A new view (filters, focus or query): a history entry, and a new graph when it shows one. */
  async navigate(patch: Partial<ViewState>, cypherResult?: CypherResponse): Promise<void> {
    const next: ViewState = { ...this.state, ...patch };
    const reload = graphChanged(this.state, next) || cypherResult !== undefined;
    if (reload) next.camera = null;
    this.state = next;
    this.filters.show(next);
    this.cypher.setQuery(next.cypher);
    this.writeUrl(true);
    if (reload) await this.load(next, { cypherGraph: cypherResult?.graph });
    else this.applyView();
  }

  /** Back or forward: the view of that URL. */
  private async restore(): Promise<void> {
    this.pushed = Math.max(0, this.pushed - 1);
    const next = stateFromUrl(location.search, this.meta);
    const reload = graphChanged(this.state, next);
    this.state = next;
    this.filters.show(next);
    this.cypher.setQuery(next.cypher);
    if (reload) await this.load(next, { camera: true });
    else {
      this.applyView();
      if (next.camera) this.renderer?.sigma.getCamera().setState(next.camera);
    }
  }

  private async fetchGraph(s: ViewState, cypherGraph?: SerializedGraph): Promise<SerializedGraph> {
    if (cypherGraph) return cypherGraph;
    if (s.cypher) {
      const result = await api.cypher(s.cypher);
      this.cypher.describe(result);
      return result.graph;
    }
    return api.graph(graphQuery(s));
  }

  private async load(s: ViewState, opts: { camera?: boolean; cypherGraph?: SerializedGraph }): Promise<void> {
    const ticket = ++this.ticket;
    this.pendingFocus = null;
    this.loading = true;
    byId('stats').textContent = 'loading…';
    let data: SerializedGraph;
    try {
      data = await this.fetchGraph(s, opts.cypherGraph);
    } catch (err) {
      if (ticket !== this.ticket) return;
      this.loading = false;
      this.error = err instanceof ApiFailure ? err.message : String(err);
      if (s.cypher) this.cypher.say(this.error, 'error');
      notify(this.error, 'error');
      byId('stats').textContent = '';
      this.loads++;
      return;
    }
    if (ticket !== this.ticket) return;
    this.error = null;
    const loaded = buildGraph(data, this.meta);
    const fresh = this.positions.place(loaded.graph);
    this.layout.stop();
    if (!this.renderer) {
      this.renderer = new Renderer(byId('sigma'), loaded);
      this.wireRenderer(this.renderer);
    } else {
      this.renderer.setGraph(loaded);
    }
    this.loaded = loaded;
    const renderer = this.renderer;
    this.timeline.setDates(loaded.dates, s.time);
    const camera = renderer.sigma.getCamera();
    if (opts.camera && s.camera) camera.setState(s.camera);
    else camera.setState({ x: 0.5, y: 0.5, ratio: 1, angle: 0 });
    this.applyView();
    if (this.firstFrame === null) {
      requestAnimationFrame(() => {
        performance.mark('actorgraph:first-frame');
        this.firstFrame = performance.now();
      });
    }
    this.showCounts();
    this.showFocusBar();
    if (fresh > 0) {
      // A few new nodes among known ones: hold the known ones so the picture does not jump.
      const hold = fresh < loaded.graph.order * 0.3 ? new Set(loaded.graph.filterNodes((n) => this.positions.has(n))) : undefined;
      this.layout.start(loaded.graph, { hold });
    }
    this.loading = false;
    this.loads++;
  }

  private wireRenderer(r: Renderer): void {
    const s = r.sigma;
    // Hover re-runs the reducers over the whole graph: not while dragging the camera, and on
    // large graphs only once the pointer rests on a node.
    let dragging = false;
    let pending: ReturnType<typeof setTimeout> | undefined;
    const hover = (node: string | null) => {
      clearTimeout(pending);
      document.body.style.cursor = node ? 'pointer' : '';
      const apply = () => { if (r.highlight.hovered !== node) { r.highlight.hovered = node; r.refreshHighlight(); } };
      if (dragging) return;
      if (r.graph.size + r.graph.order > 20_000) pending = setTimeout(apply, 150);
      else apply();
    };
    s.on('downNode', () => { dragging = true; });
    s.on('downStage', () => { dragging = true; });
    s.getMouseCaptor().on('mouseup', () => { dragging = false; });
    s.on('enterNode', ({ node }) => hover(node));
    s.on('leaveNode', () => hover(null));
    s.on('clickNode', ({ node }) => this.select(node));
    s.on('clickStage', () => this.select(null));
    const saveCamera = debounce(() => {
      this.state.camera = s.getCamera().getState();
      this.writeUrl(false);
    }, 250);
    s.getCamera().on('updated', saveCamera);
  }

  /** Applies what needs no new graph: date, selection (and its panel). */
  private applyView(): void {
    const r = this.renderer;
    if (!r || !this.loaded) return;
    const g = this.loaded.graph;
    r.highlight.time = this.state.time;
    this.timeline.show(this.state.time);
    const sel = this.state.selected;
    r.highlight.selected = sel && g.hasNode(sel) ? sel : null;
    if (sel && g.hasNode(sel)) { if (this.panel.shown !== sel) void this.panel.show(sel, g.getNodeAttributes(sel)); }
    else if (sel && /^(Person|State|Group|Place):/.test(sel)) { if (this.panel.shown !== sel) void this.panel.show(sel, null); }
    else this.panel.hide();
    r.sigma.refresh();
    this.showCounts();
  }

  select(key: string | null): void {
    this.state.selected = key;
    this.writeUrl(false);
    this.applyView();
  }

  /** Search pick or a relation's other end: go to that actor, bringing it into view if needed. */
  async goTo(key: string): Promise<void> {
    const r = this.renderer;
    if (r && this.loaded?.graph.hasNode(key) && r.nodeVisible(key)) {
      this.select(key);
      await r.focusNode(key);
      return;
    }
    // Not on screen: show its neighbourhood with the current filters, or with every relation
    // type when the ticked ones leave it alone.
    await this.navigate({ ego: { key, depth: 1 }, selected: key, cypher: null, time: null });
    const g = this.loaded?.graph;
    if (g && g.hasNode(key) && g.degree(key) === 0 && this.state.relations.length < this.meta.relationTypes.length) {
      const name = String(g.getNodeAttribute(key, 'label'));
      notify(`${name} has no relation of the ticked types; showing all of ${name}'s relations.`);
      this.state = { ...this.state, relations: this.meta.relationTypes.map((t) => t.type) };
      this.filters.show(this.state);
      this.writeUrl(false);
      await this.load(this.state, {});
    }
    // Its neighbourhood fills the view: centre it, once the layout has placed the new nodes.
    if (!this.renderer || !this.loaded?.graph.hasNode(key)) return;
    if (this.layout.running) this.pendingFocus = key;
    else await this.renderer.focusNode(key, 400, 'fit');
  }

  private setTime(date: string | null, final: boolean): void {
    this.state.time = date;
    if (this.renderer) {
      this.renderer.highlight.time = date;
      this.renderer.sigma.refresh();
    }
    this.showCounts();
    if (final) this.writeUrl(false);
  }

  private async reloadData(): Promise<void> {
    try {
      await api.reload();
      notify('Read the store again.');
      await this.load(this.state, {});
    } catch (err) {
      notify(err instanceof ApiFailure ? err.message : String(err), 'error');
    }
  }

  /** Counts of what is drawn (the date slider hides some). */
  counts(): { nodes: number; edges: number; byRelation: Record<string, number>; byEntity: Record<string, number> } {
    const r = this.renderer;
    const g = this.loaded?.graph;
    const byRelation: Record<string, number> = {};
    const byEntity: Record<string, number> = {};
    let nodes = 0;
    let edges = 0;
    if (r && g) {
      g.forEachNode((n, a) => { if (r.nodeVisible(n)) { nodes++; byEntity[a.entityType] = (byEntity[a.entityType] ?? 0) + 1; } });
      g.forEachEdge((e, a) => { if (r.edgeVisible(e)) { edges++; byRelation[a.relation] = (byRelation[a.relation] ?? 0) + 1; } });
    }
    return { nodes, edges, byRelation, byEntity };
  }

  private showCounts(): void {
    const c = this.counts();
    byId('stats').textContent = `${c.nodes} actors, ${c.edges} relations on screen`;
    renderLegend(this.meta, new Map(Object.entries(c.byEntity)), new Map(Object.entries(c.byRelation)));
  }

  private showFocusBar(): void {
    const bar = byId('focus-bar');
    const label = byId('focus-label');
    const s = this.state;
    if (s.cypher) {
      label.textContent = 'Showing a Cypher query result';
      bar.hidden = false;
    } else if (s.ego) {
      const name = this.loaded?.graph.hasNode(s.ego.key) ? String(this.loaded.graph.getNodeAttribute(s.ego.key, 'label')) : s.ego.key;
      label.replaceChildren(`Neighbourhood of ${name}, depth ${s.ego.depth} `);
      for (const depth of [1, 2]) {
        if (depth === s.ego.depth) continue;
        const b = el('button', { type: 'button', text: `depth ${depth}` });
        b.addEventListener('click', () => void this.navigate({ ego: { key: s.ego!.key, depth } }));
        label.append(b);
      }
      bar.hidden = false;
    } else {
      bar.hidden = true;
    }
  }

  /** What tests and benchmarks read (window.__actorgraph). */
  probe() {
    // eslint-disable-next-line @typescript-eslint/no-this-alias
    const app = this;
    return {
      get ready() { return app.loads > 0 && !app.loading; },
      get loads() { return app.loads; },
      get loading() { return app.loading; },
      get error() { return app.error; },
      get firstFrame() { return app.firstFrame; },
      get layoutRunning() { return app.layout.running; },
      state: () => JSON.parse(JSON.stringify(app.state)) as ViewState,
      graph: () => app.loaded?.graph ?? null,
      sigma: () => app.renderer?.sigma ?? null,
      camera: () => app.renderer?.sigma.getCamera().getState() ?? null,
      counts: () => app.counts(),
      panelShows: () => app.panel.shown,
      /** Viewport position of a node (for clicking it). */
      nodeViewport: (key: string) => {
        const s = app.renderer?.sigma;
        const d = s?.getNodeDisplayData(key);
        return s && d ? s.framedGraphToViewport(d) : null;
      },
      stopLayout: () => app.layout.stop(),
    };
  }
}

async function boot(): Promise<void> {
  let meta: MetaResponse;
  try {
    meta = await api.meta();
  } catch (err) {
    byId('stats').textContent = '';
    notify(`Cannot read the graph: ${err instanceof Error ? err.message : String(err)}`, 'error');
    return;
  }
  document.title = `actorgraph — ${meta.counts.entities} actors`;
  byId('store').textContent = meta.store;
  const app = new App(meta);
  (window as unknown as { __actorgraph: unknown }).__actorgraph = app.probe();
  await app.start();
}

void boot();
