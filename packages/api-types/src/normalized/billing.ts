/** CDS bills and cold-storage metering. */

export interface BillItem {
  resourceId: string;
  resourceName: string;
  resourceType: string;
  regionId: string;
  vdcId: string;
  vdcName: string;
  totalCost: number;
  createdAt?: string;
  /** Empty while the resource exists. */
  deletedAt?: string;
}

export interface Bill {
  totalMasterCost: number;
  totalViceCost: number;
  items: BillItem[];
}

export interface BillDetailItem {
  resourceId: string;
  resourceName: string;
  /** The table lists it; the document's example leaves it out. */
  resourceType?: string;
  regionId: string;
  vdcId: string;
  vdcName: string;
  status?: string;
  configuration?: string;
  costDetail?: string;
  payType?: string;
  payDesc?: string;
  unitPrice?: number;
  totalCost: number;
  ips: string[];
  createdAt?: string;
  /** Unix seconds. */
  startTime?: number;
  /** Unix seconds. */
  endTime?: number;
}

export interface BillDetail {
  totalCost: number;
  items: BillDetailItem[];
}

export interface MeteringPool {
  id: string;
  name: string;
  /** Pool size as answered (GB). */
  totalSize: number;
  cold: number;
  warm: number;
}
