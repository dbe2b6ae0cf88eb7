import type { ActionDef } from '@console/api-types/client';
import type { Role } from '../api/session';
import { translateOr, type MessageKey, type Translate } from '../i18n/i18n';

/**
 * The BFF's rule, from the catalog entry's kind: reads for everyone, writes and destructive
 * actions for operators and admins. Returns the message key of the reason, or undefined when the
 * role may run the action. An unknown role is treated like a viewer.
 */
export function roleBlocks(role: Role | string | undefined, def: Pick<ActionDef, 'kind'>): MessageKey | undefined {
  if (def.kind === 'read') return undefined;
  return role === 'operator' || role === 'admin' ? undefined : 'role.reason.viewOnly';
}

export const roleLabel = (t: Translate, role: string | undefined) => translateOr(t, `role.${role}`, role ?? '—');

/** "Your role (Viewer) can only view", or undefined when the role may run the entry. */
export function roleReason(t: Translate, role: Role | string | undefined, def: Pick<ActionDef, 'kind'>): string | undefined {
  const key = roleBlocks(role, def);
  return key ? t(key, { role: roleLabel(t, role) }) : undefined;
}

export const isAdmin = (role: string | undefined) => role === 'admin';
