// Every Cypher statement the Neo4j store sends. Values travel only as parameters; the one
// thing spliced into text is a relationship type, and that comes from the fixed RELATION_TYPES
// list of model.ts (checked again below), never from article or user text.
// test/neo4j-statements.test.ts lints each statement in ALL_NEO4J_STATEMENTS with Neo4j's parser.
//
// Schema:
//   (:Article {id, title, date, source, url, hash})
//   (:Entity {key, name, type, aliases, docs})
//   (:Article)-[:MENTIONS]->(:Entity)
//   (:Entity)-[:<RELATION_TYPE> {docs, dates, quotes, speakers, articles, first_date, last_date}]->(:Entity)
// Write statements take `$rows` (or `$ids`/`$keys`), chunked by the store.
import { RELATION_TYPES, type RelationType } from '../model.js';

export const CREATE_ARTICLE_ID_CONSTRAINT =
  'CREATE CONSTRAINT actorgraph_article_id IF NOT EXISTS FOR (a:Article) REQUIRE a.id IS UNIQUE';
export const CREATE_ENTITY_KEY_CONSTRAINT =
  'CREATE CONSTRAINT actorgraph_entity_key IF NOT EXISTS FOR (e:Entity) REQUIRE e.key IS UNIQUE';
export const SCHEMA_STATEMENTS = [CREATE_ARTICLE_ID_CONSTRAINT, CREATE_ENTITY_KEY_CONSTRAINT] as const;

/** Checks the login reaches the chosen database (verifyConnectivity alone may not). */
export const PING = 'RETURN 1 AS ok';

// ---- reads inside a write transaction (StoreTx) ----

export const ARTICLE_HASHES =
  'UNWIND $ids AS id MATCH (a:Article {id: id}) RETURN a.id AS id, a.hash AS hash';

export const MENTIONED_BY =
  'UNWIND $ids AS id MATCH (:Article {id: id})-[:MENTIONS]->(e:Entity) RETURN DISTINCT e.key AS key';

export const ENTITIES_BY_KEY =
  'UNWIND $keys AS k MATCH (e:Entity {key: k}) ' +
  'RETURN e.key AS key, e.name AS name, e.type AS type, e.aliases AS aliases, e.docs AS docs';

const RELATION_COLUMNS =
  'type(x) AS type, s.key AS source, t.key AS target, x.docs AS docs, x.dates AS dates, ' +
  'x.quotes AS quotes, x.speakers AS speakers, x.articles AS articles, ' +
  'x.first_date AS first_date, x.last_date AS last_date';

/** `$types` is RELATION_TYPES: anything else between entities (written by hand) is ignored. */
export const RELATIONS_FROM =
  'UNWIND $keys AS k MATCH (s:Entity {key: k})-[x]->(t:Entity) WHERE type(x) IN $types ' +
  `RETURN ${RELATION_COLUMNS}`;

export const ENTITY_HEADS =
  'UNWIND $keys AS k MATCH (e:Entity {key: k}) RETURN e.key AS key, e.name AS name, e.type AS type, e.aliases AS aliases';
export const RELATION_IDS_FROM =
  'UNWIND $keys AS k MATCH (s:Entity {key: k})-[x]->(t:Entity) WHERE type(x) IN $types ' +
  'RETURN type(x) AS type, s.key AS source, t.key AS target';

// ---- writes, in the order StoreTx.apply sends them ----

export const DELETE_RELATIONS =
  'UNWIND $rows AS r MATCH (:Entity {key: r.source})-[x]->(:Entity {key: r.target}) ' +
  'WHERE type(x) = r.type DELETE x';

export const DROP_MENTIONS =
  'UNWIND $ids AS id MATCH (:Article {id: id})-[m:MENTIONS]->(:Entity) DELETE m';

export const DELETE_ENTITIES = 'UNWIND $keys AS k MATCH (e:Entity {key: k}) DETACH DELETE e';

export const PUT_ENTITIES =
  'UNWIND $rows AS r MERGE (e:Entity {key: r.key}) ' +
  'SET e.name = r.name, e.type = r.type, e.aliases = r.aliases, e.docs = r.docs';

export const APPEND_ENTITIES =
  'UNWIND $rows AS r MATCH (e:Entity {key: r.key}) SET e.aliases = r.aliases, e.docs = e.docs + r.docs';
export const DELETE_ARTICLES = 'UNWIND $ids AS id MATCH (a:Article {id: id}) DETACH DELETE a';

export const PUT_ARTICLES =
  'UNWIND $rows AS r MERGE (a:Article {id: r.id}) ' +
  'SET a.title = r.title, a.date = r.date, a.source = r.source, a.url = r.url, a.hash = r.hash';

export const PUT_MENTIONS =
  'UNWIND $rows AS r MATCH (a:Article {id: r.article}) MATCH (e:Entity {key: r.entity}) ' +
  'MERGE (a)-[:MENTIONS]->(e)';

function putRelationText(type: string): string {
  // Belt and braces: the map below is built from RELATION_TYPES only, but a type that is not
  // a plain identifier must never reach Cypher text.
  if (!/^[A-Z][A-Z_]*$/.test(type)) throw new Error(`not a relation type: ${JSON.stringify(type)}`);
  return (
    'UNWIND $rows AS r MATCH (s:Entity {key: r.source}) MATCH (t:Entity {key: r.target}) ' +
    `MERGE (s)-[x:${type}]->(t) ` +
    'SET x.docs = r.docs, x.dates = r.dates, x.quotes = r.quotes, x.speakers = r.speakers, ' +
    'x.articles = toInteger(r.articles), x.first_date = r.first_date, x.last_date = r.last_date'
  );
}

function appendRelationText(type: string): string {
  if (!/^[A-Z][A-Z_]*$/.test(type)) throw new Error(`not a relation type: ${JSON.stringify(type)}`);
  return (
    `UNWIND $rows AS r MATCH (s:Entity {key: r.source})-[x:${type}]->(t:Entity {key: r.target}) ` +
    'SET x.docs = x.docs + r.docs, x.dates = x.dates + r.dates, x.quotes = x.quotes + r.quotes, ' +
    'x.speakers = x.speakers + r.speakers, x.articles = x.articles + toInteger(r.articles), ' +
    'x.first_date = CASE WHEN r.first_date IS NULL THEN x.first_date WHEN x.first_date IS NULL OR r.first_date < x.first_date THEN r.first_date ELSE x.first_date END, ' +
    'x.last_date = CASE WHEN r.last_date IS NULL THEN x.last_date WHEN x.last_date IS NULL OR r.last_date > x.last_date THEN r.last_date ELSE x.last_date END'
  );
}

/** One statement per relation type, looked up so that only RELATION_TYPES ever reach Cypher text. */
function statementPerType(text: (type: string) => string): (type: RelationType) => string {
  const byType: ReadonlyMap<string, string> = new Map(RELATION_TYPES.map((t) => [t, text(t)]));
  return (type) => {
    const s = byType.get(type);
    if (s === undefined) throw new Error(`not a relation type: ${JSON.stringify(type)}`);
    return s;
  };
}

/** The MERGE statement for one relation type; throws for anything not in RELATION_TYPES. */
export const putRelationStatement = statementPerType(putRelationText);
/** The append statement for one relation type (new evidence onto a stored relation). */
export const appendRelationStatement = statementPerType(appendRelationText);

// ---- whole-graph reads (snapshot, stats) ----

export const SNAPSHOT_ARTICLES =
  'MATCH (a:Article) RETURN a.id AS id, a.title AS title, a.date AS date, a.source AS source, ' +
  'a.url AS url, a.hash AS hash ORDER BY id';

export const SNAPSHOT_ENTITIES =
  'MATCH (e:Entity) RETURN e.key AS key, e.name AS name, e.type AS type, e.aliases AS aliases, ' +
  'e.docs AS docs ORDER BY key';

export const SNAPSHOT_RELATIONS =
  `MATCH (s:Entity)-[x]->(t:Entity) WHERE type(x) IN $types RETURN ${RELATION_COLUMNS} ` +
  'ORDER BY source, type, target';

export const COUNT_ARTICLES = 'MATCH (a:Article) RETURN count(a) AS n';

export const COUNT_ENTITIES_BY_TYPE = 'MATCH (e:Entity) RETURN e.type AS type, count(e) AS n';

export const COUNT_RELATIONS_BY_TYPE =
  'MATCH (:Entity)-[x]->(:Entity) WHERE type(x) IN $types RETURN type(x) AS type, count(x) AS n';

/** `$limit` must be bound as a Neo4j integer (neo4j.int), not a JS number (a float). */
export const TOP_ACTORS =
  'MATCH (e:Entity) RETURN e.name AS name, e.type AS type, size(e.docs) AS articles ' +
  'ORDER BY articles DESC, name ASC LIMIT $limit';

/** Entity keys of query-result node ids (elementId), for subgraph export of a query's result. */
export const ENTITY_KEYS_BY_ELEMENT_ID =
  'UNWIND $ids AS id MATCH (e:Entity) WHERE elementId(e) = id RETURN id, e.key AS key';

export const ALL_NEO4J_STATEMENTS: readonly string[] = [
  ...SCHEMA_STATEMENTS,
  PING,
  ARTICLE_HASHES,
  MENTIONED_BY,
  ENTITIES_BY_KEY,
  RELATIONS_FROM,
  ENTITY_HEADS,
  RELATION_IDS_FROM,
  DELETE_RELATIONS,
  DROP_MENTIONS,
  DELETE_ENTITIES,
  PUT_ENTITIES,
  APPEND_ENTITIES,
  DELETE_ARTICLES,
  PUT_ARTICLES,
  PUT_MENTIONS,
  ...RELATION_TYPES.map(putRelationStatement),
  ...RELATION_TYPES.map(appendRelationStatement),
  SNAPSHOT_ARTICLES,
  SNAPSHOT_ENTITIES,
  SNAPSHOT_RELATIONS,
  COUNT_ARTICLES,
  COUNT_ENTITIES_BY_TYPE,
  COUNT_RELATIONS_BY_TYPE,
  TOP_ACTORS,
  ENTITY_KEYS_BY_ELEMENT_ID,
];
