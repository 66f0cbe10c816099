import { spawn } from 'node:child_process';

/**
 * `npm run dev`: the API with restart on change (Node's --watch) on :3000, and Vite with hot reload on :5173,
 * which proxies /api and /health to the API. Ctrl+C stops both.
 */
const children = [
  spawn(process.execPath, ['--watch', 'packages/cli/src/main.ts', 'start'], {
    stdio: 'inherit',
    env: { ...process.env, NODE_ENV: 'development' },
  }),
  spawn(process.execPath, ['node_modules/vite/bin/vite.js', 'packages/web'], { stdio: 'inherit' }),
];
const stop = () => {
  for (const child of children) child.kill('SIGINT');
};
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
for (const child of children) child.on('exit', stop);
