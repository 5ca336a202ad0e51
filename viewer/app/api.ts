// The server's JSON API (viewer/server), typed by the same contract the server uses.
import type { CypherResponse, EntityResponse, MetaResponse, SearchResponse, SerializedGraph } from '../server/api-types.js';

export type { CypherResponse, EntityResponse, MetaResponse, SearchResponse, SerializedGraph };

/** A failure the server explained (its JSON "error"), or a network failure. */
export class ApiFailure extends Error {
  constructor(readonly status: number, message: string) {
    super(message);
  }
}

async function call<T>(path: string, init?: RequestInit): Promise<T> {
  let res: Response;
  try {
    res = await fetch(path, init);
  } catch {
    throw new ApiFailure(0, 'the viewer server does not answer; is `actorgraph view` still running?');
  }
  const body = (await res.json().catch(() => null)) as (T & { error?: string }) | null;
  if (!res.ok) throw new ApiFailure(res.status, body?.error ?? `${res.status} ${res.statusText}`);
  if (body === null) throw new ApiFailure(res.status, 'the server answered with something that is not JSON');
  return body;
}

export const api = {
  meta: () => call<MetaResponse>('/api/meta'),
  graph: (query: URLSearchParams) => call<SerializedGraph>(`/api/graph?${query}`),
  entity: (key: string) => call<EntityResponse>(`/api/entity/${encodeURIComponent(key)}`),
  search: (q: string, limit = 8) => call<SearchResponse>(`/api/search?${new URLSearchParams({ q, limit: String(limit) })}`),
  cypher: (query: string) =>
    call<CypherResponse>('/api/cypher', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ query }) }),
  reload: () => call<{ reloaded: boolean }>('/api/reload', { method: 'POST' }),
};
