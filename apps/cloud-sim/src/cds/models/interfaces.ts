import { isUuid } from '../../util/prng';
import { incorrectInterfaceStatus, interfaceIdMalformed, interfaceNotFound, ipAddressInvalid, ipDuplicated, type IpKind } from '../exceptions';
import type { Account } from './account';
import type { RegionBackend } from './backend';
import type { Instance, Nic } from './instance';
import { operate } from './operations';
import type { PrivateNetwork, PublicNetwork } from './vdc';
import type { World } from './world';

/**
 * ConnectNetworkInterface, DisconnectNetworkInterface and ModifyIpAddress. An interface belongs
 * to one instance and one network of its VDC (public or private); its address comes from that
 * network's segments and goes back to them when unbound or changed.
 */

interface FoundNic {
  nic: Nic;
  kind: IpKind;
}

function findNic(instance: Instance, interfaceId: string): FoundNic {
  if (!isUuid(interfaceId)) throw interfaceIdMalformed(interfaceId);
  if (instance.publicNic?.interfaceId === interfaceId) return { nic: instance.publicNic, kind: 'Public' };
  const nic = instance.privateNics.find((n) => n.interfaceId === interfaceId);
  if (!nic) throw interfaceNotFound(interfaceId, instance.instanceId);
  return { nic, kind: 'Private' };
}

function networkOf(backend: RegionBackend, instance: Instance, { nic, kind }: FoundNic): PublicNetwork | PrivateNetwork | undefined {
  const vdc = backend.vdcs.get(instance.vdcId);
  if (!vdc) return undefined;
  return kind === 'Public' ? vdc.publicNetworks.find((p) => p.publicId === nic.networkId) : vdc.privateNetwork(nic.networkId);
}

export interface InterfaceRequest {
  InstanceId: string;
  InterfaceId: string;
}

function setConnected(world: World, account: Account, req: InterfaceRequest, connected: boolean) {
  return operate(
    world,
    account,
    req.InstanceId,
    { taskType: connected ? 'connectNetworkInterface' : 'disconnectNetworkInterface', resourceIds: [req.InterfaceId] },
    ({ instance }) => {
      const { nic } = findNic(instance, req.InterfaceId);
      const isConnected = nic.connected !== false;
      if (isConnected === connected) throw incorrectInterfaceStatus(nic.interfaceId, `is already ${connected ? 'connected' : 'disconnected'}`);
      return () => {
        nic.connected = connected;
      };
    },
  );
}

/** Only a disconnected interface can be connected. */
export const connectInterface = (world: World, account: Account, req: InterfaceRequest) => setConnected(world, account, req, true);

/** Only a connected interface can be disconnected; its address stays bound. */
export const disconnectInterface = (world: World, account: Account, req: InterfaceRequest) => setConnected(world, account, req, false);

/**
 * Binds, changes or (Address "None") unbinds the address of an interface. A new address must
 * be a usable, unused one of the interface's network; it is reserved at once and the old one
 * returned to the network when the task ends.
 */
export function modifyIpAddress(world: World, account: Account, req: InterfaceRequest & { Address: string }) {
  return operate(world, account, req.InstanceId, { taskType: 'modifyIpAddress', resourceIds: [req.InterfaceId] }, ({ backend, instance }) => {
    const found = findNic(instance, req.InterfaceId);
    const { nic, kind } = found;
    const network = networkOf(backend, instance, found);
    const old = nic.ip;
    if (req.Address === 'None') {
      if (!old) throw incorrectInterfaceStatus(nic.interfaceId, 'has no address to unbind');
      return () => {
        network?.release(old);
        nic.ip = '';
      };
    }
    if (!network || !network.isUsable(req.Address)) {
      throw ipAddressInvalid(`${req.Address} is not a usable address of the ${kind.toLowerCase()} network "${nic.name}"`);
    }
    if (network.used.has(req.Address)) throw ipDuplicated(kind, req.Address);
    network.take(req.Address);
    return () => {
      if (old) network.release(old);
      nic.ip = req.Address;
    };
  });
}
