// What other modules may use of the security groups module (nothing else of its insides).
export { InstanceSecurityGroups } from './InstanceSecurityGroups';
/** The page of one security group (for links from elsewhere, e.g. the audit log). */
export const securityGroupPath = (id: string, account?: string) =>
  `/security-groups/${encodeURIComponent(id)}${account ? `?account=${encodeURIComponent(account)}` : ''}`;
