/** CDS security groups and CDS templates (custom images). */

export interface SecurityGroup {
  id: string;
  name: string;
  description: string;
  type: 'public' | 'private' | (string & {});
  bindInstanceCount: number;
  bindInterfaceCount: number;
  bindVdcCount?: number;
  /** ok, or deleting while a force delete runs (when the cloud answers it). */
  status?: string;
  createdAt?: string;
  updatedAt?: string;
}

export interface SecurityGroupList {
  items: SecurityGroup[];
  totalCount: number;
}

export interface SecurityGroupRule {
  id: string;
  status?: string;
  /** allow (Action 1) or deny (Action 0). */
  action: 'allow' | 'deny';
  protocol: string;
  direction: string;
  targetAddress: string;
  targetPort: string;
  localPort: string;
  priority: number;
  /** ip or mac. */
  type: string;
  description: string;
  createdAt?: string;
}

/** One network interface bound to a security group. */
export interface SecurityGroupBinding {
  instanceId: string;
  instanceName: string;
  vdcId?: string;
  vdcName?: string;
  regionId?: string;
  interfaceId: string;
  networkName?: string;
  ip: string;
  networkKind: 'public' | 'private';
  /** PublicId or PrivateId of the interface's network. */
  networkId: string;
  /** ok, binding or unbinding. */
  status: string;
}

export interface SecurityGroupDetail {
  id?: string;
  name: string;
  type: string;
  description?: string;
  status?: string;
  createdAt?: string;
  updatedAt?: string;
  ruleCount: number;
  rules: SecurityGroupRule[];
  /** Who is bound, by interface; undefined when the cloud does not report members. */
  bindings?: SecurityGroupBinding[];
}

export interface TemplateRegion {
  regionId: string;
  regionName: string;
  status: string;
}

export interface Template {
  id: string;
  name: string;
  status: string;
  osType: string;
  /** Number of regions the template is in, as answered. */
  count?: number;
  createdAt?: string;
  regions: TemplateRegion[];
}

export interface TemplatePage {
  items: Template[];
  pageCount: number;
}
