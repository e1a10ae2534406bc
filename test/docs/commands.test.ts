import { existsSync, readdirSync, readFileSync, statSync } from 'fs';
import { join, relative } from 'path';

const ROOT = join(__dirname, '..', '..');

/** The documents a reader copies commands from: both READMEs, the changelog, the examples. */
function documents(): string[] {
	const examples = (folder: string): string[] =>
		readdirSync(folder).flatMap((name) => {
			const path = join(folder, name);
			return statSync(path).isDirectory() ? examples(path) : [path];
		});
	return [join(ROOT, 'README.md'), join(ROOT, 'bench', 'README.md'), join(ROOT, 'CHANGELOG.md'), ...examples(join(ROOT, 'examples'))];
}

interface NamedCommand {
	/** The command as written, e.g. `npm run bench:queue`. */
	text: string;
	/** An npm script it runs, or a file (relative to the package root, where commands are run) it runs. */
	script?: string;
	file?: string;
}

/** npm runs these scripts without `run`. */
const LIFECYCLE_SCRIPTS = 'start|stop|restart|test';

/**
 * Every command `text` names that depends on this package: `npm run X` (flags before X
 * skipped), `npm start`/`npm test`, `bash path` and `npx tsx path`. Prose such as "a bash
 * wrapper" is no command: a path has a slash or ends in `.sh`.
 */
function namedCommands(text: string): NamedCommand[] {
	const found: NamedCommand[] = [];
	for (const match of text.matchAll(/\bnpm run(?:-script)?(?:\s+--?[\w-]+)*\s+(\w+(?:[:.-]\w+)*)/g)) {
		found.push({ text: match[0], script: match[1] });
	}
	for (const match of text.matchAll(new RegExp(`\\bnpm (${LIFECYCLE_SCRIPTS})\\b`, 'g'))) {
		found.push({ text: match[0], script: match[1] });
	}
	for (const match of text.matchAll(/\b(bash|npx tsx) ([\w./-]*\w)/g)) {
		const path = match[2];
		if (match[1] === 'bash' && !path.includes('/') && !path.endsWith('.sh')) continue;
		found.push({ text: `${match[1]} ${path}`, file: path });
	}
	return found;
}

describe('the commands the docs name', () => {
	test('are found in text, with their script or file', () => {
		const text = [
			'Each benchmark has a bash wrapper. Run `npm run bench:queue -- --runs 5`, then `npm test`.',
			'npm run --silent build && npm start; see npm run test:e2e.',
			'Or `bash bench/queue.sh` and `npx tsx bench/queue.ts --runs 1`; `bash setup.sh`.',
		].join('\n');
		expect(namedCommands(text)).toEqual([
			{ text: 'npm run bench:queue', script: 'bench:queue' },
			{ text: 'npm run --silent build', script: 'build' },
			{ text: 'npm run test:e2e', script: 'test:e2e' },
			{ text: 'npm test', script: 'test' },
			{ text: 'npm start', script: 'start' },
			{ text: 'bash bench/queue.sh', file: 'bench/queue.sh' },
			{ text: 'npx tsx bench/queue.ts', file: 'bench/queue.ts' },
			{ text: 'bash setup.sh', file: 'setup.sh' },
		]);
	});

	test('all exist: every npm script is in package.json, every file in the package', () => {
		const scripts = (JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { scripts: Record<string, string> }).scripts;
		const named = documents().flatMap((document) =>
			namedCommands(readFileSync(document, 'utf8')).map((command) => ({ ...command, in: relative(ROOT, document) })),
		);
		// The docs name these at least; an empty list would mean the search itself is broken.
		expect(named.map((command) => command.text)).toEqual(expect.arrayContaining(['npm run bench:queue', 'npm test', 'npm start']));
		const missing = named
			.filter((command) => (command.script !== undefined ? !(command.script in scripts) : !existsSync(join(ROOT, command.file as string))))
			.map((command) => `${command.in}: ${command.text}`);
		expect(missing).toEqual([]);
	});

	test('every option passed to an npm script (`npm run X -- --option`) is read by the script or a file it runs', () => {
		const scripts = (JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { scripts: Record<string, string> }).scripts;
		/** The wrapper a script runs and the files the wrapper names (`bench/queue.ts`, `$ROOT/bench/lib/setup.sh`). */
		const sourcesOf = (script: string): string => {
			const wrapper = /^bash (\S+\.sh)$/.exec(scripts[script] ?? '')?.[1];
			if (!wrapper) return '';
			const text = readFileSync(join(ROOT, wrapper), 'utf8');
			const named = [...text.matchAll(/(?:\$ROOT\/)?((?:bench|scripts|test)\/[\w./-]+\.(?:ts|js|sh))/g)].map((match) => match[1]);
			return [text, ...named.filter((path) => existsSync(join(ROOT, path))).map((path) => readFileSync(join(ROOT, path), 'utf8'))].join('\n');
		};
		const unread = documents().flatMap((document) =>
			[...readFileSync(document, 'utf8').matchAll(/\bnpm run ([\w:.-]+) -- ((?:--[\w-]+(?: [^\s`-]\S*)? ?)+)/g)].flatMap(([, script, options]) =>
				[...options.matchAll(/--([\w-]+)/g)]
					.map(([, option]) => option)
					.filter((option) => !sourcesOf(script).includes(`'${option}'`) && !sourcesOf(script).includes(`--${option}`))
					.map((option) => `${relative(ROOT, document)}: npm run ${script} -- --${option}`),
			),
		);
		expect(unread).toEqual([]);
	});
});
