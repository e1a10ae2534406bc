import { execFileSync } from 'child_process';
import { readFileSync } from 'fs';
import { join } from 'path';

/**
 * What `npm pack` puts in the published package (after `npm run build`, which `npm test` runs
 * first): the built code, n8n's lazy-loading metadata and the icons, the README, CHANGELOG and
 * LICENSE, nothing from the sources, tests, scripts, workflows or benchmarks, and no source maps
 * (they point at TypeScript files that are not shipped).
 */
const ROOT = join(__dirname, '..', '..');
const manifest = require(join(ROOT, 'package.json')) as {
	license: string;
	keywords: string[];
	homepage: string;
	repository: { type: string; url: string };
	bugs: { url: string };
	author: { name: string; email: string };
	n8n: { nodes: string[]; credentials: string[] };
};

const packed = (
	JSON.parse(execFileSync('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], { cwd: ROOT, encoding: 'utf8' })) as Array<{
		files: Array<{ path: string }>;
	}>
)[0].files.map((file) => file.path);

test('the package holds dist/, the README, the CHANGELOG, the LICENSE and package.json only', () => {
	expect(packed.filter((path) => !path.startsWith('dist/')).sort()).toEqual(['CHANGELOG.md', 'LICENSE', 'README.md', 'package.json']);
	expect(packed.filter((path) => /^dist\/(test|bench|scripts|examples|docs)\//.test(path))).toEqual([]);
	expect(packed.filter((path) => path.endsWith('.map') || /\.ts$/.test(path.replace(/\.d\.ts$/, '')))).toEqual([]);
});

test('every node and credential package.json announces is in it, with n8n metadata and both icons', () => {
	for (const file of [...manifest.n8n.nodes, ...manifest.n8n.credentials]) expect(packed).toContain(file);
	for (const file of ['dist/known/nodes.json', 'dist/known/credentials.json', 'dist/types/nodes.json', 'dist/types/credentials.json']) {
		expect(packed).toContain(file);
	}
	expect(packed).toEqual(expect.arrayContaining(['dist/icons/chatwoot.svg', 'dist/icons/chatwoot.dark.svg']));
});

test('the LICENSE is the MIT licence package.json names', () => {
	expect(manifest.license).toBe('MIT');
	expect(readFileSync(join(ROOT, 'LICENSE'), 'utf8')).toMatch(/^MIT License\n\nCopyright \(c\) \d{4} /);
});

// n8n's verification matches the npm package to its public GitHub repository and author, and finds
// community packages by the keyword.
test('package.json links the GitHub repository, its issues and an author with an email', () => {
	const repository = /^https:\/\/github\.com\/([\w.-]+\/[\w.-]+?)(\.git)?$/;
	const [, slug] = repository.exec(manifest.repository.url) ?? [];
	expect(manifest.repository.type).toBe('git');
	expect(slug).toBeDefined();
	expect(manifest.homepage).toBe(`https://github.com/${slug}`);
	expect(manifest.bugs.url).toBe(`https://github.com/${slug}/issues`);
	expect(manifest.author.email).toMatch(/^[^@\s]+@[^@\s]+\.[a-z]+$/);
	expect(manifest.keywords).toContain('n8n-community-node-package');
});
