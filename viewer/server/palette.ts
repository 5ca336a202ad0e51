// Colours of the viewer: one per entity type (nodes) and one per relation type (edges). The page
// reads them from /api/meta, so they are defined once, here. Node and edge colours are kept apart
// so a node never looks like an edge, and the three core relations get the strongest hues.
import type { EntityType, RelationType } from '../../graph/model.js';

export const ENTITY_COLORS: Record<EntityType, string> = {
  Person: '#e8a33d',
  State: '#3b6fb6',
  Group: '#d1495b',
  Place: '#5fa8a0',
};

export const RELATION_COLORS: Record<RelationType, string> = {
  SUPPORTS: '#2e9e44',
  OPPOSES: '#f08a9b',
  ATTACKS: '#f0772f',
  CONSIDERS_TERRORIST: '#8a3fbf',
  BESIEGES: '#7a4a1e',
  NEGOTIATES_WITH: '#1f8fd6',
  REPRESENTS: '#8c8c8c',
  PART_OF: '#b5a27a',
  LOCATED_IN: '#c4c4c4',
  CONTROLS: '#d36fc6',
};

/** Nodes and edges of a Cypher result that are not entities or actorgraph relations. */
export const OTHER_NODE_COLOR = '#6b7280';
export const OTHER_EDGE_COLOR = '#9ca3af';
