// Load a Recital CSV export into Neo4j (5.x) as (:Document)-[:CITES]->(:Document).
// Copy nodes.csv and edges.csv into Neo4j's import folder, then run:
//   cypher-shell -u neo4j -p PASSWORD -f import.cypher
// Cells that a spreadsheet would read as a formula were written with a
// leading ' ; the CASE expressions below take it off again.

CREATE CONSTRAINT recital_document IF NOT EXISTS FOR (d:Document) REQUIRE d.symbol IS UNIQUE;

LOAD CSV WITH HEADERS FROM 'file:///nodes.csv' AS row
MERGE (d:Document {symbol: row.id})
SET d.kind = row.kind,
    d.body = row.body,
    d.title = CASE WHEN row.title =~ "(?s)' *[=+\\-@\\t\\r].*" THEN substring(row.title, 1) ELSE row.title END,
    d.date = CASE WHEN row.date IS NULL THEN null ELSE date(row.date) END,
    d.year = toInteger(row.year),
    d.parts = CASE WHEN row.parts =~ "(?s)' *[=+\\-@\\t\\r].*" THEN substring(row.parts, 1) ELSE row.parts END,
    d.in_corpus = row.in_corpus = 'true',
    d.source = CASE WHEN row.source =~ "(?s)' *[=+\\-@\\t\\r].*" THEN substring(row.source, 1) ELSE row.source END,
    d.format = row.format,
    d.link = row.link;

LOAD CSV WITH HEADERS FROM 'file:///edges.csv' AS row
MATCH (a:Document {symbol: row.source})
MATCH (b:Document {symbol: row.target})
MERGE (a)-[c:CITES]->(b)
SET c.relations = split(row.relations, ', '),
    c.family = row.family,
    c.occurrences = toInteger(row.occurrences),
    c.locations = split(row.locations, ', ');
