import { AsyncLocalStorage } from 'node:async_hooks';
import type { Database, Db } from '@ips-bridge/db';
import {
  CompiledQuery,
  type DatabaseConnection,
  type Driver,
  Kysely,
  PostgresAdapter,
  PostgresIntrospector,
  PostgresQueryCompiler,
  type QueryResult,
  type Transaction,
  type TransactionBuilder,
} from 'kysely';

/**
 * One request's own database transaction, held open from before the route runs until its answer is known, so the
 * answer can be recorded (idempotency.ts) and committed together with everything the route wrote.
 *
 * While it is open, every query the route's code sends through the app's `db` runs in it, keeping the meaning the
 * route's code has without it:
 * - `db.transaction().execute(work)` becomes a savepoint: `work` still succeeds or fails as one unit;
 * - a query outside such a unit gets a savepoint of its own, as if it were committed on its own: when it fails
 *   (a unique violation the route turns into a 409, say), only it is undone and the request transaction goes on.
 * Such units and single queries run one after another, never interleaved. Nothing is committed until the request
 * transaction is.
 */
export class RequestTransaction {
  /** The request's `db`: a Kysely whose every query runs on this transaction's connection. */
  readonly db: Db;
  private state: 'open' | 'closing' | 'closed' = 'open';
  private savepoints = 0;
  /** One unit or single query at a time on the connection. */
  private queue: Promise<unknown> = Promise.resolve();
  /** Set inside a unit (`nested`): its queries run as they are, the unit's savepoint covers them. */
  private readonly insideUnit = new AsyncLocalStorage<true>();
  private readonly connection: DatabaseConnection;
  private readonly release: () => void;

  private constructor(connection: DatabaseConnection, release: () => void) {
    this.connection = connection;
    this.release = release;
    const wrapped: DatabaseConnection = {
      executeQuery: <R>(query: CompiledQuery) => this.executeQuery<R>(query),
      streamQuery: <R>(query: CompiledQuery, chunkSize: number) => {
        this.assertOpen();
        return this.connection.streamQuery<R>(query, chunkSize);
      },
    };
    this.db = new Kysely<Database>({ dialect: singleConnectionDialect(wrapped) });
  }

  /** Takes a connection from `base`'s pool and begins a transaction on it; the connection is held until the end. */
  static begin(base: Db): Promise<RequestTransaction> {
    return new Promise((resolve, reject) => {
      let release = () => {};
      const held = new Promise<void>((done) => {
        release = done;
      });
      base
        .getExecutor()
        .provideConnection(async (connection) => {
          await connection.executeQuery(CompiledQuery.raw('BEGIN'));
          resolve(new RequestTransaction(connection, release));
          await held;
        })
        .catch(reject);
    });
  }

  get isOpen(): boolean {
    return this.state === 'open';
  }

  /** What `db.transaction().execute(work)` does inside the request transaction. */
  nested<T>(work: (trx: Transaction<Database>) => Promise<T>): Promise<T> {
    const unit = () => this.withSavepoint(() => work(this.db as unknown as Transaction<Database>));
    // A unit inside a unit is a savepoint within it; an outer unit waits its turn.
    if (this.insideUnit.getStore()) return unit();
    return this.serially(() => this.insideUnit.run(true, unit));
  }

  /** Commits; on failure rolls back and rethrows. The connection goes back to the pool either way. */
  async commit(): Promise<void> {
    if (this.state !== 'open') throw new Error('request transaction is already closed');
    this.state = 'closing';
    try {
      await this.serially(() => this.connection.executeQuery(CompiledQuery.raw('COMMIT')));
    } catch (error) {
      await this.connection.executeQuery(CompiledQuery.raw('ROLLBACK')).catch(() => {});
      throw error;
    } finally {
      this.close();
    }
  }

  /** Rolls back, once; safe to call at any time (a later call, or one after commit, does nothing). */
  async rollback(): Promise<void> {
    if (this.state !== 'open') return;
    this.state = 'closing';
    try {
      // Not queued: a client that went away must not wait for the route. A query already sent finishes first.
      await this.connection.executeQuery(CompiledQuery.raw('ROLLBACK'));
    } catch {
      // The connection is gone, and PostgreSQL ends the transaction with it.
    } finally {
      this.close();
    }
  }

  private close(): void {
    this.state = 'closed';
    this.release();
  }

  private assertOpen(): void {
    if (this.state !== 'open') throw new Error('the request transaction is closed');
  }

  private executeQuery<R>(query: CompiledQuery): Promise<QueryResult<R>> {
    this.assertOpen();
    if (this.insideUnit.getStore()) return this.connection.executeQuery<R>(query);
    return this.serially(() => this.withSavepoint(() => this.connection.executeQuery<R>(query)));
  }

  private serially<T>(step: () => Promise<T>): Promise<T> {
    const result = this.queue.then(step);
    this.queue = result.catch(() => {});
    return result;
  }

  private async withSavepoint<T>(work: () => Promise<T>): Promise<T> {
    const name = `request_savepoint_${++this.savepoints}`;
    await this.raw(`SAVEPOINT ${name}`);
    let result: T;
    try {
      result = await work();
    } catch (error) {
      // If even this fails the connection is lost; the request fails with the original error.
      await this.raw(`ROLLBACK TO SAVEPOINT ${name}`).catch(() => {});
      throw error;
    }
    await this.raw(`RELEASE SAVEPOINT ${name}`);
    return result;
  }

  private async raw(statement: string): Promise<void> {
    this.assertOpen();
    await this.connection.executeQuery(CompiledQuery.raw(statement));
  }
}

/** A Kysely dialect over one connection that is already in a transaction (it never begins or ends one itself). */
function singleConnectionDialect(connection: DatabaseConnection) {
  const refuse = async () => {
    throw new Error('a request transaction cannot begin, commit or roll back through its db');
  };
  const driver: Driver = {
    init: async () => {},
    acquireConnection: async () => connection,
    beginTransaction: refuse,
    commitTransaction: refuse,
    rollbackTransaction: refuse,
    releaseConnection: async () => {},
    destroy: async () => {},
  };
  return {
    createAdapter: () => new PostgresAdapter(),
    createDriver: () => driver,
    createIntrospector: (db: Kysely<unknown>) => new PostgresIntrospector(db),
    createQueryCompiler: () => new PostgresQueryCompiler(),
  };
}

interface Holder {
  current: RequestTransaction | null;
}

/**
 * Binds request transactions to the async context of a request (AsyncLocalStorage), and gives the routes a `db`
 * that uses the current one when there is one and the pool otherwise. Routes keep their usual code.
 */
export class RequestTransactions {
  private readonly storage = new AsyncLocalStorage<Holder>();
  private readonly base: Db;
  /** The `db` the routes get. */
  readonly db: Db;

  constructor(base: Db) {
    this.base = base;
    this.db = scopedDb(base, () => this.storage.getStore()?.current ?? null);
  }

  /** Starts a transaction on its own pooled connection (not yet bound to any request). */
  begin(): Promise<RequestTransaction> {
    return RequestTransaction.begin(this.base);
  }

  /** Runs `next` (and everything it starts) with `transaction` as the current request transaction. */
  run(transaction: RequestTransaction, next: () => void): void {
    this.storage.run({ current: transaction }, next);
  }
}

function scopedDb(base: Db, current: () => RequestTransaction | null): Db {
  return new Proxy(base, {
    get(target, property) {
      const request = current();
      // Once bound, a request keeps its transaction even after it closed: a late query then fails loudly instead of
      // slipping past the transaction into the pool (the client was not answered, or was answered already).
      if (request) {
        if (property === 'transaction') return () => nestedBuilder(request);
        if (property === 'startTransaction' || property === 'connection' || property === 'destroy') {
          throw new Error(`db.${String(property)}() is not available inside a request transaction`);
        }
      }
      const source: object = request?.db ?? target;
      const value: unknown = Reflect.get(source, property, source);
      // Kysely keeps its state in private fields: methods must run on the real instance, not on the proxy.
      return typeof value === 'function' ? value.bind(source) : value;
    },
  });
}

function nestedBuilder(request: RequestTransaction): TransactionBuilder<Database> {
  const refuse = () => {
    throw new Error('isolation level and access mode cannot be changed inside a request transaction');
  };
  const builder = {
    execute: <T>(work: (trx: Transaction<Database>) => Promise<T>) => request.nested(work),
    setIsolationLevel: refuse,
    setAccessMode: refuse,
  };
  return builder as unknown as TransactionBuilder<Database>;
}
