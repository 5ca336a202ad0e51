// The view in the URL: filters, focus, Cypher query, time, selected node and camera, so reloading
// or sending the link reopens the same view. Defaults are left out to keep links short.
import type { MetaResponse } from './api.js';

export interface CameraView { x: number; y: number; ratio: number; angle: number }

export interface ViewState {
  relations: string[];
  entityTypes: string[];
  /** Article sources; empty: all. */
  sources: string[];
  from: string | null;
  to: string | null;
  /** Keep entities without a relation in the view. */
  isolated: boolean;
  ego: { key: string; depth: number } | null;
  /** When set, the graph is this read-only query's result instead of the filtered graph. */
  cypher: string | null;
  /** Date slider: show what articles up to this day say; null: everything. */
  time: string | null;
  selected: string | null;
  camera: CameraView | null;
}

export function defaultState(meta: MetaResponse): ViewState {
  return {
    relations: [...meta.defaults.relations],
    entityTypes: meta.entityTypes.map((t) => t.type),
    sources: [],
    from: null,
    to: null,
    isolated: false,
    ego: null,
    cypher: null,
    time: null,
    selected: null,
    camera: null,
  };
}

const DATE = /^\d{4}-\d{2}-\d{2}$/;
const sameSet = (a: string[], b: string[]) => a.length === b.length && a.every((x) => b.includes(x));

export function stateFromUrl(search: string, meta: MetaResponse): ViewState {
  const q = new URLSearchParams(search);
  const s = defaultState(meta);
  const list = (name: string, known: string[]) => {
    const v = q.get(name);
    if (v === null) return null;
    return v.split(',').filter((x) => known.includes(x));
  };
  s.relations = list('relations', meta.relationTypes.map((t) => t.type)) ?? s.relations;
  s.entityTypes = list('entityTypes', meta.entityTypes.map((t) => t.type)) ?? s.entityTypes;
  s.sources = list('sources', meta.sources.map((x) => x.source)) ?? [];
  const from = q.get('from');
  const to = q.get('to');
  if (from && DATE.test(from)) s.from = from;
  if (to && DATE.test(to)) s.to = to;
  s.isolated = q.get('isolated') === '1';
  const ego = q.get('ego');
  if (ego) s.ego = { key: ego, depth: Math.min(3, Math.max(1, Number(q.get('depth')) || 1)) };
  s.cypher = q.get('cypher') || null;
  const t = q.get('t');
  if (t && DATE.test(t)) s.time = t;
  s.selected = q.get('node') || null;
  const cam = (q.get('cam') ?? '').split(',').map(Number);
  if (cam.length >= 3 && cam.every((n) => Number.isFinite(n)) && cam[2]! > 0) {
    s.camera = { x: cam[0]!, y: cam[1]!, ratio: cam[2]!, angle: cam[3] ?? 0 };
  }
  return s;
}

export function stateToUrl(s: ViewState, meta: MetaResponse): string {
  const d = defaultState(meta);
  const q = new URLSearchParams();
  if (!sameSet(s.relations, d.relations)) q.set('relations', s.relations.join(','));
  if (!sameSet(s.entityTypes, d.entityTypes)) q.set('entityTypes', s.entityTypes.join(','));
  if (s.sources.length) q.set('sources', s.sources.join(','));
  if (s.from) q.set('from', s.from);
  if (s.to) q.set('to', s.to);
  if (s.isolated) q.set('isolated', '1');
  if (s.ego) { q.set('ego', s.ego.key); q.set('depth', String(s.ego.depth)); }
  if (s.cypher) q.set('cypher', s.cypher);
  if (s.time) q.set('t', s.time);
  if (s.selected) q.set('node', s.selected);
  if (s.camera) {
    const r = (n: number) => String(Math.round(n * 10000) / 10000);
    q.set('cam', [r(s.camera.x), r(s.camera.y), r(s.camera.ratio), ...(s.camera.angle ? [r(s.camera.angle)] : [])].join(','));
  }
  const text = q.toString();
  return text ? `?${text}` : location.pathname;
}

/** The /api/graph query for a state's filters. */
export function graphQuery(s: ViewState): URLSearchParams {
  const q = new URLSearchParams();
  q.set('relations', s.relations.join(','));
  q.set('entityTypes', s.entityTypes.join(','));
  if (s.sources.length) q.set('sources', s.sources.join(','));
  if (s.from) q.set('from', s.from);
  if (s.to) q.set('to', s.to);
  if (s.isolated) q.set('isolated', '1');
  if (s.ego) { q.set('ego', s.ego.key); q.set('depth', String(s.ego.depth)); }
  return q;
}

/** Whether two states show a different graph (and so need a new load). */
export function graphChanged(a: ViewState, b: ViewState): boolean {
  return a.cypher !== b.cypher || (a.cypher === null && graphQuery(a).toString() !== graphQuery(b).toString());
}
