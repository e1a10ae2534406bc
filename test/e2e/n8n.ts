import { execFile, spawn } from 'child_process';
import { createServer } from 'net';
import { cpSync, existsSync, mkdtempSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import { dirname, join } from 'path';

const ROOT = join(__dirname, '..', '..');
const PACKAGE_NAME: string = require(join(ROOT, 'package.json')).name;

/** A port nothing listens on right now, so parallel n8n processes do not collide. */
export async function freePort(): Promise<number> {
	const server = createServer();
	await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
	const { port } = server.address() as { port: number };
	await new Promise((resolve) => server.close(resolve));
	return port;
}

export interface RunningN8n {
	url: string;
	stop(): Promise<void>;
}

/** Which n8n to run: set by scripts/e2e.sh for each version under test. */
export interface N8nRuntime {
	version: string;
	nodeBinary: string;
	installDir: string;
	extraEnv: Record<string, string>;
}

export function runtimeFromEnv(): N8nRuntime {
	const { N8N_E2E_VERSION, N8N_E2E_NODE, N8N_E2E_DIR, N8N_E2E_ENV } = process.env;
	if (!N8N_E2E_VERSION || !N8N_E2E_NODE || !N8N_E2E_DIR) {
		throw new Error('Run the end-to-end tests through scripts/e2e.sh (npm run test:e2e), which installs n8n first');
	}
	return {
		version: N8N_E2E_VERSION,
		nodeBinary: N8N_E2E_NODE,
		installDir: N8N_E2E_DIR,
		extraEnv: N8N_E2E_ENV ? (JSON.parse(N8N_E2E_ENV) as Record<string, string>) : {},
	};
}

export interface Execution {
	exitCode: number;
	/** The run data n8n printed (`--rawOutput`), when it printed any. */
	run?: N8nRunOutput;
	output: string;
}

/** The run data `n8n execute --rawOutput` prints, with the fields tests and benchmarks read. */
export interface N8nRunOutput {
	startedAt?: string;
	stoppedAt?: string;
	data: {
		resultData: {
			error?: { message: string; description?: string };
			runData: Record<
				string,
				Array<{
					executionTime?: number;
					data?: { main: Array<Array<{ json: Record<string, unknown>; pairedItem?: unknown }>> };
					error?: { message: string; description?: string };
				}>
			>;
		};
	};
}

/** `--rawOutput` prints the run as a JSON block between log lines: from the first line opening `{` to the last closing `}`. */
export function parseRunOutput(output: string): N8nRunOutput | undefined {
	const lines = output.split('\n');
	const start = lines.findIndex((line) => line.startsWith('{'));
	const end = lines.map((line) => line.startsWith('}')).lastIndexOf(true);
	if (start < 0 || end < start) return undefined;
	try {
		return JSON.parse(lines.slice(start, end + 1).join('\n')) as N8nRunOutput;
	} catch {
		return undefined;
	}
}

/**
 * A real n8n with a fresh user folder, the built package installed the way n8n installs
 * community packages (`<user folder>/.n8n/nodes/node_modules/<package>`), driven through its CLI.
 */
export class N8nInstance {
	readonly userFolder = mkdtempSync(join(tmpdir(), 'n8n-e2e-'));
	readonly filesFolder = join(this.userFolder, 'files');

	constructor(protected readonly runtime: N8nRuntime) {
		mkdirSync(this.filesFolder, { recursive: true });
		this.installPackage(ROOT);
	}

	/**
	 * Installs a built package as n8n's community-package install leaves it: under
	 * `.n8n/nodes/node_modules/<name>` (package.json + dist/) and listed in `.n8n/nodes/package.json`.
	 * `dependenciesDir`, a node_modules folder, is copied alongside for packages that have dependencies.
	 */
	installPackage(packageDir: string, dependenciesDir?: string): string {
		const nodesFolder = join(this.userFolder, '.n8n', 'nodes');
		const { name } = JSON.parse(readFileSync(join(packageDir, 'package.json'), 'utf8')) as { name: string };
		for (const entry of dependenciesDir ? readdirSync(dependenciesDir) : []) {
			if (!entry.startsWith('.')) cpSync(join(dependenciesDir!, entry), join(nodesFolder, 'node_modules', entry), { recursive: true, dereference: true });
		}
		const target = join(nodesFolder, 'node_modules', name);
		cpSync(join(packageDir, 'package.json'), join(target, 'package.json'));
		cpSync(join(packageDir, 'dist'), join(target, 'dist'), { recursive: true, dereference: true });
		this.listInstalled(name);
		return name;
	}

	/** Installs a test-only package kept as plain JavaScript (no build, no dist/), e.g. one under test/e2e/fixtures. */
	installFixturePackage(packageDir: string): string {
		const { name } = JSON.parse(readFileSync(join(packageDir, 'package.json'), 'utf8')) as { name: string };
		cpSync(packageDir, join(this.userFolder, '.n8n', 'nodes', 'node_modules', name), { recursive: true });
		this.listInstalled(name);
		return name;
	}

	/** Lists a package in `.n8n/nodes/package.json`, where n8n finds the community packages it loads. */
	private listInstalled(name: string): void {
		const listFile = join(this.userFolder, '.n8n', 'nodes', 'package.json');
		type InstalledList = { name: string; private: boolean; dependencies: Record<string, string> };
		const list: InstalledList = existsSync(listFile)
			? (JSON.parse(readFileSync(listFile, 'utf8')) as InstalledList)
			: { name: 'installed-nodes', private: true, dependencies: {} };
		list.dependencies[name] = '*';
		writeFileSync(listFile, JSON.stringify(list));
	}

	get nodeType(): string {
		return `${PACKAGE_NAME}.chatWoot`;
	}

	async importCredentials(credentials: object[]): Promise<void> {
		await this.importFile('import:credentials', credentials);
	}

	async importWorkflows(workflows: object[]): Promise<void> {
		await this.importFile('import:workflow', workflows);
	}

	async execute(workflowId: string): Promise<Execution> {
		const { code, output } = await this.cli(['execute', `--id=${workflowId}`, '--rawOutput']);
		return { exitCode: code, run: parseRunOutput(output), output };
	}

	remove(): void {
		rmSync(this.userFolder, { recursive: true, force: true });
	}

	private async importFile(command: string, content: object[]): Promise<void> {
		const file = join(this.userFolder, `${command.replace(':', '-')}.json`);
		writeFileSync(file, JSON.stringify(content));
		const { code, output } = await this.cli([command, `--input=${file}`]);
		if (code !== 0) throw new Error(`n8n ${command} failed (${code}):\n${output}`);
	}

	/**
	 * Marks imported workflows active so that the next `serve()` activates them: n8n 2.x
	 * publishes them (importing `active: true` is ignored), n8n 1.x sets the active flag.
	 */
	async activateWorkflows(ids: string[]): Promise<void> {
		for (const id of ids) {
			const args = this.runtime.version.startsWith('1.') ? ['update:workflow', `--id=${id}`, '--active=true'] : ['publish:workflow', `--id=${id}`];
			const { code, output } = await this.cli(args);
			if (code !== 0) throw new Error(`n8n ${args[0]} failed (${code}):\n${output}`);
		}
	}

	/** `n8n start`: the editor and REST API, as `npm start` runs it; resolves once it answers. */
	async serve(): Promise<RunningN8n> {
		const port = await freePort();
		const child = spawn(this.runtime.nodeBinary, [this.binary, 'start'], {
			env: { ...(await this.environment()), N8N_PORT: String(port), N8N_LISTEN_ADDRESS: '127.0.0.1' },
			stdio: ['ignore', 'pipe', 'pipe'],
		});
		let output = '';
		child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
		child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
		const url = `http://127.0.0.1:${port}`;
		const stop = async () => {
			if (child.exitCode !== null) return;
			child.kill('SIGTERM');
			await new Promise((resolve) => child.once('exit', resolve));
		};
		const deadline = Date.now() + 180_000;
		while (Date.now() < deadline) {
			if (child.exitCode !== null) throw new Error(`n8n start exited with ${child.exitCode}:\n${output}`);
			// While it starts, n8n answers every path with a 200 text page; settings come as JSON once it is up.
			const ready = await fetch(`${url}/rest/settings`).then(
				(r) => r.ok && (r.headers.get('content-type') ?? '').includes('json'),
				() => false,
			);
			if (ready) return { url, stop };
			await new Promise((resolve) => setTimeout(resolve, 500));
		}
		await stop();
		throw new Error(`n8n start did not answer within 180 s:\n${output}`);
	}

	/** The n8n CLI script, run with `runtime.nodeBinary`. */
	get binary(): string {
		return join(this.runtime.installDir, 'node_modules', 'n8n', 'bin', 'n8n');
	}

	/** The environment every n8n command of this instance runs with. */
	async environment(): Promise<Record<string, string>> {
		const { nodeBinary, extraEnv } = this.runtime;
		return {
			PATH: `${dirname(nodeBinary)}:${process.env.PATH}`,
			HOME: this.userFolder,
			N8N_USER_FOLDER: this.userFolder,
			N8N_LOG_LEVEL: 'info',
			N8N_DIAGNOSTICS_ENABLED: 'false',
			N8N_VERSION_NOTIFICATIONS_ENABLED: 'false',
			N8N_PERSONALIZATION_ENABLED: 'false',
			N8N_RESTRICT_FILE_ACCESS_TO: this.filesFolder,
			N8N_ENFORCE_SETTINGS_FILE_PERMISSIONS: 'false',
			N8N_SECURE_COOKIE: 'false',
			N8N_RUNNERS_BROKER_PORT: String(await freePort()),
			...extraEnv,
		};
	}

	private async cli(args: string[]): Promise<{ code: number; output: string }> {
		const env = await this.environment();
		return await new Promise((resolve) => {
			execFile(this.runtime.nodeBinary, [this.binary, ...args], { env, maxBuffer: 256 * 1024 * 1024, timeout: 300_000 }, (error, stdout, stderr) => {
				const code = error ? (typeof error.code === 'number' ? error.code : 1) : 0;
				resolve({ code, output: `${stdout}\n${stderr}` });
			});
		});
	}
}
