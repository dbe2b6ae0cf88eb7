/** CDS security groups and CDS templates (custom images). */

export interface SecurityGroup {
  id: string;
  name: string;
  description: string;
  type: 'public' | 'private' | (string & {});
  bindInstanceCount: number;
  bindInterfaceCount: number;
  bindVdcCount?: number;
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

export interface SecurityGroupDetail {
  name: string;
  type: string;
  ruleCount: number;
  rules: SecurityGroupRule[];
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
