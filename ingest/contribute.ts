// From an article and what the extractor found in it to the keyed contribution a store writes.
import { createHash } from 'node:crypto';
import { RELATION_TYPE_INFO, entityKey, type Article, type ArticleContribution, type Extraction } from '../graph/model.js';

/**
 * The content hash decides whether a stored article is unchanged. It covers the extractor's
 * fingerprint too, so a new dictionary or extractor version re-extracts on the next ingest.
 */
export function contentHash(article: Article, extractorFingerprint: string): string {
  const h = createHash('sha256');
  h.update(JSON.stringify([extractorFingerprint, article.title, article.text, article.date, article.source, article.url]));
  return h.digest('hex').slice(0, 32);
}

/** Keys the entities, drops relations whose ends are not among them, one relation per (source, type, target). */
export function toContribution(article: Article, extraction: Extraction, extractorFingerprint: string): ArticleContribution {
  const keyByName = new Map<string, string>();
  const entities = new Map<string, ArticleContribution['entities'][number]>();
  for (const e of extraction.entities) {
    const key = entityKey(e.type, e.name);
    keyByName.set(e.name, key);
    const have = entities.get(key);
    const aliases = new Set([...(have?.aliases ?? []), ...e.aliases]);
    aliases.delete(e.name);
    entities.set(key, { key, name: have?.name ?? e.name, type: e.type, aliases: [...aliases] });
  }
  const relations = new Map<string, ArticleContribution['relations'][number]>();
  for (const r of extraction.relations) {
    let source = keyByName.get(r.source);
    let target = keyByName.get(r.target);
    if (!source || !target || source === target) continue;
    if (RELATION_TYPE_INFO[r.type].symmetric && target < source) [source, target] = [target, source];
    const id = `${source}|${r.type}|${target}`;
    if (!relations.has(id)) relations.set(id, { type: r.type, source, target, quote: r.evidence.quote, speaker: r.evidence.speaker });
  }
  const { text: _text, ...meta } = article;
  return { article: { ...meta, hash: contentHash(article, extractorFingerprint) }, entities: [...entities.values()], relations: [...relations.values()] };
}
