import { configFromEnv, startBff } from './index';

try {
  const config = configFromEnv();
  const bff = await startBff(config);
  process.stdout.write(`BFF listening on ${bff.url} (CDS upstream: ${config.cds.endpoint})\n`);
  const stop = () => void bff.close().then(() => process.exit(0));
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
} catch (err) {
  process.stderr.write(`${err instanceof Error ? err.message : String(err)}\n`);
  process.exit(1);
}
