// The embedded store's schema, derived from the model so a new relation type needs no edit here.
import { RELATION_TYPES, type RelationType } from '../model.js';

export const SCHEMA_VERSION = '1';

export const NODE_TABLES = [
  'CREATE NODE TABLE IF NOT EXISTS Meta(key STRING PRIMARY KEY, value STRING)',
  'CREATE NODE TABLE IF NOT EXISTS Article(id STRING PRIMARY KEY, title STRING, date STRING, source STRING, url STRING, hash STRING)',
  'CREATE NODE TABLE IF NOT EXISTS Entity(key STRING PRIMARY KEY, name STRING, type STRING, aliases STRING[], docs STRING[])',
];

export const REL_TABLES = [
  'CREATE REL TABLE IF NOT EXISTS MENTIONS(FROM Article TO Entity)',
  ...RELATION_TYPES.map(
    (t) =>
      `CREATE REL TABLE IF NOT EXISTS ${t}(FROM Entity TO Entity, docs STRING[], dates STRING[], quotes STRING[], speakers STRING[], articles INT64, first_date STRING, last_date STRING)`,
  ),
];

/** The relation type name as a Cypher label: only names from the model ever reach a statement. */
export function relationLabel(type: RelationType): string {
  if (!RELATION_TYPES.includes(type)) throw new Error(`unknown relation type ${String(type)}`);
  return type;
}
