// What other modules may use of the VDC and networks module (nothing else of its insides).
export { useVdcs } from './useVdcs';
