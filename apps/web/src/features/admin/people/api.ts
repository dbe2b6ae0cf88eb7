import { queryOptions } from '@tanstack/react-query';
import { consoleCall } from '../../../api/client';
import type { Role } from '../../../api/session';
import type { PeopleState } from './people-state';

/** A person as GET /api/users lists them (admins only). */
export interface Person {
  id: string;
  username: string;
  displayName: string;
  role: Role;
  disabled: boolean;
  language: string;
  theme: string;
  lastLoginAt: string | null;
  createdAt: string;
  /** Set while too many failed sign-ins keep the account locked. */
  lockedUntil: string | null;
}

export interface PeoplePage {
  items: Person[];
  total: number;
  page: number;
  pageSize: number;
}

export const PEOPLE_KEY = ['console', 'users'] as const;

export const peopleQuery = (s: PeopleState) =>
  queryOptions({
    queryKey: [...PEOPLE_KEY, s],
    queryFn: ({ signal }) => {
      const p = new URLSearchParams({ page: String(s.page), pageSize: String(s.size) });
      if (s.q) p.set('q', s.q);
      return consoleCall<PeoplePage>('GET', `/api/users?${p}`, undefined, { signal });
    },
  });

export const createPerson = async (body: { username: string; displayName?: string; role: Role; password: string }) =>
  (await consoleCall<{ user: Person }>('POST', '/api/users', body)).user;

export const changePerson = async (id: string, change: { role?: Role; disabled?: boolean; password?: string }) =>
  (await consoleCall<{ user: Person }>('PATCH', `/api/users/${encodeURIComponent(id)}`, change)).user;

export const unlockPerson = (id: string) => consoleCall<void>('POST', `/api/users/${encodeURIComponent(id)}/unlock`);

/** Locked right now (the lock may have run out since the list was read). */
export const isLocked = (p: Pick<Person, 'lockedUntil'>, now = Date.now()) => !!p.lockedUntil && Date.parse(p.lockedUntil) > now;
