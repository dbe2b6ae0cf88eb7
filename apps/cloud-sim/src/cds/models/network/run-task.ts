import type { Account } from '../account';
import type { Task, TaskEffect } from '../tasks';
import type { World } from '../world';

/** Creates a task on the account and schedules its effect at the end (FINISH, or ERROR with a message). */
export function startTask(world: World, account: Account, taskType: string, resourceIds: string[], effect: TaskEffect): Task {
  const task = account.tasks.create(taskType, resourceIds);
  world.scheduler.run(task, effect);
  return task;
}

/** A name containing FAIL_MARKER makes its create task end in ERROR, as CreateInstance's does. */
export { FAIL_MARKER } from '../create-instances';

/** Takes `amount` from the balance; the returned function gives it back (a failed create). */
export function charge(account: Account, amount: number) {
  account.balance = Math.round((account.balance - amount) * 100) / 100;
  return () => {
    account.balance = Math.round((account.balance + amount) * 100) / 100;
  };
}
