/** `npm run schema:print`: writes schema.graphql from the code (the contract for front-end teams). */
import { writeFileSync } from 'node:fs';
import { printedSchema } from '../src/schema.js';

writeFileSync(new URL('../schema.graphql', import.meta.url), printedSchema());
console.log('Wrote schema.graphql');
