// PostgreSQL connection settings as people may see them: never with the password.

/** Connections the PostgreSQL pool opens at most, unless BRIEFBOT_DATABASE_POOL_SIZE says otherwise. */
export const DEFAULT_POOL_SIZE = 10;

/** True for a parseable postgres:// or postgresql:// URL. */
export function isPostgresUrl(value: string): boolean {
  if (!/^postgres(ql)?:\/\//i.test(value)) return false;
  try {
    new URL(value);
    return true;
  } catch {
    return false;
  }
}

/** The URL with its password replaced by ***; an unparseable value is hidden whole. */
export function redactDatabaseUrl(value: string): string {
  try {
    const url = new URL(value);
    if (url.password) url.password = "***";
    return url.toString();
  } catch {
    return "(hidden: not a URL)";
  }
}

/** The password in the URL (decoded), for the logger's list of values to mask. */
export function databasePassword(value: string | undefined): string | undefined {
  if (!value) return undefined;
  try {
    const password = new URL(value).password;
    return password ? decodeURIComponent(password) : undefined;
  } catch {
    return undefined;
  }
}

/** Where the URL points, as `host:port/database`, for messages (defaults as libpq has them). */
export function databaseTarget(value: string): string {
  try {
    const url = new URL(value);
    const host = url.searchParams.get("host") ?? (url.hostname || "localhost");
    const port = url.port || "5432";
    const database = decodeURIComponent(url.pathname.replace(/^\//, "")) || "(default database)";
    return `${host}:${port}/${database}`;
  } catch {
    return "(unparseable URL)";
  }
}
