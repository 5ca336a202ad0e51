// The viewer's HTTP server (Node's http module): the JSON API under /api/ and the page's files.
// It reads the store through one in-memory snapshot, and runs Cypher read-only, one store call
// at a time (the embedded store's read connection is shared).
import http, { type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { gzipSync } from 'node:zlib';
import type { GraphStore } from '../../graph/store.js';
import { StoreError } from '../../graph/store.js';
import type { CypherResponse } from './api-types.js';
import { refusalMessage, refusalOf } from '../../cypher/guard.js';
import { resultGraph } from './cypher-graph.js';
import { layoutKey, SnapshotCache } from './data.js';
import { DEFAULT_LIMITS, filteredGraph, meta, type Limits } from './graph-api.js';
import { badRequest, HttpError } from './http-error.js';
import { entityDetail, search } from './lookup.js';
import { graphParams, intParam, onlyKnown } from './params.js';
import { serveStatic } from './static.js';

/** What the viewer needs of a store. */
export type ViewerStore = Pick<GraphStore, 'description' | 'snapshot' | 'query'>;

export interface ViewerServerOptions {
  store: ViewerStore;
  /** The built page (dist/viewer/public). */
  staticDir: string;
  limits?: Partial<Limits>;
  /** Where internal errors are logged (default stderr). */
  log?: (line: string) => void;
}

export interface ViewerServer {
  server: http.Server;
  cache: SnapshotCache;
  /** Starts listening; resolves with the URL (port 0 picks a free port). */
  listen(port: number, host: string): Promise<string>;
  close(): Promise<void>;
}

const MAX_BODY = 64 * 1024;

const isLoopback = (address: string) => address === '::1' || address.startsWith('127.') || address === '::ffff:127.0.0.1';
const MAX_QUERY = 10_000;

const SECURITY_HEADERS = {
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'X-Frame-Options': 'DENY',
  // The layout worker is started from a blob: URL; sigma sets inline styles.
  'Content-Security-Policy': "default-src 'self'; script-src 'self'; worker-src 'self' blob:; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; connect-src 'self'; object-src 'none'; base-uri 'none'; frame-ancestors 'none'",
};

/** A JSON answer, serialised once; the gzip form made on first demand. */
interface Encoded { plain: Buffer; gzip?: Buffer }
const encode = (body: unknown): Encoded => ({ plain: Buffer.from(JSON.stringify(body)) });

function sendJson(req: IncomingMessage, res: ServerResponse, status: number, body: unknown | Encoded): void {
  const encoded = body instanceof Object && 'plain' in body && Buffer.isBuffer((body as Encoded).plain) ? (body as Encoded) : encode(body);
  let data = encoded.plain;
  const headers: Record<string, string | number> = { 'Content-Type': 'application/json; charset=utf-8', 'Cache-Control': 'no-store', Vary: 'Accept-Encoding' };
  if (data.length > 8192 && /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''))) {
    data = encoded.gzip ??= gzipSync(data, { level: 4 });
    headers['Content-Encoding'] = 'gzip';
  }
  headers['Content-Length'] = data.length;
  res.writeHead(status, headers);
  res.end(req.method === 'HEAD' ? undefined : data);
}

/**
 * Answers of the read endpoints, per loaded snapshot: the graph does not change until a reload,
 * so the same URL is computed, serialised and compressed once (what keeps a crowd of clients
 * asking for the same view cheap). Bounded, oldest out first.
 */
class AnswerCache {
  private forData = new WeakMap<object, Map<string, Encoded>>();
  constructor(private readonly max = 500) {}
  async get(data: object, key: string, compute: () => unknown): Promise<Encoded> {
    let answers = this.forData.get(data);
    if (!answers) { answers = new Map(); this.forData.set(data, answers); }
    const hit = answers.get(key);
    if (hit) return hit;
    const encoded = encode(await compute());
    if (answers.size >= this.max) answers.delete(answers.keys().next().value!);
    answers.set(key, encoded);
    return encoded;
  }
}

async function readJsonBody(req: IncomingMessage): Promise<unknown> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > MAX_BODY) throw new HttpError(413, `request body over ${MAX_BODY / 1024} KB`);
    chunks.push(chunk as Buffer);
  }
  const text = Buffer.concat(chunks).toString('utf8');
  if (!text.trim()) throw badRequest('the request body is empty; send JSON {"query": "MATCH …", "params": {…}}');
  try { return JSON.parse(text); } catch (err) { throw badRequest(`the request body is not JSON: ${(err as Error).message}`); }
}

export function createViewerServer(options: ViewerServerOptions): ViewerServer {
  const { store, staticDir } = options;
  const limits: Limits = { ...DEFAULT_LIMITS, ...options.limits };
  const log = options.log ?? ((line: string) => process.stderr.write(line + '\n'));
  const key = layoutKey(store.description);

  // One store call at a time.
  let queue: Promise<unknown> = Promise.resolve();
  const serial = <T>(fn: () => Promise<T>): Promise<T> => {
    const next = queue.then(fn, fn);
    queue = next.catch(() => undefined);
    return next;
  };
  const cache = new SnapshotCache(() => serial(() => store.snapshot()));
  const answers = new AnswerCache();

  async function cypher(req: IncomingMessage): Promise<CypherResponse> {
    const body = await readJsonBody(req);
    if (typeof body !== 'object' || body === null || Array.isArray(body)) throw badRequest('send a JSON object {"query": "MATCH …", "params": {…}}');
    const { query, params, ...rest } = body as Record<string, unknown>;
    if (Object.keys(rest).length) throw badRequest(`unknown field "${Object.keys(rest)[0]}"; send "query" and optionally "params"`);
    if (typeof query !== 'string' || !query.trim()) throw badRequest('"query" must be a non-empty string');
    if (query.length > MAX_QUERY) throw badRequest(`"query" is over ${MAX_QUERY} characters`);
    if (params !== undefined && (typeof params !== 'object' || params === null || Array.isArray(params))) throw badRequest('"params" must be an object');
    const refusal = refusalOf(query, { procedures: false });
    if (refusal) throw new HttpError(403, `refused: ${refusalMessage(refusal, 'the viewer runs read-only queries (MATCH … RETURN nodes, relationships or paths); change the graph with the actorgraph command line')}`);
    let result;
    try {
      result = await serial(() => store.query(query, (params ?? {}) as Record<string, unknown>, { write: false }));
    } catch (err) {
      if (err instanceof StoreError) throw badRequest(`the query failed: ${err.message}`);
      throw err;
    }
    const truncated = result.rows.length > limits.cypherRows;
    const rows = truncated ? result.rows.slice(0, limits.cypherRows) : result.rows;
    return { columns: result.columns, rows: rows.slice(0, 200), rowCount: rows.length, truncated, graph: resultGraph(rows) };
  }

  // Bound to loopback, the server answers only requests addressed to loopback: a page on another
  // site whose name an attacker re-points to 127.0.0.1 (DNS rebinding) sends its own Host.
  let allowedHosts: Set<string> | null = null;

  async function route(req: IncomingMessage, res: ServerResponse): Promise<void> {
    if (allowedHosts && !allowedHosts.has(String(req.headers.host ?? '').toLowerCase())) {
      throw new HttpError(421, `requests must be addressed to this machine (Host ${JSON.stringify(req.headers.host ?? '')} refused)`);
    }
    const url = new URL(req.url ?? '/', 'http://viewer.invalid');
    const p = url.pathname;
    const method = req.method ?? 'GET';
    if (!p.startsWith('/api/')) {
      if (method !== 'GET' && method !== 'HEAD') throw new HttpError(405, `${method} is not allowed here`);
      const isPage = p === '/' || p === '/index.html';
      if (isPage) for (const [k, v] of Object.entries(SECURITY_HEADERS)) res.setHeader(k, v);
      await serveStatic(staticDir, p, req, res);
      return;
    }
    const want = (m: string) => { if (method !== m && !(m === 'GET' && method === 'HEAD')) throw new HttpError(405, `${p} takes ${m}, not ${method}`); };
    if (p === '/api/meta') {
      want('GET');
      onlyKnown(url.searchParams, []);
      return sendJson(req, res, 200, meta(await cache.get(), store.description, key, limits));
    }
    if (p === '/api/graph') {
      want('GET');
      const data = await cache.get();
      const params = graphParams(url.searchParams, (k) => data.entityByKey.has(k));
      return sendJson(req, res, 200, await answers.get(data, url.pathname + url.search, () => filteredGraph(data, params, limits)));
    }
    if (p.startsWith('/api/entity/')) {
      want('GET');
      onlyKnown(url.searchParams, []);
      let entityKey: string;
      try { entityKey = decodeURIComponent(p.slice('/api/entity/'.length)); } catch { throw badRequest('malformed entity key encoding'); }
      if (!entityKey) throw badRequest('give an entity key: /api/entity/Person%3Asergei%20lavrov');
      const data = await cache.get();
      return sendJson(req, res, 200, await answers.get(data, p, () => entityDetail(data, entityKey)));
    }
    if (p === '/api/search') {
      want('GET');
      onlyKnown(url.searchParams, ['q', 'limit']);
      const q = url.searchParams.get('q');
      if (q === null || !q.trim()) throw badRequest('parameter "q" is required: /api/search?q=lavrov');
      if (q.length > 200) throw badRequest('parameter "q" is over 200 characters');
      const limit = intParam(url.searchParams, 'limit', 1, 50, 10);
      return sendJson(req, res, 200, search(await cache.get(), q, limit));
    }
    if (p === '/api/cypher') {
      want('POST');
      return sendJson(req, res, 200, await cypher(req));
    }
    if (p === '/api/reload') {
      want('POST');
      const data = await cache.reload();
      return sendJson(req, res, 200, { reloaded: true, loadedAt: data.loadedAt.toISOString(), entities: data.snapshot.entities.length, relations: data.snapshot.relations.length });
    }
    throw new HttpError(404, `no API endpoint ${p}; see viewer/README.md`);
  }

  const server = http.createServer((req, res) => {
    res.setHeader('X-Content-Type-Options', 'nosniff');
    route(req, res).catch((err: unknown) => {
      if (res.headersSent) { res.destroy(); return; }
      if (err instanceof HttpError) return sendJson(req, res, err.status, { error: err.message });
      if (err instanceof StoreError) return sendJson(req, res, 503, { error: err.message });
      log(`actorgraph view: internal error on ${req.method} ${req.url}: ${err instanceof Error ? err.stack ?? err.message : String(err)}`);
      sendJson(req, res, 500, { error: 'internal error; the server log has the details' });
    });
  });
  server.keepAliveTimeout = 5000;
  server.headersTimeout = 10_000;
  server.requestTimeout = 60_000;

  return {
    server,
    cache,
    listen(port, host) {
      return new Promise((resolve, reject) => {
        const onError = (err: Error) => reject(err);
        server.once('error', onError);
        server.listen(port, host, () => {
          server.off('error', onError);
          const addr = server.address() as AddressInfo;
          const h = addr.family === 'IPv6' ? `[${addr.address}]` : addr.address;
          if (isLoopback(addr.address)) {
            allowedHosts = new Set(['127.0.0.1', 'localhost', '[::1]'].flatMap((name) => [`${name}:${addr.port}`, ...(addr.port === 80 ? [name] : [])]));
          }
          resolve(`http://${h}:${addr.port}/`);
        });
      });
    },
    close() {
      return new Promise((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      });
    },
  };
}
