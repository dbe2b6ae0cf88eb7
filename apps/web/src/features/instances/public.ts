// What other modules may use of the instances module (nothing else of its insides).
export { markInstances } from './optimistic';
