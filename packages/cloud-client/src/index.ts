export * from './sign/percent-encode';
export * from './sign/cds';
export * from './sign/mos';
export * from './errors';
export * from './wire';
export * from './cds-client';
export * from './endpoints';
