// name: sieges
// answers: Who besieges what, and over which dates the articles report it.
MATCH (s:Entity)-[r:BESIEGES]->(t:Entity)
RETURN s AS besieger, r AS relation, t AS besieged, r.articles AS articles, r.first_date AS first_date, r.last_date AS last_date
ORDER BY articles DESC, s.name, t.name
