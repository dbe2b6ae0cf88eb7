import type { Instance } from './instance';
import type { Vdc } from './vdc';

export interface PrivateImage {
  ImageId: string;
  GicDisplayName: string;
  ImageType: string;
}

/**
 * The state of one account in one region (moto's backend keyed by account and region):
 * its VDCs with their networks, its instances, its private images (templates).
 */
export class RegionBackend {
  readonly vdcs = new Map<string, Vdc>();
  readonly instances = new Map<string, Instance>();
  readonly privateImages: PrivateImage[] = [];

  constructor(
    readonly accessKeyId: string,
    readonly regionId: string,
  ) {}

  addVdc(vdc: Vdc) {
    this.vdcs.set(vdc.vdcId, vdc);
  }

  /** Adds an instance and marks its addresses as used on their networks. */
  addInstance(instance: Instance) {
    this.instances.set(instance.instanceId, instance);
    this.eachAddress(instance, (pool, ip) => pool.take(ip));
  }

  /** Removes an instance and frees its addresses. */
  removeInstance(instanceId: string) {
    const instance = this.instances.get(instanceId);
    if (!instance) return;
    this.eachAddress(instance, (pool, ip) => pool.release(ip));
    this.instances.delete(instanceId);
  }

  vdcName(vdcId: string) {
    return this.vdcs.get(vdcId)?.name ?? '';
  }

  privateImage(imageId: string) {
    return this.privateImages.find((i) => i.ImageId === imageId);
  }

  private eachAddress(instance: Instance, fn: (pool: { take(ip: string): void; release(ip: string): void }, ip: string) => void) {
    const vdc = this.vdcs.get(instance.vdcId);
    if (!vdc) return;
    if (instance.publicNic) {
      const net = vdc.publicNetworks.find((p) => p.publicId === instance.publicNic!.networkId);
      if (net) fn(net, instance.publicNic.ip);
    }
    for (const nic of instance.privateNics) {
      const net = vdc.privateNetwork(nic.networkId);
      if (net) fn(net, nic.ip);
    }
  }
}
