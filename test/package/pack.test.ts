import { execFileSync } from 'child_process';
import { join } from 'path';

/**
 * What `npm pack` puts in the published package (after `npm run build`, which `npm test` runs
 * first): the built code, n8n's lazy-loading metadata and the icons, nothing from the sources,
 * tests or benchmarks, and no source maps (they point at TypeScript files that are not shipped).
 */
const ROOT = join(__dirname, '..', '..');
const manifest = require(join(ROOT, 'package.json')) as { n8n: { nodes: string[]; credentials: string[] } };

const packed = (
	JSON.parse(execFileSync('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], { cwd: ROOT, encoding: 'utf8' })) as Array<{
		files: Array<{ path: string }>;
	}>
)[0].files.map((file) => file.path);

test('the package holds dist/, the README, the CHANGELOG and package.json only', () => {
	expect(packed.filter((path) => !path.startsWith('dist/')).sort()).toEqual(['CHANGELOG.md', 'README.md', 'package.json']);
	expect(packed.filter((path) => path.endsWith('.map') || /\.ts$/.test(path.replace(/\.d\.ts$/, '')))).toEqual([]);
});

test('every node and credential package.json announces is in it, with n8n metadata and both icons', () => {
	for (const file of [...manifest.n8n.nodes, ...manifest.n8n.credentials]) expect(packed).toContain(file);
	for (const file of ['dist/known/nodes.json', 'dist/known/credentials.json', 'dist/types/nodes.json', 'dist/types/credentials.json']) {
		expect(packed).toContain(file);
	}
	expect(packed).toEqual(expect.arrayContaining(['dist/icons/chatwoot.svg', 'dist/icons/chatwoot.dark.svg']));
});
