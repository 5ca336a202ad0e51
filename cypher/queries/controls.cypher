// name: controls
// answers: Who holds which places, and where those places lie.
MATCH (s:Entity)-[r:CONTROLS]->(p:Entity)
OPTIONAL MATCH (p)-[:LOCATED_IN]->(region:Entity)
RETURN s AS holder, r AS relation, p AS place, region.name AS located_in, r.articles AS articles, r.last_date AS last_date
ORDER BY articles DESC, s.name, p.name, located_in
