// The contract every graph store keeps, run against the embedded store always and against Neo4j
// when NEO4J_URI is set.
import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import path from 'node:path';
import { emptyWritePlan, removeArticles, writeBatch } from '../graph/batch.js';
import { entityKey } from '../graph/model.js';
import { openStore, type StoreSpec } from '../graph/open.js';
import type { GraphStore, GraphSnapshot } from '../graph/store.js';
import { contribution, ROOT, tempDir } from './helpers.js';

const A1 = contribution('a', 'v1',
  [['Russia', 'State'], ['Syria', 'State'], ['Jabhat al-Nusra', 'Group'], ['Sergei Lavrov', 'Person']],
  [['Russia', 'SUPPORTS', 'Syria'], ['Russia', 'CONSIDERS_TERRORIST', 'Jabhat al-Nusra'], ['Sergei Lavrov', 'REPRESENTS', 'Russia']], '2016-03-01');
const B1 = contribution('b', 'v1',
  [['Russia', 'State'], ['Syria', 'State'], ['Madaya', 'Place']],
  [['Russia', 'SUPPORTS', 'Syria'], ['Syria', 'BESIEGES', 'Madaya']], '2016-05-01');
const A2 = contribution('a', 'v2',
  [['Iran', 'State'], ['Syria', 'State']],
  [['Iran', 'SUPPORTS', 'Syria']], '2016-03-02');

interface Target { name: string; skip: string | false; open: () => Promise<{ store: GraphStore; spec: StoreSpec; done: () => Promise<void> }> }

const targets: Target[] = [
  {
    name: 'embedded (Kùzu)',
    skip: false,
    open: async () => {
      const t = tempDir();
      const spec: StoreSpec = { kind: 'kuzu', dir: path.join(t.dir, 'db') };
      const store = await openStore(spec);
      return { store, spec, done: async () => { await store.close(); t.cleanup(); } };
    },
  },
  {
    name: 'Neo4j',
    skip: process.env.NEO4J_URI ? false : 'NEO4J_URI not set: Neo4j store contract skipped (no server here)',
    open: async () => {
      const spec: StoreSpec = { kind: 'neo4j', uri: process.env.NEO4J_URI!, user: process.env.NEO4J_USERNAME ?? 'neo4j', password: process.env.NEO4J_PASSWORD ?? '', database: process.env.NEO4J_DATABASE };
      const store = await openStore(spec);
      await store.query('MATCH (n) DETACH DELETE n', {}, { write: true });
      return { store, spec, done: () => store.close() };
    },
  },
];

const rel = (s: GraphSnapshot, source: string, type: string, target: string) => s.relations.find((r) => r.source === source && r.type === type && r.target === target);
const ent = (s: GraphSnapshot, key: string) => s.entities.find((e) => e.key === key);
const RUSSIA = entityKey('State', 'Russia'), SYRIA = entityKey('State', 'Syria'), NUSRA = entityKey('Group', 'Jabhat al-Nusra'), IRAN = entityKey('State', 'Iran'), LAVROV = entityKey('Person', 'Sergei Lavrov');

for (const target of targets) {
  describe(`store contract: ${target.name}`, { skip: target.skip }, () => {
    test('merges articles: one relation per (source, type, target) with aligned evidence', async () => {
      const { store, done } = await target.open();
      try {
        const undated = contribution('c', 'v1', [['Syria', 'State'], ['Daraya', 'Place']], [['Syria', 'BESIEGES', 'Daraya']], null);
        const outcome = await writeBatch(store, [undated, A1, B1]);
        assert.deepEqual(outcome.added.sort(), ['a', 'b', 'c']);
        const s = await store.snapshot();
        assert.deepEqual(ent(s, entityKey('Place', 'Daraya'))!.aliases, []);
        assert.deepEqual(ent(s, RUSSIA)!.aliases, ['Russia alias a', 'Russia alias b']);
        assert.equal(s.articles.find((a) => a.id === 'c')!.date, null);
        const siege = rel(s, SYRIA, 'BESIEGES', entityKey('Place', 'Daraya'))!;
        assert.deepEqual([siege.firstDate, siege.lastDate], [null, null]);
        const supports = rel(s, RUSSIA, 'SUPPORTS', SYRIA)!;
        assert.deepEqual(supports.docs, ['a', 'b']);
        assert.equal(supports.articles, 2);
        assert.equal(supports.firstDate, '2016-03-01');
        assert.equal(supports.lastDate, '2016-05-01');
        assert.equal(supports.quotes[supports.docs.indexOf('b')], 'Russia SUPPORTS Syria in b');
        assert.deepEqual(ent(s, RUSSIA)!.docs.sort(), ['a', 'b']);
        assert.equal(s.articles.length, 3);
      } finally { await done(); }
    });

    test('one batch or one article a batch: the same graph (evidence appended in place)', async () => {
      const one = await target.open();
      let whole: GraphSnapshot;
      try {
        await writeBatch(one.store, [A1, B1]);
        whole = await one.store.snapshot();
      } finally { await one.done(); }
      const two = await target.open();
      try {
        await writeBatch(two.store, [A1]);
        await writeBatch(two.store, [B1]);
        const split = await two.store.snapshot();
        assert.deepEqual(split, whole);
        const supports = rel(split, RUSSIA, 'SUPPORTS', SYRIA)!;
        assert.deepEqual([supports.articles, supports.firstDate, supports.lastDate], [2, '2016-03-01', '2016-05-01']);
        assert.deepEqual(ent(split, RUSSIA)!.aliases, ['Russia alias a', 'Russia alias b']);
      } finally { await two.done(); }
    });

    test('is idempotent: the same batch again changes nothing', async () => {
      const { store, done } = await target.open();
      try {
        await writeBatch(store, [A1, B1]);
        const before = await store.snapshot();
        const outcome = await writeBatch(store, [A1, B1]);
        assert.deepEqual(outcome.unchanged.sort(), ['a', 'b']);
        assert.deepEqual(await store.snapshot(), before);
      } finally { await done(); }
    });

    test('replaces a changed article, including relations only it supported', async () => {
      const { store, done } = await target.open();
      try {
        await writeBatch(store, [A1, B1]);
        const outcome = await writeBatch(store, [A2]);
        assert.deepEqual(outcome.replaced, ['a']);
        const s = await store.snapshot();
        assert.equal(rel(s, RUSSIA, 'CONSIDERS_TERRORIST', NUSRA), undefined, 'relation only the old text supported is gone');
        assert.equal(ent(s, NUSRA), undefined, 'entity only the old text mentioned is gone');
        assert.equal(ent(s, LAVROV), undefined);
        assert.deepEqual(rel(s, RUSSIA, 'SUPPORTS', SYRIA)!.docs, ['b'], 'shared relation keeps the other article');
        assert.deepEqual(rel(s, IRAN, 'SUPPORTS', SYRIA)!.docs, ['a']);
        assert.deepEqual(ent(s, RUSSIA)!.docs, ['b']);
        // Replaced back to the first version, the graph is what a clean run of A1 + B1 gives.
        await writeBatch(store, [A1]);
        const back = await store.snapshot();
        assert.ok(rel(back, RUSSIA, 'CONSIDERS_TERRORIST', NUSRA));
        assert.equal(ent(back, IRAN), undefined);
      } finally { await done(); }
    });

    test('removes articles with everything only they supported', async () => {
      const { store, done } = await target.open();
      try {
        await writeBatch(store, [A1, B1]);
        const outcome = await removeArticles(store, ['a', 'nope']);
        assert.deepEqual(outcome.removed, ['a']);
        assert.deepEqual(outcome.missing, ['nope']);
        const s = await store.snapshot();
        assert.deepEqual(s.articles.map((a) => a.id), ['b']);
        assert.equal(ent(s, NUSRA), undefined);
        assert.equal(rel(s, RUSSIA, 'CONSIDERS_TERRORIST', NUSRA), undefined);
        assert.deepEqual(rel(s, RUSSIA, 'SUPPORTS', SYRIA)!.docs, ['b']);
        await removeArticles(store, ['b']);
        const empty = await store.snapshot();
        assert.deepEqual([empty.articles.length, empty.entities.length, empty.relations.length], [0, 0, 0]);
      } finally { await done(); }
    });

    test('a failing batch leaves nothing half-written', async () => {
      const { store, done } = await target.open();
      try {
        await writeBatch(store, [B1]);
        const before = await store.snapshot();
        await assert.rejects(store.writeTransaction(async (tx) => {
          await tx.apply({ ...emptyWritePlan(), putArticles: [{ ...A1.article }] });
          throw new Error('boom in the middle of the batch');
        }), /boom/);
        assert.deepEqual(await store.snapshot(), before);
      } finally { await done(); }
    });

    test('readers during a write see the state before it until it commits', async () => {
      const { store, done } = await target.open();
      try {
        await writeBatch(store, [B1]);
        let release!: () => void;
        const gate = new Promise<void>((r) => { release = r; });
        let inside!: () => void;
        const entered = new Promise<void>((r) => { inside = r; });
        const writing = store.writeTransaction(async (tx) => {
          await tx.apply({ ...emptyWritePlan(), putArticles: [{ ...A1.article }] });
          inside();
          await gate;
        });
        await entered;
        const during = await store.snapshot();
        assert.deepEqual(during.articles.map((a) => a.id), ['b']);
        release();
        await writing;
        assert.deepEqual((await store.snapshot()).articles.map((a) => a.id).sort(), ['a', 'b']);
      } finally { await done(); }
    });

    test('a process killed in the middle of a batch loses that batch only, and a re-run completes it', async () => {
      const { store, spec, done } = await target.open();
      await store.close();
      try {
        const child = spawn(process.execPath, [path.join(ROOT, 'dist', 'test', 'fixtures', 'crash-writer.js'), JSON.stringify(spec)], { stdio: ['ignore', 'pipe', 'inherit'] });
        await new Promise<void>((resolve, reject) => {
          child.stdout.on('data', (d: Buffer) => { if (d.toString().includes('inside-second-batch')) { child.kill('SIGKILL'); resolve(); } });
          child.on('exit', (code) => reject(new Error(`crash writer exited by itself (${code})`)));
        });
        await new Promise((r) => child.once('exit', r));
        const reopened = await openStore(spec);
        try {
          const s = await reopened.snapshot();
          assert.deepEqual(s.articles.map((a) => a.id), ['b'], 'the committed batch survives, the killed one is absent');
          assert.equal(rel(s, RUSSIA, 'SUPPORTS', SYRIA)!.docs.length, 1);
          const outcome = await writeBatch(reopened, [B1, A1]);
          assert.deepEqual(outcome.unchanged, ['b']);
          assert.deepEqual(outcome.added, ['a']);
          assert.deepEqual(rel(await reopened.snapshot(), RUSSIA, 'SUPPORTS', SYRIA)!.docs.sort(), ['a', 'b']);
        } finally { await reopened.close(); }
      } finally { await done().catch(() => undefined); }
    });
  });
}
