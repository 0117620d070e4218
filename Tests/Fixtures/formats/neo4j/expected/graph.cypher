// CrimeGraph export: Neo4j golden case
// 5 entities, 4 relationships. Run with: cypher-shell -f FILE
CREATE CONSTRAINT crimegraph_entity_id IF NOT EXISTS FOR (n:Entity) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT crimegraph_source_id IF NOT EXISTS FOR (s:Source) REQUIRE s.id IS UNIQUE;

UNWIND [
  {id: 's1', properties: {title: 'It\'s \"quoted\"', publisher: 'The Post', url: 'https://example.org/a?b=1&c=2', reliability: 'B2'}}
] AS row
MERGE (s:Source {id: row.id})
SET s += row.properties;

// person
UNWIND [
  {id: 'hun-sen', properties: {name: 'Hun Sen', kind: 'person', aliases: ['Prime Minister', 'Samdech; Techo'], tags: ['pep'], citations: '[{\"source\":\"s1\",\"paragraph\":1,\"quote\":\"Hun Sen\"}]'}},
  {id: 'o-brien', properties: {name: 'O\'Brien \\ \"Bobby\"\nsecond line', kind: 'person', age: 41, height: 1.8, verified: true}},
  {id: 'wang', properties: {name: '王文天', kind: 'person'}}
] AS row
MERGE (n:Entity {id: row.id})
SET n:Person, n += row.properties;

// event
UNWIND [
  {id: 'raid', properties: {name: 'Raid on `Tower` 1', kind: 'event', date: '{\"from\":\"2022-09-01\",\"to\":\"2022-09-10\",\"qualifier\":\"approximately\",\"text\":\"early September\"}', date_start: date('2022-09-01'), date_end: date('2022-09-10'), people_found: '{\"value\":900,\"unit\":\"people\",\"qualifier\":\"approximately\",\"text\":\"nearly 900\"}', places: ['Sihanoukville', 'Phnom Penh']}}
] AS row
MERGE (n:Entity {id: row.id})
SET n:Event, n += row.properties;

// vessel
UNWIND [
  {id: 'boat', properties: {name: 'MV Example', kind: 'vessel'}}
] AS row
MERGE (n:Entity {id: row.id})
SET n:Vessel, n += row.properties;

// ordered
UNWIND [
  {from: 'hun-sen', to: 'raid', id: 'hun-sen--ordered--raid', properties: {kind: 'ordered', date: '2022-09', date_start: date('2022-09-01'), date_end: date('2022-09-30'), citations: '[{\"source\":\"s1\",\"paragraph\":2}]'}}
] AS row
MATCH (a:Entity {id: row.from})
MATCH (b:Entity {id: row.to})
MERGE (a)-[r:ORDERED {id: row.id}]->(b)
SET r += row.properties;

// communicated_with
UNWIND [
  {from: 'o-brien', to: 'wang', id: 'o-brien--communicated_with--wang', properties: {kind: 'communicated_with', weight: 3.0}},
  {from: 'o-brien', to: 'wang', id: 'o-brien--communicated_with--wang--2', properties: {kind: 'communicated_with', weight: 0.5, channel: 'phone\tcall'}}
] AS row
MATCH (a:Entity {id: row.from})
MATCH (b:Entity {id: row.to})
MERGE (a)-[r:COMMUNICATED_WITH {id: row.id}]->(b)
SET r += row.properties;

// crewed
UNWIND [
  {from: 'o-brien', to: 'boat', id: 'crew-1', properties: {kind: 'crewed', date: '2021/2022-03', date_start: date('2021-01-01'), date_end: date('2022-03-31')}}
] AS row
MATCH (a:Entity {id: row.from})
MATCH (b:Entity {id: row.to})
MERGE (a)-[r:CREWED {id: row.id}]->(b)
SET r += row.properties;
