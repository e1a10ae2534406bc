import { execFileSync, spawnSync } from 'child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';

/**
 * The release command (`npm run release -- <version>`, scripts/release.sh) and the tag check that
 * publish.yml runs before publishing (scripts/check-release-tag.sh), each run as a process: the
 * release in a throw-away git repository holding copies of the files it changes.
 */
const ROOT = join(__dirname, '..', '..');
const VERSION: string = (JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string }).version;
const GIT_IDENTITY = {
	GIT_AUTHOR_NAME: 'Release Test',
	GIT_AUTHOR_EMAIL: 'release@test.invalid',
	GIT_COMMITTER_NAME: 'Release Test',
	GIT_COMMITTER_EMAIL: 'release@test.invalid',
};

function run(script: string, args: string[], cwd = ROOT) {
	const result = spawnSync('bash', [script, ...args], { cwd, encoding: 'utf8', env: { ...process.env, ...GIT_IDENTITY } });
	return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe('scripts/check-release-tag.sh', () => {
	const check = join(ROOT, 'scripts', 'check-release-tag.sh');

	test('accepts "v" + package.json\'s version', () => {
		expect(run(check, [`v${VERSION}`])).toEqual({
			status: 0,
			stdout: `Release tag v${VERSION} matches package.json's version ${VERSION}.\n`,
			stderr: '',
		});
	});

	test.each([`v${VERSION}.1`, VERSION, 'v99.0.0', `${VERSION}-rc.1`])('refuses the tag %s, naming both versions', (tag) => {
		const result = run(check, [tag]);
		expect(result.status).toBe(1);
		expect(result.stdout).toBe('');
		expect(result.stderr).toBe(
			`Release tag ${tag} does not match package.json's version ${VERSION}: tag the commit v${VERSION}, or set the version with 'npm run release -- <version>'.\n`,
		);
	});

	test('refuses to run without a tag', () => {
		expect(run(check, [])).toMatchObject({ status: 2, stderr: 'Usage: scripts/check-release-tag.sh <tag> [repository URL], e.g. v1.2.3\n' });
	});

	// publish.yml passes the repository it runs in: npm refuses provenance from another repository.
	const declared = (JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { repository: { url: string } }).repository.url;
	const repository = declared.replace(/^git\+/, '').replace(/\.git$/, '');

	test('accepts the repository package.json names, whatever the case', () => {
		const result = run(check, [`v${VERSION}`, repository.toUpperCase().replace('HTTPS://GITHUB.COM', 'https://github.com')]);
		expect(result.status).toBe(0);
		expect(result.stderr).toBe('');
	});

	test('refuses another repository, naming both', () => {
		const result = run(check, [`v${VERSION}`, 'https://github.com/someone/a-fork']);
		expect(result.status).toBe(1);
		expect(result.stderr).toBe(
			`package.json's repository.url is '${declared}', but this is published from https://github.com/someone/a-fork: npm would refuse the provenance statement. Set repository.url (and homepage, bugs) to https://github.com/someone/a-fork.\n`,
		);
	});
});

describe('scripts/release.sh', () => {
	let repo: string;
	const git = (...args: string[]) => execFileSync('git', args, { cwd: repo, encoding: 'utf8', env: { ...process.env, ...GIT_IDENTITY } }).trim();
	const release = (...args: string[]) => run(join(repo, 'scripts', 'release.sh'), args, repo);
	const readJson = (file: string) => JSON.parse(readFileSync(join(repo, file), 'utf8')) as { version: string; packages: Record<string, { version?: string }> };
	const changelog = (unreleased: string) =>
		`# Changelog\n\n## [Unreleased]\n${unreleased}\n## [0.1.0]\n\n### Added\n- The first node.\n`;

	beforeEach(() => {
		repo = mkdtempSync(join(tmpdir(), 'release-test-'));
		mkdirSync(join(repo, 'scripts'));
		for (const script of ['release.sh', 'check-release-tag.sh']) copyFileSync(join(ROOT, 'scripts', script), join(repo, 'scripts', script));
		writeFileSync(join(repo, 'package.json'), JSON.stringify({ name: 'release-test', version: '0.1.0', license: 'MIT' }, null, 2) + '\n');
		writeFileSync(
			join(repo, 'package-lock.json'),
			JSON.stringify({ name: 'release-test', version: '0.1.0', lockfileVersion: 3, requires: true, packages: { '': { name: 'release-test', version: '0.1.0', license: 'MIT' } } }, null, 2) + '\n',
		);
		writeFileSync(join(repo, 'CHANGELOG.md'), changelog('\n### Fixed\n- A bug.\n'));
		git('init', '-q');
		git('add', '-A');
		git('commit', '-q', '-m', 'Start');
	});

	afterEach(() => rmSync(repo, { recursive: true, force: true }));

	test('sets the version, dates the changelog section, commits and tags v<version>', () => {
		const result = release('0.2.0');
		const today = new Date().toISOString().slice(0, 10);

		expect(result.status).toBe(0);
		expect(result.stdout).toContain('git push origin HEAD v0.2.0');
		expect(readJson('package.json').version).toBe('0.2.0');
		expect(readJson('package-lock.json').version).toBe('0.2.0');
		expect(readJson('package-lock.json').packages[''].version).toBe('0.2.0');
		expect(readFileSync(join(repo, 'CHANGELOG.md'), 'utf8')).toBe(
			`# Changelog\n\n## [Unreleased]\n\n## [0.2.0] - ${today}\n\n### Fixed\n- A bug.\n\n## [0.1.0]\n\n### Added\n- The first node.\n`,
		);
		expect(git('status', '--porcelain')).toBe('');
		expect(git('log', '--format=%s')).toBe('Release 0.2.0\nStart');
		expect(git('show', '--name-only', '--format=', 'HEAD').split('\n').sort()).toEqual(['CHANGELOG.md', 'package-lock.json', 'package.json']);
		// An annotated tag on the release commit, which the publish workflow's tag check accepts.
		expect(git('cat-file', '-t', 'v0.2.0')).toBe('tag');
		expect(git('rev-list', '-n', '1', 'v0.2.0')).toBe(git('rev-parse', 'HEAD'));
		expect(run(join(repo, 'scripts', 'check-release-tag.sh'), ['v0.2.0'], repo).status).toBe(0);
	});

	test('accepts the version with a leading v', () => {
		expect(release('v0.2.0').status).toBe(0);
		expect(git('tag')).toBe('v0.2.0');
	});

	test.each([
		['a work tree with changes', () => writeFileSync(join(repo, 'notes.txt'), 'draft\n'), '0.2.0', 'the work tree has uncommitted changes'],
		['a version that is not MAJOR.MINOR.PATCH', () => undefined, '1.2', "'1.2' is not a version"],
		['the version package.json already has', () => undefined, '0.1.0', 'package.json is already at 0.1.0'],
		['a version whose tag exists', () => git('tag', 'v0.2.0'), '0.2.0', 'tag v0.2.0 already exists'],
		['an empty [Unreleased] section', () => (writeFileSync(join(repo, 'CHANGELOG.md'), changelog('')), git('commit', '-qam', 'Empty')), '0.2.0', "CHANGELOG.md's [Unreleased] section is empty"],
		['no version', () => undefined, '', 'usage: npm run release -- <version>'],
	])('refuses %s and changes nothing', (_case, arrange, version, message) => {
		arrange();
		const head = git('rev-parse', 'HEAD');
		const tags = git('tag');
		const status = git('status', '--porcelain');

		const result = release(...(version ? [version] : []));

		expect(result.status).toBe(1);
		expect(result.stderr).toContain(`release: ${message}`);
		expect(git('rev-parse', 'HEAD')).toBe(head);
		expect(git('tag')).toBe(tags);
		expect(git('status', '--porcelain')).toBe(status);
		expect(readJson('package.json').version).toBe('0.1.0');
	});
});
