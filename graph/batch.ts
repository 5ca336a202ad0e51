// How article contributions become stored entities and relations. planBatch is pure: it
// takes what the store holds for the touched keys and returns every write. writeBatch and
// removeArticles run it inside one store transaction, so a batch lands whole or not at all.
import { relationId, type ArticleContribution, type StoredEntity, type StoredRelation } from './model.js';
import type { GraphStore, StoredArticle, StoreTx, WritePlan } from './store.js';

export interface BatchOutcome {
  /** Articles stored for the first time. */
  added: string[];
  /** Articles whose text changed: their old contribution was replaced. */
  replaced: string[];
  /** Articles already stored with the same text. */
  unchanged: string[];
  /** Articles taken out (remove). */
  removed: string[];
  entitiesDeleted: number;
  relationsDeleted: number;
}

export interface PlanInput {
  /** Contributions to add (their articles are new or replace a stale version). */
  contributions: ArticleContribution[];
  /** Articles whose old contribution must go (changed or removed). */
  stale: string[];
  /** Articles deleted outright. */
  deleted: string[];
  /** The stored state of every entity touched by stale or new contributions. */
  entities: StoredEntity[];
  /** The stored relations out of every touched entity. */
  relations: StoredRelation[];
}

const byString = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

function withoutDocs<T extends { docs: string[] }>(item: T, stale: Set<string>): number[] {
  const keep: number[] = [];
  item.docs.forEach((d, i) => { if (!stale.has(d)) keep.push(i); });
  return keep;
}

export function finishRelation(r: Omit<StoredRelation, 'articles' | 'firstDate' | 'lastDate'>): StoredRelation {
  let firstDate: string | null = null, lastDate: string | null = null;
  for (const d of r.dates) {
    if (d === '') continue;
    if (firstDate === null || d < firstDate) firstDate = d;
    if (lastDate === null || d > lastDate) lastDate = d;
  }
  return { ...r, articles: r.docs.length, firstDate, lastDate };
}

export function planBatch(input: PlanInput): WritePlan {
  const stale = new Set(input.stale);
  const entities = new Map<string, StoredEntity>();
  const touchedEntities = new Set<string>();
  for (const e of input.entities) {
    const keep = withoutDocs(e, stale);
    if (keep.length !== e.docs.length) touchedEntities.add(e.key);
    entities.set(e.key, { ...e, aliases: [...e.aliases], docs: keep.map((i) => e.docs[i]!) });
  }
  const relations = new Map<string, StoredRelation>();
  const touchedRelations = new Set<string>();
  const existingRelations = new Set<string>();
  for (const r of input.relations) {
    const id = relationId(r);
    existingRelations.add(id);
    const keep = withoutDocs(r, stale);
    if (keep.length === r.docs.length) { relations.set(id, r); continue; }
    touchedRelations.add(id);
    relations.set(id, finishRelation({
      type: r.type, source: r.source, target: r.target,
      docs: keep.map((i) => r.docs[i]!), dates: keep.map((i) => r.dates[i]!),
      quotes: keep.map((i) => r.quotes[i]!), speakers: keep.map((i) => r.speakers[i]!),
    }));
  }

  const mentions: WritePlan['mentions'] = [];
  for (const c of input.contributions) {
    const doc = c.article.id;
    for (const e of c.entities) {
      touchedEntities.add(e.key);
      mentions.push({ article: doc, entity: e.key });
      const have = entities.get(e.key);
      if (!have) {
        entities.set(e.key, { key: e.key, name: e.name, type: e.type, aliases: [...new Set(e.aliases)].sort(byString), docs: [doc] });
        continue;
      }
      const aliases = new Set([...have.aliases, ...e.aliases]);
      aliases.delete(have.name);
      have.aliases = [...aliases].sort(byString);
      if (!have.docs.includes(doc)) have.docs.push(doc);
    }
    for (const r of c.relations) {
      const id = relationId(r);
      touchedRelations.add(id);
      const have = relations.get(id);
      const base: Pick<StoredRelation, 'type' | 'source' | 'target' | 'docs' | 'dates' | 'quotes' | 'speakers'> =
        have ?? { type: r.type, source: r.source, target: r.target, docs: [], dates: [], quotes: [], speakers: [] };
      if (base.docs.includes(doc)) continue;
      relations.set(id, finishRelation({
        type: base.type, source: base.source, target: base.target,
        docs: [...base.docs, doc], dates: [...base.dates, c.article.date ?? ''],
        quotes: [...base.quotes, r.quote], speakers: [...base.speakers, r.speaker ?? ''],
      }));
    }
  }

  const plan: WritePlan = {
    putArticles: input.contributions.map((c): StoredArticle => ({ ...c.article })),
    deleteArticles: [...input.deleted],
    dropMentionsOf: [...input.stale],
    mentions,
    putEntities: [],
    deleteEntities: [],
    deleteRelations: [],
    putRelations: [],
  };
  const deadEntities = new Set<string>();
  const stored = new Set(input.entities.map((e) => e.key));
  for (const key of [...touchedEntities].sort(byString)) {
    const e = entities.get(key)!;
    if (e.docs.length === 0) { deadEntities.add(key); if (stored.has(key)) plan.deleteEntities.push(key); }
    else plan.putEntities.push(e);
  }
  for (const id of [...touchedRelations].sort(byString)) {
    const r = relations.get(id)!;
    if (existingRelations.has(id)) plan.deleteRelations.push({ type: r.type, source: r.source, target: r.target });
    if (r.docs.length > 0 && !deadEntities.has(r.source) && !deadEntities.has(r.target)) plan.putRelations.push(r);
  }
  return plan;
}

async function collectState(tx: StoreTx, stale: string[], contributions: ArticleContribution[]) {
  const keys = new Set<string>(stale.length ? await tx.mentionedBy(stale) : []);
  const staleSources = new Set(keys);
  for (const c of contributions) for (const e of c.entities) keys.add(e.key);
  const sources = new Set(staleSources);
  for (const c of contributions) for (const r of c.relations) sources.add(r.source);
  // One after the other: a Neo4j transaction runs one query at a time.
  const entities = await tx.entities([...keys]);
  const relations = await tx.relationsFrom([...sources]);
  return { entities, relations };
}

/**
 * Stores a batch of contributions in one transaction. An article stored with the same hash
 * is left alone; one whose hash changed has its old contribution replaced.
 */
export async function writeBatch(store: GraphStore, batch: ArticleContribution[]): Promise<BatchOutcome> {
  return store.writeTransaction(async (tx) => {
    const hashes = await tx.articleHashes(batch.map((c) => c.article.id));
    const outcome: BatchOutcome = { added: [], replaced: [], unchanged: [], removed: [], entitiesDeleted: 0, relationsDeleted: 0 };
    const todo: ArticleContribution[] = [];
    for (const c of batch) {
      const old = hashes.get(c.article.id);
      if (old === c.article.hash) { outcome.unchanged.push(c.article.id); continue; }
      (old === undefined ? outcome.added : outcome.replaced).push(c.article.id);
      todo.push(c);
    }
    if (todo.length === 0) return outcome;
    const state = await collectState(tx, outcome.replaced, todo);
    const plan = planBatch({ contributions: todo, stale: outcome.replaced, deleted: [], ...state });
    await tx.apply(plan);
    outcome.entitiesDeleted = plan.deleteEntities.length;
    return outcome;
  });
}

/** Takes articles out with their mentions and every entity or relation only they supported. */
export async function removeArticles(store: GraphStore, ids: string[]): Promise<BatchOutcome & { missing: string[] }> {
  return store.writeTransaction(async (tx) => {
    const hashes = await tx.articleHashes(ids);
    const present = ids.filter((id) => hashes.has(id));
    const missing = ids.filter((id) => !hashes.has(id));
    const outcome: BatchOutcome & { missing: string[] } = { added: [], replaced: [], unchanged: [], removed: present, missing, entitiesDeleted: 0, relationsDeleted: 0 };
    if (present.length === 0) return outcome;
    const state = await collectState(tx, present, []);
    const plan = planBatch({ contributions: [], stale: present, deleted: present, ...state });
    await tx.apply(plan);
    outcome.entitiesDeleted = plan.deleteEntities.length;
    outcome.relationsDeleted = plan.deleteRelations.length - plan.putRelations.length;
    return outcome;
  });
}
