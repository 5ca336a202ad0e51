// Subgraph selection over a snapshot: the one place that decides what "only SUPPORTS",
// "only these outlets", "from March to May" or "Lavrov and his neighbours" keep. Exports and
// the viewer both use it. Pure functions.
import { finishRelation } from './batch.js';
import { normaliseName, type EntityType, type RelationType, type StoredEntity, type StoredRelation } from './model.js';
import type { GraphSnapshot } from './store.js';

export interface Selection {
  relationTypes?: RelationType[];
  entityTypes?: EntityType[];
  /** Article sources (outlets) whose articles count. */
  sources?: string[];
  /** ISO dates, inclusive; articles without a date drop out when either is given. */
  from?: string;
  to?: string;
  /** Keep this entity (a key) and what lies within depth relations of it. */
  ego?: { key: string; depth: number };
}

/** A real calendar date written YYYY-MM-DD: the form from/to take. */
export function isIsoDate(v: string): boolean {
  const d = new Date(`${v}T00:00:00Z`);
  return /^\d{4}-\d{2}-\d{2}$/.test(v) && !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === v;
}

/** Which articles a selection keeps, or null when it keeps them all. */
function keptArticles(snapshot: GraphSnapshot, sel: Selection): Set<string> | null {
  if (!sel.sources?.length && !sel.from && !sel.to) return null;
  const sources = sel.sources?.length ? new Set(sel.sources.map((s) => s.toLowerCase())) : null;
  const kept = new Set<string>();
  for (const a of snapshot.articles) {
    if (sources && !(a.source && sources.has(a.source.toLowerCase()))) continue;
    if ((sel.from || sel.to) && !a.date) continue;
    if (sel.from && a.date! < sel.from) continue;
    if (sel.to && a.date! > sel.to) continue;
    kept.add(a.id);
  }
  return kept;
}

function restrictRelation(r: StoredRelation, articles: Set<string>): StoredRelation | null {
  const keep = r.docs.flatMap((d, i) => (articles.has(d) ? [i] : []));
  if (keep.length === 0) return null;
  if (keep.length === r.docs.length) return r;
  return finishRelation({
    type: r.type, source: r.source, target: r.target,
    docs: keep.map((i) => r.docs[i]!), dates: keep.map((i) => r.dates[i]!), quotes: keep.map((i) => r.quotes[i]!), speakers: keep.map((i) => r.speakers[i]!),
  });
}

export function selectSubgraph(snapshot: GraphSnapshot, sel: Selection): GraphSnapshot {
  const articles = keptArticles(snapshot, sel);
  const relationTypes = sel.relationTypes?.length ? new Set(sel.relationTypes) : null;
  const entityTypes = sel.entityTypes?.length ? new Set(sel.entityTypes) : null;

  const entities = new Map<string, StoredEntity>();
  for (const e of snapshot.entities) {
    if (entityTypes && !entityTypes.has(e.type)) continue;
    if (articles) {
      const docs = e.docs.filter((d) => articles.has(d));
      if (docs.length === 0) continue;
      entities.set(e.key, docs.length === e.docs.length ? e : { ...e, docs });
    } else entities.set(e.key, e);
  }
  let relations: StoredRelation[] = [];
  for (const r of snapshot.relations) {
    if (relationTypes && !relationTypes.has(r.type)) continue;
    if (!entities.has(r.source) || !entities.has(r.target)) continue;
    const kept = articles ? restrictRelation(r, articles) : r;
    if (kept) relations.push(kept);
  }

  if (sel.ego) {
    const near = neighbourhood(sel.ego.key, sel.ego.depth, relations);
    for (const key of [...entities.keys()]) if (!near.has(key)) entities.delete(key);
    relations = relations.filter((r) => near.has(r.source) && near.has(r.target));
  }
  const keptEntityDocs = new Set<string>();
  for (const e of entities.values()) for (const d of e.docs) keptEntityDocs.add(d);
  return {
    articles: snapshot.articles.filter((a) => (articles ? articles.has(a.id) : true) && keptEntityDocs.has(a.id)),
    entities: [...entities.values()],
    relations,
  };
}

/** Keys within depth relations of start, either direction. */
export function neighbourhood(start: string, depth: number, relations: StoredRelation[]): Set<string> {
  const adjacent = new Map<string, string[]>();
  const link = (a: string, b: string) => { const l = adjacent.get(a); if (l) l.push(b); else adjacent.set(a, [b]); };
  for (const r of relations) { link(r.source, r.target); link(r.target, r.source); }
  const seen = new Set([start]);
  let frontier = [start];
  for (let d = 0; d < depth && frontier.length; d++) {
    const next: string[] = [];
    for (const k of frontier) for (const n of adjacent.get(k) ?? []) if (!seen.has(n)) { seen.add(n); next.push(n); }
    frontier = next;
  }
  return seen;
}

function editDistance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    let prev = row[0]!;
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const cur = row[j]!;
      row[j] = Math.min(row[j]! + 1, row[j - 1]! + 1, prev + (a[i - 1] === b[j - 1] ? 0 : 1));
      prev = cur;
    }
  }
  return row[b.length]!;
}

export type EntityLookup = { entity: StoredEntity } | { entity: null; suggestions: string[] };

/**
 * The entity a user means by a name or alias (case, accents and punctuation ignored); when none
 * matches, the closest names, so the message can say "did you mean".
 */
export function findEntity(entities: StoredEntity[], name: string): EntityLookup {
  const wanted = normaliseName(name);
  const exact = entities.filter((e) => [e.name, ...e.aliases].some((n) => normaliseName(n) === wanted));
  if (exact.length) return { entity: exact.sort((a, b) => b.docs.length - a.docs.length)[0]! };
  const scored = entities
    .map((e) => {
      const names = [e.name, ...e.aliases].map(normaliseName);
      const contains = names.some((n) => n.includes(wanted) || (n.length > 2 && wanted.includes(n)));
      const distance = Math.min(...names.map((n) => editDistance(n, wanted)));
      return { name: e.name, score: contains ? 0 : distance / Math.max(wanted.length, 1) };
    })
    .filter((s) => s.score <= 0.4)
    .sort((a, b) => a.score - b.score || a.name.localeCompare(b.name));
  return { entity: null, suggestions: [...new Set(scored.map((s) => s.name))].slice(0, 5) };
}
