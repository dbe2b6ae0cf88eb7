import { cdsCcsInstanceOps } from '@console/api-types';
import { connectInterface, disconnectInterface, modifyIpAddress } from '../models/interfaces';
import { handler } from '../registry';

/** Network interfaces of an instance (POST /ccs): each answers a TaskId. */

const INTERFACE_CODES = { fieldCodes: { InterfaceId: 'InvalidInterfaceID.Malformed' } };

export const connectNetworkInterface = handler(
  '/ccs',
  cdsCcsInstanceOps.ConnectNetworkInterface,
  ({ world, account }, input) => ({ TaskId: connectInterface(world, account, input).taskId }),
  INTERFACE_CODES,
);

export const disconnectNetworkInterface = handler(
  '/ccs',
  cdsCcsInstanceOps.DisconnectNetworkInterface,
  ({ world, account }, input) => ({ TaskId: disconnectInterface(world, account, input).taskId }),
  INTERFACE_CODES,
);

/** ModifyIpAddress: an address of the interface's network, or "None" to unbind. */
export const modifyIpAddressHandler = handler(
  '/ccs',
  cdsCcsInstanceOps.ModifyIpAddress,
  ({ world, account }, input) => ({ TaskId: modifyIpAddress(world, account, input).taskId }),
  INTERFACE_CODES,
);
