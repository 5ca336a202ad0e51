import { test } from 'node:test';
import assert from 'node:assert/strict';
import { planBatch } from '../graph/batch.js';
import { entityKey } from '../graph/model.js';
import { findEntity, selectSubgraph } from '../graph/select.js';
import type { GraphSnapshot } from '../graph/store.js';
import { contribution } from './helpers.js';

// A snapshot built the way a store builds it: through the batch planner.
function snapshotOf(...cs: ReturnType<typeof contribution>[]): GraphSnapshot {
  const plan = planBatch({ contributions: cs, stale: [], deleted: [], entities: [], relations: [] });
  return { articles: plan.putArticles, entities: plan.putEntities, relations: plan.putRelations };
}
const a = contribution('a', 'v1', [['Russia', 'State'], ['Syria', 'State'], ['Sergei Lavrov', 'Person']], [['Russia', 'SUPPORTS', 'Syria'], ['Sergei Lavrov', 'REPRESENTS', 'Russia']], '2016-01-10');
const b = { ...contribution('b', 'v1', [['Iran', 'State'], ['Syria', 'State'], ['Russia', 'State'], ['Madaya', 'Place']], [['Russia', 'SUPPORTS', 'Syria'], ['Iran', 'SUPPORTS', 'Syria'], ['Syria', 'BESIEGES', 'Madaya']], '2016-06-01') };
b.article = { ...b.article, source: 'sana' };
const snap = snapshotOf(a, b);
const RUSSIA = entityKey('State', 'Russia'), SYRIA = entityKey('State', 'Syria');

test('relation and entity type filters keep only matching edges between kept nodes', () => {
  const s = selectSubgraph(snap, { relationTypes: ['SUPPORTS'], entityTypes: ['State'] });
  assert.deepEqual(s.relations.map((r) => r.type), ['SUPPORTS', 'SUPPORTS']);
  assert.ok(s.entities.every((e) => e.type === 'State'));
});

test('source and date filters restrict evidence to the kept articles and recompute the counts', () => {
  const bySource = selectSubgraph(snap, { sources: ['SANA'] });
  const rs = bySource.relations.find((r) => r.source === RUSSIA && r.target === SYRIA)!;
  assert.deepEqual(rs.docs, ['b']);
  assert.equal(rs.articles, 1);
  assert.equal(bySource.entities.find((e) => e.key === entityKey('Person', 'Sergei Lavrov')), undefined);
  const byDate = selectSubgraph(snap, { from: '2016-01-01', to: '2016-01-31' });
  assert.deepEqual(byDate.articles.map((x) => x.id), ['a']);
  assert.equal(byDate.relations.find((r) => r.type === 'BESIEGES'), undefined);
});

test('ego keeps the neighbourhood within the depth', () => {
  const lavrov = entityKey('Person', 'Sergei Lavrov');
  const d1 = selectSubgraph(snap, { ego: { key: lavrov, depth: 1 } });
  assert.deepEqual(d1.entities.map((e) => e.name).sort(), ['Russia', 'Sergei Lavrov']);
  const d2 = selectSubgraph(snap, { ego: { key: lavrov, depth: 2 } });
  assert.ok(d2.entities.some((e) => e.name === 'Syria'));
  assert.ok(!d2.entities.some((e) => e.name === 'Madaya'));
});

test('findEntity matches names and aliases loosely, and suggests close names otherwise', () => {
  assert.equal((findEntity(snap.entities, 'russia') as { entity: { key: string } }).entity.key, RUSSIA);
  assert.equal((findEntity(snap.entities, 'Sergei Lavrov alias a') as { entity: { name: string } }).entity.name, 'Sergei Lavrov');
  const miss = findEntity(snap.entities, 'Rusia');
  assert.equal(miss.entity, null);
  assert.ok(!miss.entity && miss.suggestions.includes('Russia'));
});
