// The graph model: the one place that defines what an entity and a relation are.
// Every other module (extractors, stores, queries, viewer, exports) reads these lists.

export const ENTITY_TYPES = ['Person', 'State', 'Group', 'Place'] as const;
export type EntityType = (typeof ENTITY_TYPES)[number];

export interface RelationTypeInfo {
  /** Order of the ends does not matter (stored once, with the ends sorted by key). */
  readonly symmetric: boolean;
  /** Core relations are the default view and the headline scores. */
  readonly core: boolean;
  /** A place may stand at the target end. */
  readonly placeTarget: boolean;
  readonly meaning: string;
}

export const RELATION_TYPE_INFO = {
  SUPPORTS: { symmetric: false, core: true, placeTarget: false, meaning: 'source backs, aids, arms, funds, allies with or politically supports target' },
  OPPOSES: { symmetric: false, core: false, placeTarget: false, meaning: 'source is hostile to or fights target, without a specific reported attack' },
  ATTACKS: { symmetric: false, core: false, placeTarget: true, meaning: 'source carries out a specific violent act against target' },
  CONSIDERS_TERRORIST: { symmetric: false, core: true, placeTarget: false, meaning: 'source labels, designates, bans or treats target as terrorist' },
  BESIEGES: { symmetric: false, core: true, placeTarget: true, meaning: 'source lays or holds a siege on target' },
  NEGOTIATES_WITH: { symmetric: true, core: false, placeTarget: false, meaning: 'source holds talks, negotiates or meets officially with target' },
  REPRESENTS: { symmetric: false, core: false, placeTarget: false, meaning: 'a person speaks or acts for a state or group by office' },
  PART_OF: { symmetric: false, core: false, placeTarget: false, meaning: 'a group belongs to a larger group, coalition or state' },
  LOCATED_IN: { symmetric: false, core: false, placeTarget: true, meaning: 'a place lies in a place or state' },
  CONTROLS: { symmetric: false, core: false, placeTarget: true, meaning: 'source holds or has taken control of a place' },
} as const satisfies Record<string, RelationTypeInfo>;

export type RelationType = keyof typeof RELATION_TYPE_INFO;
export const RELATION_TYPES = Object.keys(RELATION_TYPE_INFO) as RelationType[];
export const CORE_RELATION_TYPES = RELATION_TYPES.filter((t) => RELATION_TYPE_INFO[t].core);

export function isEntityType(s: unknown): s is EntityType {
  return typeof s === 'string' && (ENTITY_TYPES as readonly string[]).includes(s);
}
export function isRelationType(s: unknown): s is RelationType {
  return typeof s === 'string' && Object.hasOwn(RELATION_TYPE_INFO, s);
}

/** An article as the readers deliver it. */
export interface Article {
  id: string;
  title: string;
  text: string;
  /** ISO date (YYYY-MM-DD) or null when the input has none or it cannot be read. */
  date: string | null;
  source: string | null;
  url: string | null;
}

/** An entity as an extractor finds it in one article. */
export interface ExtractedEntity {
  name: string;
  type: EntityType;
  /** Every other surface form the article uses for it. */
  aliases: string[];
}

export interface Evidence {
  /** A short exact quote of the article. */
  quote: string;
  /** Who asserts it, when the sentence is reported speech; null for the article's own voice. */
  speaker: string | null;
}

/** A relation as an extractor finds it in one article; ends are names of extracted entities. */
export interface ExtractedRelation {
  type: RelationType;
  source: string;
  target: string;
  evidence: Evidence;
}

export interface Extraction {
  entities: ExtractedEntity[];
  relations: ExtractedRelation[];
}

/** The interface between ingest/ and graph/. */
export interface Extractor {
  extract(article: Article): Extraction;
}

/**
 * Stable entity key from type + canonical name: the same actor named the same way in two
 * articles (or two runs) gets the same key.
 */
export function entityKey(type: EntityType, name: string): string {
  return `${type}:${normaliseName(name)}`;
}

/** Case-folded, accents dropped, punctuation folded: the comparison form of a name. */
export function normaliseName(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[\u2018\u2019']s\b/g, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** What one article contributes to the graph, keyed and ready to store. */
export interface ArticleContribution {
  article: Omit<Article, 'text'> & { hash: string };
  entities: Array<{ key: string; name: string; type: EntityType; aliases: string[] }>;
  relations: Array<{ type: RelationType; source: string; target: string; quote: string; speaker: string | null }>;
}

/** An entity as stored: merged over every article that mentions it. */
export interface StoredEntity {
  key: string;
  name: string;
  type: EntityType;
  aliases: string[];
  docs: string[];
}

/**
 * A relation as stored: one per (source, type, target) across the corpus. The evidence arrays
 * are aligned with docs: entry i is the quote (and its speaker and date) from article docs[i].
 */
export interface StoredRelation {
  type: RelationType;
  source: string;
  target: string;
  docs: string[];
  dates: string[];
  quotes: string[];
  speakers: string[];
  articles: number;
  firstDate: string | null;
  lastDate: string | null;
}

export function relationId(r: { type: RelationType; source: string; target: string }): string {
  return `${r.source}\u0001${r.type}\u0001${r.target}`;
}
