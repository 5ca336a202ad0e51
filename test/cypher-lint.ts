// Neo4j's own Cypher front end (@neo4j-cypher/language-support) told what actorgraph's graph
// holds, and which functions are portable: a named query or exported statement that passes
// here parses and binds on Neo4j, and calls no function Kùzu lacks.
import { lintCypherQuery, parseParameters } from '@neo4j-cypher/language-support';
import { RELATION_TYPES } from '../graph/model.js';
import { PORTABLE_FUNCTIONS } from '../cypher/portable.js';

const PROPERTY_KEYS = [
  'id', 'title', 'date', 'source', 'url', 'hash', // Article
  'key', 'name', 'type', 'aliases', 'docs', // Entity
  'dates', 'quotes', 'speakers', 'articles', 'first_date', 'last_date', // relations
];

const fn = (name: string, aggregating: boolean) => ({
  name, category: '', description: '', isBuiltIn: true, argumentDescription: [], returnDescription: '', signature: '', aggregating, isDeprecated: false,
});
const PORTABLE = Object.fromEntries(Object.entries(PORTABLE_FUNCTIONS).map(([name, f]) => [name, fn(name, f.aggregating ?? false)]));

export const VERSIONS = ['CYPHER 5', 'CYPHER 25'] as const;

export interface LintOptions {
  /** Extra property keys (fields of UNWIND rows). */
  propertyKeys?: string[];
  /** Only the portable functions count as existing (default); false: Neo4j's full library. */
  portable?: boolean;
  version?: (typeof VERSIONS)[number];
}

/** Every diagnostic, as "severity: message (line:col)"; parameters are declared from the query. */
export function lint(cypher: string, options: LintOptions = {}): string[] {
  const parameters = Object.fromEntries(parseParameters(cypher, false).map((p) => [p, 'x']));
  const { diagnostics } = lintCypherQuery(cypher, {
    labels: ['Article', 'Entity'],
    relationshipTypes: ['MENTIONS', ...RELATION_TYPES],
    propertyKeys: [...PROPERTY_KEYS, ...(options.propertyKeys ?? [])],
    parameters,
    ...(options.portable === false ? {} : { functions: { 'CYPHER 5': PORTABLE, 'CYPHER 25': PORTABLE } }),
    defaultLanguage: options.version ?? 'CYPHER 5',
  } as never);
  return diagnostics.map((d) => `${d.severity === 1 ? 'error' : 'warning'}: ${d.message} (${d.range.start.line + 1}:${d.range.start.character + 1})`);
}
