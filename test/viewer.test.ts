// The viewer end to end in a real headless Chromium (Debian's, driven by playwright-core) on the
// seed articles' graph: what a person does in it, and what the server answers. Screenshots go to
// test/out/ (look at them).
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { MultiGraph } from 'graphology';
import { parse as parseGexf } from 'graphology-gexf';
import { parse as parseGraphml } from 'graphology-graphml';
import { ROOT, serveSeedGraph } from './helpers.js';

const OUT = path.join(ROOT, 'test', 'out');
const SEEDS = path.join(ROOT, 'samples', 'seeds');
const SEED_TEXT = readdirSync(SEEDS).map((f) => readFileSync(path.join(SEEDS, f), 'utf8')).join('\n');
const squash = (s: string) => s.replace(/\s+/g, ' ').trim();

let seed: Awaited<ReturnType<typeof serveSeedGraph>>;
let url: string;
let browser: Browser;

before(async () => {
  mkdirSync(OUT, { recursive: true });
  seed = await serveSeedGraph();
  url = seed.url;
  browser = await chromium.launch({
    executablePath: '/usr/bin/chromium',
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
});

after(async () => {
  await browser?.close();
  await seed?.close();
});

async function open(query = ''): Promise<Page> {
  const context = await browser.newContext({ viewport: { width: 1400, height: 850 }, acceptDownloads: true });
  const page = await context.newPage();
  await page.goto(url + query);
  await page.waitForFunction(() => {
    const a = (window as unknown as { __actorgraph?: { ready: boolean; firstFrame: number | null } }).__actorgraph;
    return a?.ready && a.firstFrame !== null;
  }, undefined, { timeout: 20_000 });
  await page.evaluate(() => (window as unknown as { __actorgraph: { stopLayout(): void } }).__actorgraph.stopLayout());
  return page;
}

type Probe = {
  counts(): { nodes: number; edges: number };
  graph(): { forEachEdge(cb: (e: string, a: Record<string, unknown>, s: string, t: string) => void): void; order: number } | null;
  camera(): { x: number; y: number; ratio: number } | null;
  nodeViewport(key: string): { x: number; y: number } | null;
  state(): { selected: string | null; relations: string[] };
};
const probe = <T>(page: Page, fn: (a: Probe) => T) =>
  page.evaluate(`(${fn.toString()})(window.__actorgraph)`) as Promise<T>;

const edgeTypes = (page: Page) => probe(page, (a) => {
  const types: string[] = [];
  a.graph()!.forEachEdge((_e, attr) => { types.push(String(attr.relation)); });
  return types;
});

test('the canvas draws the graph: nodes placed in view, labels painted', async () => {
  const page = await open();
  const counts = await probe(page, (a) => a.counts());
  assert.ok(counts.nodes > 5 && counts.edges > 3, `on screen: ${JSON.stringify(counts)}`);
  // Sigma paints labels on a 2D canvas: count the pixels it painted.
  const painted = await page.evaluate(() => {
    let n = 0;
    for (const c of Array.from(document.querySelectorAll('#sigma canvas'))) {
      const ctx = (c as HTMLCanvasElement).getContext('2d');
      if (!ctx) continue;
      const data = ctx.getImageData(0, 0, (c as HTMLCanvasElement).width, (c as HTMLCanvasElement).height).data;
      for (let i = 3; i < data.length; i += 4) if (data[i]! > 0) n++;
    }
    return n;
  });
  assert.ok(painted > 1000, `label pixels painted: ${painted}`);
  await page.screenshot({ path: path.join(OUT, 'viewer-seeds.png') });
  await page.context().close();
});

test('searching "Lavrov" focuses Sergei Lavrov: the camera moves and the panel shows him', async () => {
  const page = await open();
  const before = await probe(page, (a) => a.camera());
  await page.fill('#search', 'Lavrov');
  const option = page.locator('#search-results li[data-key]').first();
  await option.waitFor({ timeout: 5000 });
  assert.match(await option.innerText(), /Lavrov/);
  await option.click();
  await page.waitForFunction(() => /Lavrov/.test(document.querySelector('#panel-body h2')?.textContent ?? ''), undefined, { timeout: 5000 });
  await page.waitForTimeout(700); // the camera animation
  const after = await probe(page, (a) => a.camera());
  assert.notDeepEqual(after, before, 'the camera moved');
  assert.equal(await probe(page, (a) => a.state().selected), 'Person:sergei lavrov');
  await page.screenshot({ path: path.join(OUT, 'viewer-lavrov.png') });
  await page.context().close();
});

test("clicking an edge's endpoint shows the evidence quotes, text of the article", async () => {
  const page = await open();
  const endpoint = await probe(page, (a) => {
    let key: string | null = null;
    a.graph()!.forEachEdge((_e, _attr, s) => { key ??= s; });
    return key;
  });
  assert.ok(endpoint);
  const at = await probe(page, new Function('a', `return a.nodeViewport(${JSON.stringify(endpoint)})`) as (a: Probe) => { x: number; y: number });
  const box = (await page.locator('#sigma').boundingBox())!;
  await page.mouse.click(box.x + at.x, box.y + at.y);
  const quote = page.locator('#panel-body blockquote').first();
  await quote.waitFor({ timeout: 5000 });
  const text = await quote.innerText();
  assert.ok(text.length > 10);
  assert.ok(squash(SEED_TEXT).includes(squash(text)), `the quote is article text: ${text}`);
  await page.screenshot({ path: path.join(OUT, 'viewer-evidence.png') });
  await page.context().close();
});

test('unticking SUPPORTS removes those edges, and the URL keeps the filter over a reload', async () => {
  const page = await open();
  assert.ok((await edgeTypes(page)).includes('SUPPORTS'));
  await page.uncheck('#relation-filters input[value="SUPPORTS"]');
  await page.waitForFunction(() => !/SUPPORTS/.test(new URLSearchParams(location.search).get('relations') ?? 'SUPPORTS'), undefined, { timeout: 5000 });
  await page.waitForFunction(() => (window as unknown as { __actorgraph: { ready: boolean } }).__actorgraph.ready);
  const types = await edgeTypes(page);
  assert.ok(types.length > 0 && !types.includes('SUPPORTS'), `edges now: ${[...new Set(types)].join(', ')}`);
  await page.reload();
  await page.waitForFunction(() => (window as unknown as { __actorgraph?: { ready: boolean } }).__actorgraph?.ready);
  assert.equal(await page.isChecked('#relation-filters input[value="SUPPORTS"]'), false);
  assert.ok(!(await edgeTypes(page)).includes('SUPPORTS'));
  await page.context().close();
});

test('a write Cypher query is refused with a message; a read query draws its result', async () => {
  const page = await open();
  await page.fill('#cypher-query', "MATCH (n:Entity) SET n.name = 'x' RETURN n");
  await page.click('#cypher-run');
  // "Running…" shows first; wait for the answer.
  await page.waitForFunction(() => /writes|refused|error/i.test(document.querySelector('#cypher-message')?.textContent ?? ''), undefined, { timeout: 10_000 });
  assert.match(await page.innerText('#cypher-message'), /writes \(SET\)/);
  await page.fill('#cypher-query', 'MATCH (a:Entity)-[r:REPRESENTS]->(b:Entity) RETURN a, r, b');
  await page.click('#cypher-run');
  await page.waitForFunction(() => new URLSearchParams(location.search).has('cypher'), undefined, { timeout: 5000 });
  await page.waitForFunction(() => (window as unknown as { __actorgraph: { ready: boolean } }).__actorgraph.ready);
  const types = new Set(await edgeTypes(page));
  assert.deepEqual([...types], ['REPRESENTS']);
  await page.context().close();
});

test('exports download parseable files: PNG, GEXF, GraphML, graphology JSON', async () => {
  const page = await open();
  const onScreen = await probe(page, (a) => a.counts());
  const grab = async (button: string) => {
    const [download] = await Promise.all([page.waitForEvent('download'), page.click(button)]);
    const file = path.join(OUT, download.suggestedFilename());
    await download.saveAs(file);
    return readFileSync(file);
  };
  const png = await grab('#export-png');
  assert.deepEqual([...png.subarray(0, 8)], [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  assert.ok(png.length > 5000);
  const json = MultiGraph.from(JSON.parse((await grab('#export-json')).toString('utf8')));
  assert.deepEqual([json.order, json.size], [onScreen.nodes, onScreen.edges]);
  const gexf = parseGexf(MultiGraph, (await grab('#export-gexf')).toString('utf8'));
  assert.deepEqual([gexf.order, gexf.size], [onScreen.nodes, onScreen.edges]);
  const graphml = parseGraphml(MultiGraph, (await grab('#export-graphml')).toString('utf8'));
  assert.deepEqual([graphml.order, graphml.size], [onScreen.nodes, onScreen.edges]);
  await page.context().close();
});

test('focus on a neighbourhood and back, kept in the URL', async () => {
  const page = await open('?node=' + encodeURIComponent('State:russia'));
  await page.locator('#panel-body button[data-focus="1"]').click();
  await page.waitForFunction(() => new URLSearchParams(location.search).get('ego') === 'State:russia', undefined, { timeout: 5000 });
  await page.waitForFunction(() => (window as unknown as { __actorgraph: { ready: boolean } }).__actorgraph.ready);
  const focused = await probe(page, (a) => a.counts());
  await page.goBack();
  await page.waitForFunction(() => !new URLSearchParams(location.search).has('ego'), undefined, { timeout: 5000 });
  await page.waitForFunction(() => (window as unknown as { __actorgraph: { ready: boolean } }).__actorgraph.ready);
  const whole = await probe(page, (a) => a.counts());
  assert.ok(focused.nodes < whole.nodes, `focus ${focused.nodes} < whole ${whole.nodes}`);
  await page.context().close();
});
