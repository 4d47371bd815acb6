// Regenerates docs/record.schema.json from the zod definition in src/record/schema.ts.
import { writeFileSync } from 'node:fs';
import { recordJsonSchema } from '../src/record/schema.ts';

const target = new URL('../docs/record.schema.json', import.meta.url);
writeFileSync(target, JSON.stringify(recordJsonSchema(), null, 2) + '\n');
console.log(`wrote ${target.pathname}`);
