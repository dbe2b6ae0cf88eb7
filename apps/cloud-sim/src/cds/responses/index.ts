import { Registry } from '../registry';
import { describeAvailableResource, describeTask } from './common';
import { createInstance, deleteInstance, describeInstances, rebootInstance, stopInstanceHandler } from './instances';
import { describeVdc } from './network';

/** Every CDS action the simulator serves; any other catalog action answers 501. */
export function cdsRegistry(): Registry {
  return new Registry().register(
    describeVdc,
    describeAvailableResource,
    describeTask,
    describeInstances,
    createInstance,
    deleteInstance,
    stopInstanceHandler,
    rebootInstance,
  );
}
