// What other modules may use of the security groups module (nothing else of its insides).
export { InstanceSecurityGroups } from './InstanceSecurityGroups';
