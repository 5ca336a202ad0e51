// Scores a graph against gold annotations, exactly as the annotation project's scorer does
// (GUIDELINES.md, Scoring), so users can measure the extractor on their own annotations.
import { CORE_RELATION_TYPES, ENTITY_TYPES, RELATION_TYPES, RELATION_TYPE_INFO, isRelationType } from '../model.js';
import type { SerializedGraph } from '../export/json.js';

export interface GoldEntity { name: string; type: string; aliases?: string[] }
export interface GoldRelation { source: string; type: string; target: string; evidence?: string }
export interface GoldDoc { doc: string; entities: GoldEntity[]; relations: GoldRelation[] }

export interface Measure { precision: number; recall: number; f1: number; tp: number; predicted: number; gold: number }
export interface ScoreReport {
  docs: number;
  entities: Measure;
  entitiesTyped: Measure;
  entityByType: Record<string, Measure>;
  coreRelations: Measure;
  relations: Measure;
  relationByType: Record<string, Measure>;
  perDoc?: Record<string, { entities: Measure; relations: Measure }>;
}

/** The scorer's comparison form: case-folded, accents, a leading "the", a trailing "'s" and all but letters and digits dropped. */
export function scoreNorm(s: string): string {
  return String(s).normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase()
    .replace(/[\u2018\u2019']s\b/g, '')
    .trim().replace(/^the\s+/, '').replace(/[^\p{L}\p{N}]+/gu, '');
}

function namesOf(name: string, aliases: unknown): Set<string> {
  const out = new Set<string>();
  for (const n of [name, ...(Array.isArray(aliases) ? aliases : [])]) {
    const k = scoreNorm(String(n ?? ''));
    if (k) out.add(k);
  }
  return out;
}
const overlaps = (a: Set<string>, b: Set<string>) => { for (const x of a) if (b.has(x)) return true; return false; };

/** Size of a maximum one-to-one matching of predicted to gold items (augmenting paths). */
function matchCount<P, G>(pred: P[], gold: G[], ok: (p: P, g: G) => boolean): number {
  const adj = pred.map((p) => gold.flatMap((g, i) => (ok(p, g) ? [i] : [])));
  const owner = new Array<number>(gold.length).fill(-1);
  const augment = (p: number, seen: boolean[]): boolean => {
    for (const i of adj[p]!) {
      if (seen[i]) continue;
      seen[i] = true;
      if (owner[i]! < 0 || augment(owner[i]!, seen)) { owner[i] = p; return true; }
    }
    return false;
  };
  let m = 0;
  for (let p = 0; p < pred.length; p++) if (adj[p]!.length && augment(p, new Array<boolean>(gold.length).fill(false))) m++;
  return m;
}

interface Tally { tp: number; np: number; ng: number }
const tally = (): Tally => ({ tp: 0, np: 0, ng: 0 });
const add = (t: Tally, tp: number, np: number, ng: number) => { t.tp += tp; t.np += np; t.ng += ng; };
function prf(t: Tally): Measure {
  const p = t.np ? t.tp / t.np : t.ng ? 0 : 1;
  const r = t.ng ? t.tp / t.ng : t.np ? 0 : 1;
  const f = p + r ? (2 * p * r) / (p + r) : 0;
  return { precision: +p.toFixed(4), recall: +r.toFixed(4), f1: +f.toFixed(4), tp: t.tp, predicted: t.np, gold: t.ng };
}

const symmetric = (type: string) => isRelationType(type) && RELATION_TYPE_INFO[type].symmetric;
interface Node { key: string; type: unknown; names: Set<string>; docs: Set<string> }
interface Edge { s: Node; t: Node; type: string; docs: Set<string> }

export function score(graph: Pick<SerializedGraph, 'nodes' | 'edges'>, gold: Map<string, GoldDoc>, perDoc = false): ScoreReport {
  const nodes = new Map<string, Node>();
  for (const n of graph.nodes ?? []) {
    const a = (n.attributes ?? {}) as { type?: unknown; name?: string; aliases?: unknown; docs?: string[] };
    nodes.set(String(n.key), { key: String(n.key), type: a.type, names: namesOf(a.name ?? String(n.key), a.aliases), docs: new Set(a.docs ?? []) });
  }
  const edges: Edge[] = [];
  for (const e of graph.edges ?? []) {
    const a = (e.attributes ?? {}) as { type?: string; docs?: string[] };
    const s = nodes.get(String(e.source)), t = nodes.get(String(e.target));
    if (s && t) edges.push({ s, t, type: String(a.type), docs: new Set(a.docs ?? []) });
  }
  const T = {
    entities: tally(), entitiesTyped: tally(), relations: tally(), core: tally(),
    entityByType: Object.fromEntries(ENTITY_TYPES.map((t) => [t, tally()])) as Record<string, Tally>,
    relationByType: Object.fromEntries(RELATION_TYPES.map((t) => [t, tally()])) as Record<string, Tally>,
  };
  const docs: Record<string, { entities: Measure; relations: Measure }> = {};
  for (const [doc, g] of gold) {
    const ge = g.entities.map((e) => ({ ...e, names: namesOf(e.name, e.aliases) }));
    const geBy = new Map(ge.map((e) => [e.name, e]));
    const pe = [...nodes.values()].filter((n) => n.docs.has(doc));
    const em = matchCount(pe, ge, (p, q) => overlaps(p.names, q.names));
    add(T.entities, em, pe.length, ge.length);
    add(T.entitiesTyped, matchCount(pe, ge, (p, q) => p.type === q.type && overlaps(p.names, q.names)), pe.length, ge.length);
    for (const ty of ENTITY_TYPES) {
      const pt = pe.filter((n) => n.type === ty), gt = ge.filter((e) => e.type === ty);
      add(T.entityByType[ty]!, matchCount(pt, gt, (p, q) => overlaps(p.names, q.names)), pt.length, gt.length);
    }
    const seen = new Set<string>();
    const pr: Edge[] = [];
    for (const e of edges) {
      if (!e.docs.has(doc) || !isRelationType(e.type)) continue;
      const key = symmetric(e.type) ? [e.type, ...[e.s.key, e.t.key].sort()].join('|') : [e.s.key, e.type, e.t.key].join('|');
      if (seen.has(key)) continue;
      seen.add(key);
      pr.push(e);
    }
    const gr = g.relations.map((r) => ({ type: r.type, s: geBy.get(r.source)!, t: geBy.get(r.target)! }));
    const relOk = (p: Edge, q: (typeof gr)[number]) => p.type === q.type && (
      (overlaps(p.s.names, q.s.names) && overlaps(p.t.names, q.t.names)) ||
      (symmetric(p.type) && overlaps(p.s.names, q.t.names) && overlaps(p.t.names, q.s.names)));
    const rm = matchCount(pr, gr, relOk);
    add(T.relations, rm, pr.length, gr.length);
    const core = (type: string) => (CORE_RELATION_TYPES as string[]).includes(type);
    const pc = pr.filter((r) => core(r.type)), gc = gr.filter((r) => core(r.type));
    add(T.core, matchCount(pc, gc, relOk), pc.length, gc.length);
    for (const ty of RELATION_TYPES) {
      const pt = pr.filter((r) => r.type === ty), gt = gr.filter((r) => r.type === ty);
      add(T.relationByType[ty]!, matchCount(pt, gt, relOk), pt.length, gt.length);
    }
    docs[doc] = { entities: prf({ tp: em, np: pe.length, ng: ge.length }), relations: prf({ tp: rm, np: pr.length, ng: gr.length }) };
  }
  const mapPrf = (r: Record<string, Tally>) => Object.fromEntries(Object.entries(r).map(([k, v]) => [k, prf(v)]));
  return {
    docs: gold.size,
    entities: prf(T.entities),
    entitiesTyped: prf(T.entitiesTyped),
    entityByType: mapPrf(T.entityByType),
    coreRelations: prf(T.core),
    relations: prf(T.relations),
    relationByType: mapPrf(T.relationByType),
    ...(perDoc ? { perDoc: docs } : {}),
  };
}

export function scoreTable(res: ScoreReport): string {
  const row = (name: string, m: Measure) =>
    `${name.padEnd(22)} ${m.precision.toFixed(3)}  ${m.recall.toFixed(3)}  ${m.f1.toFixed(3)}  ${String(m.tp).padStart(5)} ${String(m.predicted).padStart(6)} ${String(m.gold).padStart(5)}`;
  const out = [`${res.docs} gold articles`, `${'measure'.padEnd(22)} prec   rec    F1        tp   pred  gold`];
  out.push(row('entities (name)', res.entities), row('entities (name+type)', res.entitiesTyped));
  for (const [k, v] of Object.entries(res.entityByType)) out.push(row(`  ${k}`, v));
  out.push(row('relations: core 3', res.coreRelations), row('relations: all 10', res.relations));
  for (const [k, v] of Object.entries(res.relationByType)) out.push(row(`  ${k}`, v));
  return out.join('\n');
}
