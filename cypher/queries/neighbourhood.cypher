// name: neighbourhood
// answers: Every relation of a given actor, in and out, most-attested first.
// param: name (actor): the actor's name, alias or key, e.g. Sergei Lavrov
MATCH (s:Entity)-[r]->(t:Entity)
WHERE s.key = $name OR s.name = $name OR $name IN s.aliases
   OR t.key = $name OR t.name = $name OR $name IN t.aliases
RETURN s AS source, r AS relation, t AS target, r.articles AS articles, r.first_date AS first_date, r.last_date AS last_date
ORDER BY articles DESC, s.name, t.name
