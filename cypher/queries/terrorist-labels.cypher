// name: terrorist-labels
// answers: Who calls, designates or treats whom as terrorist, with who said so.
MATCH (s:Entity)-[r:CONSIDERS_TERRORIST]->(t:Entity)
RETURN s AS labeller, r AS relation, t AS labelled, r.articles AS articles, r.speakers AS speakers, r.first_date AS first_date
ORDER BY articles DESC, s.name, t.name
