// Query-string parameters of the JSON API, checked: anything unknown or malformed is a 400 with a
// message saying what was wrong and what is accepted.
import { isIsoDate } from '../../graph/select.js';
import { ENTITY_TYPES, RELATION_TYPES, CORE_RELATION_TYPES, isEntityType, isRelationType, type EntityType, type RelationType } from '../../graph/model.js';
import { badRequest, HttpError } from './http-error.js';

/** The filters of /api/graph. An empty list means "none of them", an absent one the default. */
export interface GraphParams {
  relations: RelationType[];
  entityTypes: EntityType[];
  sources: string[];
  from: string | null;
  to: string | null;
  ego: { key: string; depth: number } | null;
  /** Keep entities that have no relation in the view. */
  isolated: boolean;
}

export const MAX_DEPTH = 3;

/** Refuses parameters the endpoint does not know: a typo should not silently do nothing. */
export function onlyKnown(query: URLSearchParams, known: readonly string[]): void {
  for (const name of new Set(query.keys())) {
    if (!known.includes(name)) throw badRequest(`unknown parameter "${name}"; this endpoint takes ${known.join(', ')}`);
  }
}

function single(query: URLSearchParams, name: string): string | null {
  const all = query.getAll(name);
  if (all.length > 1) throw badRequest(`parameter "${name}" is given ${all.length} times; give it once`);
  return all[0] ?? null;
}

/** A comma-separated list (repeating the parameter works too); null when the parameter is absent. */
function list(query: URLSearchParams, name: string): string[] | null {
  if (!query.has(name)) return null;
  return query.getAll(name).flatMap((v) => v.split(',')).map((v) => v.trim()).filter((v) => v !== '');
}

function isoDate(query: URLSearchParams, name: string): string | null {
  const v = single(query, name);
  if (v === null || v === '') return null;
  if (!isIsoDate(v)) {
    throw badRequest(`parameter "${name}" must be a date as YYYY-MM-DD, got "${v}"`);
  }
  return v;
}

export function boolParam(query: URLSearchParams, name: string): boolean {
  const v = single(query, name);
  if (v === null || v === '' || v === '0' || v === 'false') return false;
  if (v === '1' || v === 'true') return true;
  throw badRequest(`parameter "${name}" must be 1 or 0, got "${v}"`);
}

export function intParam(query: URLSearchParams, name: string, min: number, max: number, fallback: number): number {
  const v = single(query, name);
  if (v === null || v === '') return fallback;
  if (!/^\d+$/.test(v) || Number(v) < min || Number(v) > max) throw badRequest(`parameter "${name}" must be a whole number from ${min} to ${max}, got "${v}"`);
  return Number(v);
}

export const GRAPH_PARAMS = ['relations', 'entityTypes', 'sources', 'from', 'to', 'ego', 'depth', 'isolated'] as const;

export function graphParams(query: URLSearchParams, entityExists: (key: string) => boolean): GraphParams {
  onlyKnown(query, GRAPH_PARAMS);
  const relations = list(query, 'relations') ?? [...CORE_RELATION_TYPES];
  for (const r of relations) if (!isRelationType(r)) throw badRequest(`unknown relation type "${r}"; known: ${RELATION_TYPES.join(', ')}`);
  const entityTypes = list(query, 'entityTypes') ?? [...ENTITY_TYPES];
  for (const t of entityTypes) if (!isEntityType(t)) throw badRequest(`unknown entity type "${t}"; known: ${ENTITY_TYPES.join(', ')}`);
  const from = isoDate(query, 'from');
  const to = isoDate(query, 'to');
  if (from && to && from > to) throw badRequest(`"from" (${from}) is after "to" (${to})`);
  const egoKey = single(query, 'ego');
  if (egoKey === '') throw badRequest('parameter "ego" is empty; give an entity key such as "Person:sergei lavrov"');
  if (egoKey !== null && !entityExists(egoKey)) throw new HttpError(404, `no entity with key "${egoKey}" (keys look like "Person:sergei lavrov"; /api/search finds them)`);
  const depth = intParam(query, 'depth', 1, MAX_DEPTH, 1);
  if (query.has('depth') && egoKey === null) throw badRequest('parameter "depth" needs "ego"');
  return {
    relations: relations as RelationType[],
    entityTypes: entityTypes as EntityType[],
    sources: list(query, 'sources') ?? [],
    from,
    to,
    ego: egoKey === null ? null : { key: egoKey, depth },
    isolated: boolParam(query, 'isolated'),
  };
}
