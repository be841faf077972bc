// The store's public entry: the port and the embedded SQLite implementation.
export { MIGRATIONS, type Migration, migrate } from "./migrations.ts";
export { openSqliteStore, StoreError } from "./sqlite.ts";
export type {
  Delivery,
  Installation,
  Pin,
  Store,
  Subscription,
  UnansweredQuestion,
} from "./types.ts";
