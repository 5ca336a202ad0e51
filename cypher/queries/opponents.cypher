// name: opponents
// answers: Who opposes or attacks a given actor (OPPOSES and ATTACKS relations into it), most-attested first.
// param: name (actor): the opposed actor's name, alias or key, e.g. Islamic State
MATCH (s:Entity)-[r:OPPOSES|ATTACKS]->(t:Entity)
WHERE t.key = $name OR t.name = $name OR $name IN t.aliases
RETURN s AS opponent, r AS relation, t AS opposed, r.articles AS articles, r.first_date AS first_date, r.last_date AS last_date
ORDER BY articles DESC, s.name
