import { isUuid } from '../../util/prng';
import { incorrectInstanceStatus, instanceIdMalformed, instanceNotFound } from '../exceptions';
import type { Account } from './account';
import type { InstanceStatus } from './instance';
import type { Task } from './tasks';
import { logPower } from './power-history';
import type { World } from './world';

/** States an instance can be deleted from: any that is not in the middle of a change. */
export const DELETABLE: readonly InstanceStatus[] = ['running', 'stop', 'error'];

/** Finds every instance or throws: a malformed id, then a missing one, before any state check. */
function findAll(account: Account, ids: string[], malformedCode?: string) {
  for (const id of ids) if (!isUuid(id)) throw instanceIdMalformed(id, malformedCode);
  return ids.map((id) => {
    const found = account.findInstance(id);
    if (!found) throw instanceNotFound(id);
    return found;
  });
}

/** DeleteInstance: all named instances go "deleting"; at the end they are gone and their IPs free. */
export function deleteInstances(world: World, account: Account, ids: string[]): Task {
  const unique = [...new Set(ids)];
  const found = findAll(account, unique);
  for (const { instance } of found) {
    if (!DELETABLE.includes(instance.status)) {
      throw incorrectInstanceStatus(instance.instanceId, instance.status, DELETABLE.join(', ') + ' to be deleted');
    }
  }
  for (const { instance } of found) instance.status = 'deleting';
  const task = account.tasks.create('orderDeleteVM', unique);
  world.scheduler.run(task, () => {
    for (const { backend, instance } of found) backend.removeInstance(instance.instanceId);
  });
  return task;
}

interface Transition {
  from: InstanceStatus;
  via: InstanceStatus;
  to: InstanceStatus;
  taskType: string;
  malformedCode?: string;
}

function transition(world: World, account: Account, id: string, t: Transition): Task {
  const [{ instance }] = findAll(account, [id], t.malformedCode) as [ReturnType<Account['findInstance']> & {}];
  if (instance.status !== t.from) throw incorrectInstanceStatus(id, instance.status, t.from);
  instance.status = t.via;
  const task = account.tasks.create(t.taskType, [id]);
  world.scheduler.run(task, () => {
    if (instance.status !== t.via) return;
    instance.status = t.to;
    logPower(instance, t.to === 'running', world.now());
  });
  return task;
}

/** StopInstance: only from running; "stopping" until the task ends, then "stop". */
export const stopInstance = (world: World, account: Account, id: string) =>
  transition(world, account, id, { from: 'running', via: 'stopping', to: 'stop', taskType: 'stopVM' });

/** RebootInstance, which the document describes as power on: only from stop; "starting", then "running". */
export const startInstance = (world: World, account: Account, id: string) =>
  transition(world, account, id, {
    from: 'stop',
    via: 'starting',
    to: 'running',
    taskType: 'startVM',
    malformedCode: 'InvalidInstanceId.Malformed',
  });
