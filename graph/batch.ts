// How article contributions become stored entities and relations. planBatch is pure: it
// takes what the store holds for the touched keys and returns every write. writeBatch and
// removeArticles run it inside one store transaction, so a batch lands whole or not at all.
import { relationId, type ArticleContribution, type StoredEntity, type StoredRelation } from './model.js';
import type { EntityHead, GraphStore, StoredArticle, StoreTx, WritePlan } from './store.js';

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
  /** The full stored state of the entities the stale articles mention. */
  entities: StoredEntity[];
  /** The full stored relations out of those entities (every relation a stale article supports). */
  relations: StoredRelation[];
  /** Other stored entities the contributions touch, without their docs: they are appended to. */
  known?: EntityHead[];
  /** Ids (relationId) of other stored relations the contributions touch: they are appended to. */
  knownRelations?: Set<string>;
}

/** A plan that writes nothing: the base for hand-made plans. */
export function emptyWritePlan(): WritePlan {
  return { putArticles: [], deleteArticles: [], dropMentionsOf: [], mentions: [], putEntities: [], appendEntities: [], deleteEntities: [], deleteRelations: [], putRelations: [], appendRelations: [] };
}

const byString = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
const distinct = (values: Iterable<string>) => [...new Set(values)];

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

type RelationLists = Pick<StoredRelation, 'type' | 'source' | 'target' | 'docs' | 'dates' | 'quotes' | 'speakers'>;
const emptyLists = (r: { type: StoredRelation['type']; source: string; target: string }): RelationLists => ({ type: r.type, source: r.source, target: r.target, docs: [], dates: [], quotes: [], speakers: [] });

/**
 * Every write of a batch. Entities and relations a stale article touched are loaded whole and
 * rewritten; those only new articles touch are appended to in place, so a batch never reads or
 * rewrites the long evidence lists of the corpus' hub actors (what keeps ingest linear).
 */
export function planBatch(input: PlanInput): WritePlan {
  const stale = new Set(input.stale);
  const entities = new Map<string, StoredEntity>();
  const touchedEntities = new Set<string>();
  for (const e of input.entities) {
    const keep = withoutDocs(e, stale);
    if (keep.length !== e.docs.length) touchedEntities.add(e.key);
    entities.set(e.key, { ...e, aliases: [...e.aliases], docs: keep.map((i) => e.docs[i]!) });
  }
  const known = new Map((input.known ?? []).map((e) => [e.key, e]));
  const knownRelations = input.knownRelations ?? new Set<string>();
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
  const appendEntities = new Map<string, { key: string; name: string; aliases: string[]; docs: string[] }>();
  const appendRelations = new Map<string, RelationLists>();
  for (const c of input.contributions) {
    const doc = c.article.id;
    for (const e of c.entities) {
      mentions.push({ article: doc, entity: e.key });
      const loaded = entities.get(e.key);
      const head = loaded ?? known.get(e.key) ?? appendEntities.get(e.key);
      if (!head) {
        touchedEntities.add(e.key);
        entities.set(e.key, { key: e.key, name: e.name, type: e.type, aliases: distinct(e.aliases.filter((a) => a !== e.name)), docs: [doc] });
        continue;
      }
      const aliases = distinct([...head.aliases, ...e.aliases]).filter((a) => a !== head.name);
      if (loaded) {
        touchedEntities.add(e.key);
        loaded.aliases = aliases;
        if (!loaded.docs.includes(doc)) loaded.docs.push(doc);
      } else {
        const append = appendEntities.get(e.key) ?? { key: e.key, name: head.name, aliases, docs: [] };
        append.aliases = aliases;
        append.docs.push(doc);
        appendEntities.set(e.key, append);
      }
    }
    for (const r of c.relations) {
      const id = relationId(r);
      const loaded = relations.get(id);
      const appendTo = !loaded && knownRelations.has(id);
      const lists: RelationLists = appendTo ? appendRelations.get(id) ?? emptyLists(r) : loaded ?? emptyLists(r);
      if (lists.docs.includes(doc)) continue;
      const added: RelationLists = {
        type: lists.type, source: lists.source, target: lists.target,
        docs: [...lists.docs, doc], dates: [...lists.dates, c.article.date ?? ''],
        quotes: [...lists.quotes, r.quote], speakers: [...lists.speakers, r.speaker ?? ''],
      };
      if (appendTo) appendRelations.set(id, added);
      else { touchedRelations.add(id); relations.set(id, finishRelation(added)); }
    }
  }

  const plan: WritePlan = {
    putArticles: input.contributions.map((c): StoredArticle => ({ ...c.article })),
    deleteArticles: [...input.deleted],
    dropMentionsOf: [...input.stale],
    mentions,
    putEntities: [],
    appendEntities: [...appendEntities.values()].map(({ key, aliases, docs }) => ({ key, aliases, docs })),
    deleteEntities: [],
    deleteRelations: [],
    putRelations: [],
    appendRelations: [...appendRelations.values()].map(finishRelation),
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
  // Everything a stale article touched is loaded whole: its evidence must be taken out.
  const staleKeys = new Set<string>(stale.length ? await tx.mentionedBy(stale) : []);
  // One after the other: a Neo4j transaction runs one query at a time.
  const entities = await tx.entities([...staleKeys]);
  const relations = await tx.relationsFrom([...staleKeys]);
  const otherKeys = new Set<string>();
  const otherSources = new Set<string>();
  for (const c of contributions) {
    for (const e of c.entities) if (!staleKeys.has(e.key)) otherKeys.add(e.key);
    for (const r of c.relations) if (!staleKeys.has(r.source)) otherSources.add(r.source);
  }
  const known = await tx.entityHeads([...otherKeys]);
  const knownRelations = new Set(await tx.relationIdsFrom([...otherSources]));
  return { entities, relations, known, knownRelations };
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
