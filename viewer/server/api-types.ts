// The JSON the viewer's server answers with: the contract between viewer/server and viewer/app
// (the page imports these types only). Documented for people in viewer/README.md.
import type { SerializedGraph } from '../../graph/export/json.js';

export type { SerializedGraph };

export interface ApiError {
  error: string;
}

export interface MetaResponse {
  name: string;
  /** The store the server reads ("embedded graph ./graph.db"). */
  store: string;
  /** Changes whenever the stored graph changes: the page keys saved positions by it. */
  fingerprint: string;
  loadedAt: string;
  counts: { articles: number; entities: number; relations: number };
  /** The most articles any entity has (node sizes are relative to it). */
  maxEntityArticles: number;
  entityTypes: Array<{ type: string; color: string; count: number }>;
  relationTypes: Array<{ type: string; color: string; core: boolean; symmetric: boolean; meaning: string; count: number }>;
  sources: Array<{ source: string; articles: number }>;
  dates: { min: string | null; max: string | null; dated: number };
  defaults: { relations: string[] };
  limits: { cypherRows: number; graphEdges: number };
}

export interface ArticleRef {
  id: string;
  title: string;
  date: string | null;
  source: string | null;
  url: string | null;
}

export interface EntityRef {
  key: string;
  name: string;
  type: string;
}

export interface RelationDetail {
  type: string;
  /** out: this entity is the source; in: the target; both: a symmetric relation. */
  direction: 'out' | 'in' | 'both';
  other: EntityRef;
  articles: number;
  firstDate: string | null;
  lastDate: string | null;
  evidence: Array<{ article: ArticleRef; date: string | null; quote: string; speaker: string | null }>;
}

export interface EntityResponse extends EntityRef {
  aliases: string[];
  articles: ArticleRef[];
  relations: RelationDetail[];
}

export interface SearchHit extends EntityRef {
  articles: number;
  /** The name or alias that matched, when it is not the entity's name. */
  matched: string | null;
  how: 'exact' | 'prefix' | 'contains' | 'fuzzy';
}

export interface SearchResponse {
  query: string;
  results: SearchHit[];
  /** "Did you mean" names when nothing matched closely. */
  suggestions: string[];
}

export interface CypherResponse {
  columns: string[];
  /** The first rows, as plain JSON values (nodes, relationships and paths in their plain shapes). */
  rows: Array<Record<string, unknown>>;
  rowCount: number;
  /** True when the result had more rows than the cap; only the first ones were read. */
  truncated: boolean;
  /** The nodes, relationships and paths of the result as a graph (graphology JSON). */
  graph: SerializedGraph;
}
