import { notEnoughBalance } from '../../exceptions';
import { badArgs, resourceInUse, resourceNotFound, unsupportedOperation } from '../../paas-exceptions';
import type { Account } from '../account';
import type { Task, TaskEffect } from '../tasks';
import type { PrivateNetwork, Vdc } from '../vdc';
import type { World } from '../world';
import { paasSite } from './regions';

/**
 * Where a database lives and what it costs, shared by MySQL, Redis and Memcached: a site of
 * DescribeRegions, one of the account's VDCs in that site, one of the VDC's private networks
 * (addresses are taken from it, as the create's "按这个私网分配IP" says), and the balance.
 */

export interface Placement {
  vdc: Vdc;
  network: PrivateNetwork;
  /** One free address per instance, not taken yet. */
  ips: string[];
}

export function place(account: Account, regionId: string, vdcId: string, networkId: string, amount: number): Placement {
  if (!paasSite(regionId)) throw badArgs(`RegionId "${regionId}" is not a site of DescribeRegions`);
  const found = account.findVdc(vdcId);
  if (!found || found.vdc.regionId !== regionId) throw resourceNotFound(`VDC (in ${regionId})`, vdcId);
  const network = found.vdc.privateNetwork(networkId);
  if (!network) throw resourceNotFound(`private network of VDC ${found.vdc.name}`, networkId);
  const ips: string[] = [];
  for (let i = 0; i < amount; i++) {
    const ip = network.firstFree(new Set(ips));
    if (!ip) throw unsupportedOperation(`private network ${network.name} has no free address left for ${amount} instance(s)`);
    ips.push(ip);
  }
  return { vdc: found.vdc, network, ips };
}

/** Gives an address back to its private network (a deleted or failed instance). */
export function releaseAddress(account: Account, vdcId: string, networkId: string, ip: string) {
  account.findVdc(vdcId)?.vdc.privateNetwork(networkId)?.release(ip);
}

const cents = (n: number) => Math.round(n * 100) / 100;

/** Databases are paid by the hour; a create or a larger spec freezes one day up front. */
export const dayOf = (hourly: number) => cents(hourly * 24);

export function charge(account: Account, amount: number) {
  const total = cents(amount);
  if (account.balance < total) throw notEnoughBalance(total, account.balance);
  account.balance = cents(account.balance - total);
}

export function refund(account: Account, amount: number) {
  account.balance = cents(account.balance + amount);
}

/** A task the web's tracker can follow with DescribeTask (the account's one task list). */
export function startTask(world: World, account: Account, taskType: string, resourceIds: string[], effect: TaskEffect): Task {
  const task = account.tasks.create(taskType, resourceIds);
  world.scheduler.run(task, effect);
  return task;
}

const TRANSITIONAL = new Set(['CREATING', 'UPDATING', 'DELETING', 'creating', 'updating', 'deleting']);

/** A resource must be settled: busy with a task → ResourceInUse; failed → UnsupportedOperation. */
export function mustBeSettled(what: string, id: string, status: string) {
  if (TRANSITIONAL.has(status)) throw resourceInUse(what, id, status);
  if (status.toUpperCase() === 'ERROR') throw unsupportedOperation(`${what} ${id} is in error; only deleting it is possible`);
}

/** Names of a create of several: "name-001", "name-002" (one instance keeps the name as given). */
export const nthName = (base: string, amount: number, i: number) =>
  amount > 1 ? `${base}-${String(i + 1).padStart(3, '0')}` : base;
