// name: single-source
// answers: Relations that only one outlet asserts: every article behind them comes from the same source.
// Articles without a source count as an unknown outlet of their own, so they never make a relation single-source.
MATCH (s:Entity)-[r]->(t:Entity)
UNWIND r.docs AS doc
MATCH (a:Article {id: doc})
WITH s, r, t, collect(DISTINCT coalesce(a.source, '')) AS outlets
WHERE size(outlets) = 1
UNWIND outlets AS outlet
WITH s, r, t, outlet
WHERE outlet <> ''
RETURN outlet, s AS source, r AS relation, t AS target, r.articles AS articles, r.first_date AS first_date
ORDER BY outlet, articles DESC, s.name, t.name
