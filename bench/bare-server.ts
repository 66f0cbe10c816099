/**
 * The ceiling for `npm run bench`: Fastify with one JSON route and nothing else (no database, no session, no audit),
 * in a process of its own like the app. Prints `listening <port>` when ready.
 */
import Fastify from 'fastify';

const app = Fastify({ logger: false });
app.get('/bare', async () => ({ ok: true }));
app.post('/bare', async () => ({ ok: true }));
await app.listen({ host: '127.0.0.1', port: 0 });
const address = app.server.address();
if (address && typeof address === 'object') console.log(`listening ${address.port}`);
process.on('SIGTERM', () => void app.close().then(() => process.exit(0)));
