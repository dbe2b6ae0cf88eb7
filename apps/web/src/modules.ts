import type { ProductModule } from './context/module';
import { adminModule } from './features/admin/module';
import { auditModule } from './features/audit/module';
import { costModule } from './features/cost/module';
import { imagesModule } from './features/images/module';
import { instancesModule } from './features/instances/module';
import { inventoryModule } from './features/inventory/module';
import { monitoringModule } from './features/monitoring/module';
import { mosModule } from './features/mos/module';
import { overviewModule } from './features/overview/module';
import { profileModule } from './features/profile/module';
import { vdcModule } from './features/vdc/module';
import { securityGroupsModule } from './features/security-groups/module';
import { databasesModule } from './features/databases/module';

/**
 * The product modules the console is made of. A new product is a folder under features/ with a
 * module.ts, plus one line here; the shell composes whatever it is given.
 */
export const modules: readonly ProductModule[] = [
  overviewModule,
  inventoryModule,
  instancesModule,
  imagesModule,
  monitoringModule,
  vdcModule,
  securityGroupsModule,
  databasesModule,
  mosModule,
  costModule,
  auditModule,
  adminModule,
  profileModule,
];
