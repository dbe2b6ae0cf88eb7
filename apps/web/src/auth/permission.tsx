import type { ActionDef } from '@console/api-types/client';
import { createContext, useCallback, useContext, type ReactNode } from 'react';
import type { Role } from '../api/session';
import { useT } from '../i18n/i18n';
import { roleReason } from './roles';

/** The signed-in person's role; null outside the shell (component tests), where nothing is gated. */
const RoleContext = createContext<Role | string | null>(null);

export function PermissionProvider({ role, children }: { role: Role | string; children: ReactNode }) {
  return <RoleContext.Provider value={role}>{children}</RoleContext.Provider>;
}

export const useRole = () => useContext(RoleContext);

export type RunReason = (def: Pick<ActionDef, 'kind'> | undefined) => string | undefined;

/** Why the person's role cannot run a catalog entry (undefined when it can): the one check every button uses. */
export function useRunReason(): RunReason {
  const role = useContext(RoleContext);
  const t = useT();
  return useCallback((def) => (def && role !== null ? roleReason(t, role, def) : undefined), [role, t]);
}
