import { Registry } from '../registry';
import { describeBillHandler, describeBillInfoHandler, getMetering } from './billing';
import { describeAvailableResource, describeTask } from './common';
import { createInstance, deleteInstance, describeInstances, rebootInstance, stopInstanceHandler } from './instances';
import { describeInstanceMonitor } from './monitor';
import { paasHandlers } from './paas/index';
import { createDisk, deleteDisk, resizeDiskHandler } from './disks';
import { connectNetworkInterface, disconnectNetworkInterface, modifyIpAddressHandler } from './interfaces';
import { describeVdc } from './network';
import {
  addPublicIpHandler,
  createPrivateNetworkHandler,
  createPublicNetworkHandler,
  createVdcHandler,
  deletePrivateNetworkHandler,
  deletePublicIpHandler,
  deletePublicNetworkHandler,
  deleteVdcHandler,
  describeBandwidthTraffic,
  modifyPublicNetworkHandler,
  renewPublicNetworkHandler,
} from './network-ops';
import {
  addSecurityGroupRuleHandler,
  createSecurityGroupHandler,
  deleteSecurityGroupHandler,
  describeSecurityGroupAttribute,
  describeSecurityGroups,
  forceDeleteSecurityGroupHandler,
  joinSecurityGroupHandler,
  leaveSecurityGroupHandler,
  modifySecurityGroupAttributeHandler,
  modifySecurityGroupRuleHandler,
  modifySecurityGroupRulePriorityHandler,
  removeSecurityGroupRuleHandler,
} from './security-groups';
import { modifyInstanceChargeType, modifyInstanceSpec, resetImageHandler } from './spec';
import { createTemplateHandler, deleteTemplateHandler, describeTemplateInfo, syncTemplateHandler } from './templates';

/** Every CDS action the simulator serves; any other catalog action answers 501. */
export function cdsRegistry(): Registry {
  return new Registry().register(
    describeVdc,
    createVdcHandler,
    deleteVdcHandler,
    createPublicNetworkHandler,
    createPrivateNetworkHandler,
    modifyPublicNetworkHandler,
    addPublicIpHandler,
    deletePublicIpHandler,
    deletePublicNetworkHandler,
    deletePrivateNetworkHandler,
    renewPublicNetworkHandler,
    describeBandwidthTraffic,
    createSecurityGroupHandler,
    deleteSecurityGroupHandler,
    forceDeleteSecurityGroupHandler,
    describeSecurityGroupAttribute,
    modifySecurityGroupAttributeHandler,
    describeSecurityGroups,
    addSecurityGroupRuleHandler,
    removeSecurityGroupRuleHandler,
    modifySecurityGroupRuleHandler,
    joinSecurityGroupHandler,
    leaveSecurityGroupHandler,
    modifySecurityGroupRulePriorityHandler,
    describeAvailableResource,
    describeTask,
    describeInstances,
    createInstance,
    deleteInstance,
    stopInstanceHandler,
    rebootInstance,
    modifyInstanceChargeType,
    modifyInstanceSpec,
    createDisk,
    resizeDiskHandler,
    deleteDisk,
    resetImageHandler,
    connectNetworkInterface,
    disconnectNetworkInterface,
    modifyIpAddressHandler,
    describeTemplateInfo,
    createTemplateHandler,
    syncTemplateHandler,
    deleteTemplateHandler,
    describeInstanceMonitor,
    describeBillHandler,
    describeBillInfoHandler,
    getMetering,
    ...paasHandlers(),
  );
}
