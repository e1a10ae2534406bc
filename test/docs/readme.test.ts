import { readFileSync, writeFileSync } from 'fs';
import { join } from 'path';

import { operationTables, TABLES_END, TABLES_START } from './operationTable';

const README = join(__dirname, '..', '..', 'README.md');

/** `npm run docs:operations` runs this with UPDATE_README=1 to rewrite the tables from the nodes. */
function rewriteTables(readme: string): string {
	const start = readme.indexOf(TABLES_START) + TABLES_START.length;
	const updated = `${readme.slice(0, start)}\n${operationTables()}\n${readme.slice(readme.indexOf(TABLES_END))}`;
	writeFileSync(README, updated);
	return updated;
}

test("the README's operation tables list exactly the nodes' operations (npm run docs:operations rewrites them)", () => {
	let readme = readFileSync(README, 'utf8');
	expect(readme).toContain(TABLES_START);
	expect(readme).toContain(TABLES_END);
	if (process.env.UPDATE_README) readme = rewriteTables(readme);
	const section = readme.slice(readme.indexOf(TABLES_START) + TABLES_START.length, readme.indexOf(TABLES_END)).trim();
	expect(section).toBe(operationTables());
});
