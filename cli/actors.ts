// "Which actor do you mean?": an entity key, or a name or alias typed by the user, looked up the way select.ts
// does (case, accents and punctuation ignored), or a one-line refusal with close names.
import { isEntityType, type StoredEntity } from '../graph/model.js';
import { findEntity } from '../graph/select.js';
import type { GraphStore } from '../graph/store.js';
import { UserError } from './errors.js';

export function resolveActor(entities: StoredEntity[], name: string): StoredEntity {
  const byKey = entities.find((e) => e.key === name);
  if (byKey) return byKey;
  const found = findEntity(entities, name);
  if (found.entity) return found.entity;
  const hint = found.suggestions.length ? `; did you mean ${found.suggestions.map((s) => JSON.stringify(s)).join(', ')}?` : '; no actor has a close name';
  throw new UserError(`unknown actor ${JSON.stringify(name)}${hint}`);
}

/** Every entity's names, without the rest of the graph (a query both stores run). */
export async function entityNames(store: GraphStore): Promise<StoredEntity[]> {
  const { rows } = await store.query('MATCH (e:Entity) RETURN e.key AS key, e.name AS name, e.type AS type, e.aliases AS aliases, e.docs AS docs');
  return rows.flatMap((r) => (isEntityType(r.type)
    ? [{ key: String(r.key), name: String(r.name), type: r.type, aliases: (r.aliases as string[] | null) ?? [], docs: (r.docs as string[] | null) ?? [] }]
    : []));
}
