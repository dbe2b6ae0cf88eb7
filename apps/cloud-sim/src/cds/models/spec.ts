import { imageNotFound, incorrectInstanceStatus, instanceTypeUnauthorized, specUnauthorized } from '../exceptions';
import type { Account } from './account';
import { goodsOf, publicTemplate } from './goods';
import type { ChargeType } from './instance';
import { checkBalance, operate, pricedSpec, upgradeCharge } from './operations';
import { createCharge } from './pricing';
import type { World } from './world';

/** ModifyInstanceChargeType, ModifyInstanceSpec and ResetImage: changes of the instance itself. */

/**
 * GB of memory per CPU each instance type is sold with; a spec outside it answers
 * InvalidInstanceType.ValueUnauthorized (the document names the code, not the rule).
 */
const RAM_PER_CPU: Record<string, [min: number, max: number]> = {
  Compute: [1, 2],
  G2_Compute: [1, 2],
  Memory: [2, 8],
  G2_Memory: [2, 8],
};
const DEFAULT_RAM_PER_CPU: [number, number] = [1, 8];

export function ramPerCpu(instanceType: string) {
  return RAM_PER_CPU[instanceType] ?? DEFAULT_RAM_PER_CPU;
}

export interface ChargeTypeRequest {
  InstanceId: string;
  InstanceChargeType: ChargeType;
  AutoRenew?: number;
  PrepaidMonth?: number;
}

/**
 * Either way, as the table allows (PrePaid or PostPaid); asking for the current type is
 * IncorrectInstanceStatus. Monthly months are paid at once; monthly → pay-as-you-go charges
 * and refunds nothing (the document names no refund), billing by the hour from then on.
 */
export function modifyChargeType(world: World, account: Account, req: ChargeTypeRequest) {
  return operate(
    world,
    account,
    req.InstanceId,
    { taskType: 'orderChangeChargeType', malformedCode: 'InvalidInstanceId.Malformed' },
    ({ instance }) => {
      if (instance.chargeType === req.InstanceChargeType) {
        throw incorrectInstanceStatus(
          instance.instanceId,
          `${instance.status} and ${instance.chargeType}`,
          `other than ${req.InstanceChargeType} to change to ${req.InstanceChargeType}`,
        );
      }
      const target = req.InstanceChargeType;
      if (target === 'PrePaid') {
        checkBalance(account, createCharge(pricedSpec(instance, { chargeType: 'PrePaid', prepaidMonth: req.PrepaidMonth ?? 0 })))();
      }
      return () => {
        instance.chargeType = target;
      };
    },
  );
}

export interface SpecRequest {
  InstanceId: string;
  Cpu?: number;
  Ram?: number;
}

/** Cpu and Ram from the document's values (the catalog checks them), within the type's ratio; applied at FINISH. */
export function modifySpec(world: World, account: Account, req: SpecRequest) {
  return operate(world, account, req.InstanceId, { taskType: 'newOrderUpdateVM' }, ({ instance }) => {
    const cpu = req.Cpu ?? instance.cpu;
    const ram = req.Ram ?? instance.ram;
    const goods = goodsOf(instance.regionId);
    if (goods && !goods.instanceTypes.includes(instance.instanceType)) {
      throw instanceTypeUnauthorized(instance.instanceType, instance.regionId);
    }
    const [min, max] = ramPerCpu(instance.instanceType);
    if (ram < cpu * min || ram > cpu * max) {
      throw specUnauthorized(instance.instanceType, cpu, ram, min, max);
    }
    checkBalance(account, upgradeCharge(instance, { cpu, ram }))();
    return () => {
      instance.cpu = cpu;
      instance.ram = ram;
    };
  });
}

/**
 * ResetImage: a public template of appendix 4 or a private image of the account in the
 * instance's region. A Windows image needs an 80 GB system disk: a smaller one grows.
 */
export function resetImage(world: World, account: Account, req: { InstanceId: string; ImageId: string }) {
  return operate(
    world,
    account,
    req.InstanceId,
    { taskType: 'resetImage', malformedCode: 'InvalidInstanceId.Malformed' },
    ({ backend, instance }) => {
      const image = publicTemplate(req.ImageId) ?? backend.privateImage(req.ImageId);
      if (!image) throw imageNotFound(req.ImageId, instance.regionId);
      const windows = image.ImageType === 'windows';
      return () => {
        instance.imageId = image.ImageId;
        if (windows && instance.systemDisk.size < 80) instance.systemDisk = { ...instance.systemDisk, size: 80, iops: 1200 };
      };
    },
  );
}
