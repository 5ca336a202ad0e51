// name: timeline
// answers: A given actor's relations, one row per article that reports them, in article-date order (undated articles last).
// param: name (actor): the actor's name, alias or key, e.g. Bashar al-Assad
MATCH (s:Entity)-[r]->(t:Entity)
WHERE s.key = $name OR s.name = $name OR $name IN s.aliases
   OR t.key = $name OR t.name = $name OR $name IN t.aliases
UNWIND r.docs AS doc
MATCH (a:Article {id: doc})
RETURN a.date AS date, a.id AS article, a.source AS outlet, s AS source, r AS relation, t AS target
ORDER BY date IS NULL, date, article, s.name, t.name
