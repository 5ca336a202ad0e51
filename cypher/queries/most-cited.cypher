// name: most-cited
// answers: Which actors the most articles mention.
// param: limit (number, default 20): how many actors to list
MATCH (e:Entity)
RETURN e.name AS actor, e.type AS type, size(e.docs) AS articles
ORDER BY articles DESC, actor
LIMIT $limit
