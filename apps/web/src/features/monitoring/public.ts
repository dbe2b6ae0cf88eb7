import { lazy } from 'react';

// What other modules may use of the monitoring module: the charts of one instance, loaded (with
// the charts library and the module's messages) only when they are shown.
export const InstanceMonitoring = lazy(() =>
  Promise.all([import('./InstanceMonitoring'), import('./messages')]).then(([m]) => ({ default: m.InstanceMonitoring })),
);
