import type { Instance, NetworkInterface } from '@console/api-types/client';
import type { Blocked } from './blocked';
import type { Membership } from './queries';

/** States in which the simulator lets an instance's interfaces join or leave. */
const BINDABLE = ['running', 'stop', 'updating', 'stopping', 'starting'];

export interface InterfaceChoice {
  nic: NetworkInterface;
  blocked: Blocked;
}

/** An instance's interfaces of a kind, each with why it cannot join `groupId` (if it cannot). */
export function interfaceChoices(
  instance: Instance,
  kind: 'public' | 'private',
  groupId: string,
  byInterface: ReadonlyMap<string, Membership>,
): InterfaceChoice[] {
  const nics = kind === 'public' ? instance.publicInterfaces : instance.privateInterfaces;
  const instanceBlocked: Blocked = BINDABLE.includes(instance.status)
    ? undefined
    : { key: 'sg.join.instanceState', vars: { status: instance.status } };
  return nics.map((nic) => {
    const m = byInterface.get(nic.id);
    const blocked: Blocked =
      instanceBlocked ??
      (m
        ? m.group.id === groupId
          ? { key: 'sg.join.boundHere' }
          : { key: 'sg.join.boundElsewhere', vars: { group: m.group.name } }
        : undefined);
    return { nic, blocked };
  });
}
