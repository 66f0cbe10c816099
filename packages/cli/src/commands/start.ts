import { loadConfig, startServer } from '@ips-bridge/server';
import { print } from '../exit.ts';

export async function runStart(): Promise<void> {
  const config = loadConfig();
  const server = await startServer(config, print);
  print(`IPS Bridge is running: open ${server.url}`);
  let stopping = false;
  const shutdown = (signal: string) => {
    if (stopping) return;
    stopping = true;
    print(`${signal}: shutting down…`);
    server.stop().then(
      () => process.exit(0),
      (error: unknown) => {
        console.error('Shutdown failed:', error instanceof Error ? error.message : error);
        process.exit(1);
      },
    );
  };
  process.on('SIGINT', () => shutdown('SIGINT'));
  process.on('SIGTERM', () => shutdown('SIGTERM'));
}
