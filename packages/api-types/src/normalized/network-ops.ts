/** Answers of the CDS network actions other than DescribeVdc. */

export interface BandwidthTraffic {
  /** Average inbound rate of the last five minutes, bits per second. */
  inBps: number;
  /** Average outbound rate of the last five minutes, bits per second. */
  outBps: number;
  /** Bandwidth of the network (Mbps). */
  maxQos?: number;
}
