// name: supporters
// answers: Who supports a given actor (backs, arms, funds, allies with it), most-attested first.
// param: name (actor): the supported actor's name, alias or key, e.g. Syria
MATCH (s:Entity)-[r:SUPPORTS]->(t:Entity)
WHERE t.key = $name OR t.name = $name OR $name IN t.aliases
RETURN s AS supporter, r AS relation, t AS supported, r.articles AS articles, r.first_date AS first_date, r.last_date AS last_date
ORDER BY articles DESC, s.name
