// /api/entity/:key and /api/search: one entity with all its evidence, and names to entities.
import { findEntity } from '../../graph/select.js';
import { normaliseName, RELATION_TYPE_INFO, type StoredEntity } from '../../graph/model.js';
import type { StoredArticle } from '../../graph/store.js';
import type { ArticleRef, EntityResponse, RelationDetail, SearchHit, SearchResponse } from './api-types.js';
import type { ViewerData } from './data.js';
import { HttpError } from './http-error.js';

function articleRef(data: ViewerData, id: string): ArticleRef {
  const a: StoredArticle | undefined = data.articleById.get(id);
  return a ? { id, title: a.title, date: a.date, source: a.source, url: a.url } : { id, title: id, date: null, source: null, url: null };
}

const byDate = (a: { date: string | null }, b: { date: string | null }) => (a.date ?? '9999').localeCompare(b.date ?? '9999');

export function entityDetail(data: ViewerData, key: string): EntityResponse {
  const e = data.entityByKey.get(key);
  if (!e) throw new HttpError(404, `no entity with key "${key}"`);
  const ref = (k: string) => {
    const o = data.entityByKey.get(k);
    return { key: k, name: o?.name ?? k, type: o?.type ?? 'Unknown' };
  };
  const relations: RelationDetail[] = (data.relationsOf.get(key) ?? []).map((r) => {
    const symmetric = RELATION_TYPE_INFO[r.type].symmetric;
    const out = r.source === key;
    return {
      type: r.type,
      direction: symmetric ? 'both' : out ? 'out' : 'in',
      other: ref(out ? r.target : r.source),
      articles: r.articles,
      firstDate: r.firstDate,
      lastDate: r.lastDate,
      evidence: r.docs
        .map((doc, i) => ({ article: articleRef(data, doc), date: r.dates[i] || null, quote: r.quotes[i] ?? '', speaker: r.speakers[i] || null }))
        .sort(byDate),
    };
  });
  relations.sort((a, b) => a.type.localeCompare(b.type) || b.articles - a.articles || a.other.name.localeCompare(b.other.name));
  return {
    key: e.key,
    name: e.name,
    type: e.type,
    aliases: e.aliases,
    articles: e.docs.map((d) => articleRef(data, d)).sort(byDate),
    relations,
  };
}

const RANK = { exact: 0, prefix: 1, contains: 2, fuzzy: 3 } as const;

/** Entities whose name or an alias equals, starts with (or has a word starting with), or contains q; then near misses. */
export function search(data: ViewerData, q: string, limit: number): SearchResponse {
  const wanted = normaliseName(q);
  if (!wanted) throw new HttpError(400, 'parameter "q" needs at least one letter or digit');
  const hits = new Map<string, SearchHit & { rank: number }>();
  const consider = (entity: StoredEntity, how: SearchHit['how'], text: string) => {
    const rank = RANK[how];
    const prev = hits.get(entity.key);
    if (prev && prev.rank <= rank) return;
    hits.set(entity.key, { key: entity.key, name: entity.name, type: entity.type, articles: entity.docs.length, matched: text === entity.name ? null : text, how, rank });
  };
  for (const { entity, forms } of data.names) {
    for (const f of forms) {
      if (f.norm === wanted) consider(entity, 'exact', f.text);
      else if (f.norm.startsWith(wanted) || f.norm.split(' ').some((w) => w.startsWith(wanted))) consider(entity, 'prefix', f.text);
      else if (f.norm.includes(wanted)) consider(entity, 'contains', f.text);
    }
  }
  let suggestions: string[] = [];
  if (hits.size < limit && wanted.length >= 3) {
    const found = findEntity(data.snapshot.entities, q);
    suggestions = found.entity ? [] : found.suggestions;
    for (const name of suggestions) {
      const e = data.snapshot.entities.find((x) => x.name === name);
      if (e) consider(e, 'fuzzy', e.name);
    }
  }
  const results = [...hits.values()]
    .sort((a, b) => a.rank - b.rank || b.articles - a.articles || a.name.localeCompare(b.name))
    .slice(0, limit)
    .map(({ rank: _rank, ...hit }) => hit);
  const close = results.some((r) => r.how !== 'fuzzy');
  return { query: q, results, suggestions: close ? [] : suggestions };
}
