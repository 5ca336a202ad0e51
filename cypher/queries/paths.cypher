// name: paths
// answers: How two actors are connected: paths of up to three relations, either direction, through distinct actors, shortest first.
// param: from (actor): one actor's name, alias or key, e.g. Russia
// param: to (actor): the other actor's name, alias or key, e.g. Jabhat al-Nusra
// param: limit (number, default 20): how many paths to list
// One fixed-length pattern per length rather than [*1..3]: Kùzu's variable-length patterns may
// revisit a node where Neo4j's never repeat a relationship; distinct nodes give both stores the
// same paths. Collected and unwound rather than UNION ALL: Kùzu keeps no order across a UNION.
// size(relationships(p)) rather than length(p): Kùzu's length() fails on fixed-length paths.
MATCH (a:Entity) WHERE a.key = $from OR a.name = $from OR $from IN a.aliases
MATCH (b:Entity) WHERE (b.key = $to OR b.name = $to OR $to IN b.aliases) AND b <> a
OPTIONAL MATCH p1 = (a)-[]-(b)
WITH a, b, collect(p1) AS one
OPTIONAL MATCH p2 = (a)-[]-(m:Entity)-[]-(b)
WHERE m <> a AND m <> b
WITH a, b, one, collect(p2) AS two
OPTIONAL MATCH p3 = (a)-[]-(m:Entity)-[]-(n:Entity)-[]-(b)
WHERE m <> a AND m <> b AND n <> a AND n <> b AND m <> n
WITH one, two, collect(p3) AS three
UNWIND one + two + three AS path
RETURN size(relationships(path)) AS hops, path
ORDER BY hops
LIMIT $limit
