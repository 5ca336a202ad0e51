// The flat, typed attributes that GEXF and GraphML carry: one declaration of names and types,
// so both formats say the same thing. Lists stay lists here; each format writes them its way.
import { RELATION_TYPE_INFO, type StoredEntity, type StoredRelation } from '../model.js';

export type AttributeType = 'string' | 'int' | 'boolean' | 'list';

export interface AttributeSpec { name: string; type: AttributeType; describe: string }

export const NODE_ATTRIBUTES: readonly AttributeSpec[] = [
  { name: 'name', type: 'string', describe: 'the canonical name' },
  { name: 'type', type: 'string', describe: 'Person, State, Group or Place' },
  { name: 'aliases', type: 'list', describe: 'other names the articles use' },
  { name: 'docs', type: 'list', describe: 'ids of the articles that mention it' },
  { name: 'articles', type: 'int', describe: 'how many articles mention it' },
];

export const EDGE_ATTRIBUTES: readonly AttributeSpec[] = [
  // Not "type": a GEXF edge's type is directed/undirected, and Gephi shows it as its Type column.
  { name: 'relation', type: 'string', describe: 'the relation type (SUPPORTS, ...)' },
  { name: 'symmetric', type: 'boolean', describe: 'true for NEGOTIATES_WITH: the direction means nothing' },
  { name: 'articles', type: 'int', describe: 'how many articles assert it' },
  { name: 'firstDate', type: 'string', describe: 'earliest article date, YYYY-MM-DD' },
  { name: 'lastDate', type: 'string', describe: 'latest article date, YYYY-MM-DD' },
  { name: 'docs', type: 'list', describe: 'ids of the articles that assert it' },
  { name: 'dates', type: 'list', describe: 'their dates, aligned with docs ("" when unknown)' },
  { name: 'quotes', type: 'list', describe: 'one exact quote from each article, aligned with docs' },
  { name: 'speakers', type: 'list', describe: 'who said it, aligned with docs ("" for the article\'s own voice)' },
];

export type Flat = Record<string, string | number | boolean | string[] | null>;

export function nodeAttributes(e: StoredEntity): Flat {
  return { name: e.name, type: e.type, aliases: e.aliases, docs: e.docs, articles: e.docs.length };
}

export function edgeAttributes(r: StoredRelation): Flat {
  return {
    relation: r.type, symmetric: RELATION_TYPE_INFO[r.type].symmetric, articles: r.articles,
    firstDate: r.firstDate, lastDate: r.lastDate,
    docs: r.docs, dates: r.dates, quotes: r.quotes, speakers: r.speakers,
  };
}

/**
 * A list with nothing in it, or only empty strings (speakers of quotes in the article's own
 * voice): XML formats leave it out, since "" would read back as one empty item or none.
 */
export function isBlankList(v: unknown): boolean {
  return Array.isArray(v) && v.every((x) => x === '');
}

/**
 * Edge id for XML formats: entity keys are "Type:normalised name" (letters, digits and spaces
 * only after the colon), so "|" cannot occur in them and the id reads back unambiguously.
 */
export function xmlEdgeId(r: { source: string; type: string; target: string }): string {
  return `${r.source}|${r.type}|${r.target}`;
}

/** Characters XML 1.0 cannot hold at all (not even escaped): dropped from every value. */
export function xmlSafe(s: string): string {
  // eslint-disable-next-line no-control-regex
  return s.replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, '');
}
