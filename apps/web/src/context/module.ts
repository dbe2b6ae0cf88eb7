import type { Product, Provider } from '@console/api-types/client';
import type { ComponentType } from 'react';
import type { Role } from '../api/session';

/**
 * The contract between the shell and a product module (Headlamp's registry of routes and sidebar
 * entries, without plugins). A module declares what the shell needs to show it — routes, navigation,
 * messages, permissions — and nothing of its insides: its pages load only when one of its routes
 * opens. The shell composes the modules listed in src/modules.ts and knows no module by name.
 */

/** Where a navigation entry is listed; the shell shows the groups in this order. */
export const NAV_GROUPS = ['overview', 'compute', 'network', 'database', 'cost', 'console'] as const;
export type NavGroup = (typeof NAV_GROUPS)[number];

/** A text in both languages, for what the shell shows before the module's messages load. */
export interface Label {
  en: string;
  zh: string;
}

export interface ModuleNavEntry {
  /** Path the entry opens, e.g. '/instances'; active on it and below it. */
  to: string;
  label: Label;
  icon: ComponentType<{ size?: number | string }>;
  group: NavGroup;
  /** Hidden from lower roles (the route refuses them too). */
  minRole?: Role;
}

/** A page of the module; its component is loaded on first visit (a chunk of its own). */
export interface ModulePage {
  /** Path below '/', in React Router's syntax: 'instances', 'instances/:id'. */
  path: string;
  load: () => Promise<ComponentType>;
  minRole?: Role;
}

/** A path that only forwards elsewhere (e.g. a section's index). */
export interface ModuleRedirect {
  path: string;
  redirectTo: string;
}

export type ModuleRoute = ModulePage | ModuleRedirect;

/** A catalog action by name: 'cds/ccs/DescribeInstances'. */
export type ActionId = `${Provider}/${Product}/${string}`;

export interface ModulePermissions {
  /** The least role that may open any of the module's pages and see its navigation. */
  minRole: Role;
  /**
   * Every catalog action the module calls, as 'provider/product/Action': what it can do, for reviews
   * and the module test (names, not the actions' metadata, so the shell's chunk stays small).
   */
  actions: readonly ActionId[];
}

/** A thing the keyboard search (Ctrl+K) can find, read from a list the console has fetched. */
export interface SearchItem {
  id: string;
  name: string;
  addresses: string[];
}

/**
 * What a module offers the keyboard search: the answers of `action` the console has already listed
 * (any account), and the page an item opens. The search never calls a cloud itself.
 */
export interface SearchSource {
  action: ActionId;
  /** A word for the kind of thing, in both languages ("Instance"). */
  kind: Label;
  to: (item: SearchItem, account: string) => string;
}

export interface ProductModule {
  /** Unique, lowercase: 'instances', 'vdc', 'admin'. */
  id: string;
  /** The cloud whose account the pages act with: the shell runs them under that provider's account gate. */
  provider?: Provider;
  nav: readonly ModuleNavEntry[];
  routes: readonly ModuleRoute[];
  /** Registers the module's messages (./messages.ts); awaited before any of its pages renders. */
  messages?: () => Promise<unknown>;
  permissions: ModulePermissions;
  /** What the keyboard search finds among this module's lists. */
  search?: readonly SearchSource[];
}

/** Identity, for type checking a module's declaration where it is written. */
export const defineModule = (m: ProductModule): ProductModule => m;

export const isRedirect = (r: ModuleRoute): r is ModuleRedirect => 'redirectTo' in r;

const RANK: Record<Role, number> = { viewer: 0, operator: 1, admin: 2 };
/** Whether `role` reaches `min` (an unknown role is treated like a viewer). */
export const roleReaches = (role: Role | string | undefined, min: Role = 'viewer') => (RANK[role as Role] ?? 0) >= RANK[min];
