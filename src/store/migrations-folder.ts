// Where drizzle-kit wrote the SQL migrations that both adapters apply.
import { fileURLToPath } from 'node:url';

export const MIGRATIONS_FOLDER = fileURLToPath(new URL('./migrations', import.meta.url));
