// The store's public entry: the port, the embedded SQLite store, the PostgreSQL store, and
// `openStore`, which picks one from the configuration.
import { openPostgresStore } from "./postgres.ts";
import { openSqliteStore } from "./sqlite.ts";
import type { Store } from "./types.ts";

export { databasePassword, databaseTarget, redactDatabaseUrl } from "./database-url.ts";
export { instantMs, StoreError } from "./errors.ts";
export { MIGRATIONS, type Migration, migrate } from "./migrations.ts";
export { DEFAULT_POOL_SIZE, openPostgresStore, type PostgresStoreOptions } from "./postgres.ts";
export { POSTGRES_MIGRATIONS } from "./postgres-migrations.ts";
export { openSqliteStore } from "./sqlite.ts";
export type {
  Delivery,
  Installation,
  Pin,
  Store,
  Subscription,
  UnansweredQuestion,
} from "./types.ts";

export interface StoreChoice {
  /** postgres://… selects PostgreSQL; unset keeps the embedded SQLite file. */
  databaseUrl?: string | undefined;
  /** The SQLite file (absolute, or relative to the working folder). */
  sqlitePath: string;
  /** Most PostgreSQL connections at once. */
  poolSize?: number;
}

/** Opens the configured store: PostgreSQL when a database URL is given, else SQLite. */
export async function openStore(choice: StoreChoice): Promise<Store> {
  if (choice.databaseUrl) {
    return openPostgresStore(choice.databaseUrl, {
      ...(choice.poolSize !== undefined && { poolSize: choice.poolSize }),
    });
  }
  return openSqliteStore(choice.sqlitePath);
}
