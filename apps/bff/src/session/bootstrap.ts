import { randomBytes } from 'node:crypto';
import type { Logger } from 'pino';
import { CDS_AREA_ENDPOINTS } from '@console/cloud-client';
import type { BffConfig } from '../config';
import { checkPasswordPolicy, hashPassword } from '../crypto/passwords';
import type { Storage } from '../storage';

export const ENV_ACCOUNT_NAME = 'Default (environment)';

/**
 * What the environment seeds at every start: the CDS account of CDS_ENDPOINT and its key pair
 * (kept in step with the environment), and the first admin when nobody exists yet.
 * Returns a one-time setup code when there is no admin and no CONSOLE_ADMIN_PASSWORD.
 */
export async function bootstrap(storage: Storage, config: BffConfig, log: Logger): Promise<{ setupCode?: string }> {
  await seedEnvAccount(storage, config);
  if (config.mos) await seedEnvMosAccount(storage, config.mos);
  if ((await storage.users.count()) > 0) return {};
  const { username, password } = config.admin;
  if (!password) {
    const setupCode = randomBytes(6).toString('hex');
    log.warn('no console user exists yet: open /setup with the setup code printed at start');
    return { setupCode };
  }
  const check = checkPasswordPolicy(password, { username });
  if (!check.ok) throw new Error(`CONSOLE_ADMIN_PASSWORD is not acceptable: ${check.message}`);
  await storage.users.create({ username, role: 'admin', passwordHash: await hashPassword(password) });
  log.info({ username }, 'first admin created with the configured password (CONSOLE_ADMIN_PASSWORD, or the demo default of npm start)');
  return {};
}

async function seedEnvAccount(storage: Storage, config: BffConfig) {
  const { endpoint, accessKeyId, secret } = config.cds;
  const known = Object.entries(CDS_AREA_ENDPOINTS).find(([, url]) => url === endpoint.replace(/\/+$/, ''));
  const area = (known?.[0] ?? 'custom') as 'mainland' | 'asia-pacific' | 'americas-europe' | 'custom';
  const wanted = { accessKeyId, secret, endpointArea: area, endpointUrl: area === 'custom' ? endpoint : null };
  const existing = (await storage.cloudAccounts.list({ provider: 'cds' })).find((a) => a.name === ENV_ACCOUNT_NAME);
  if (!existing) {
    await storage.cloudAccounts.create({ provider: 'cds', name: ENV_ACCOUNT_NAME, ...wanted, createdBy: 'environment' });
    return;
  }
  const current = await storage.cloudAccounts.getCredentials(existing.id);
  if (
    current?.accessKeyId !== accessKeyId ||
    current.secret !== secret ||
    current.endpointArea !== area ||
    current.endpointUrl !== wanted.endpointUrl
  ) {
    await storage.cloudAccounts.update(existing.id, wanted);
  }
}

/** The MOS account of MOS_ENDPOINT (npm start: the embedded simulator), kept in step like the CDS one. */
async function seedEnvMosAccount(storage: Storage, mos: NonNullable<BffConfig['mos']>) {
  const wanted = { accessKeyId: mos.accessKeyId, secret: mos.secret, endpointArea: 'custom' as const, endpointUrl: mos.endpoint, region: mos.region ?? null };
  const existing = (await storage.cloudAccounts.list({ provider: 'mos' })).find((a) => a.name === ENV_ACCOUNT_NAME);
  if (!existing) {
    await storage.cloudAccounts.create({ provider: 'mos', name: ENV_ACCOUNT_NAME, ...wanted, createdBy: 'environment' });
    return;
  }
  const current = await storage.cloudAccounts.getCredentials(existing.id);
  const sameUrl = current?.endpointUrl === new URL(mos.endpoint).toString().replace(/\/+$/, '');
  if (current?.accessKeyId !== mos.accessKeyId || current.secret !== mos.secret || !sameUrl || current.region !== wanted.region) {
    await storage.cloudAccounts.update(existing.id, wanted);
  }
}
