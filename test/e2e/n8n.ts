import { execFile } from 'child_process';
import { cpSync, mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import { dirname, join } from 'path';

const ROOT = join(__dirname, '..', '..');
const PACKAGE_NAME: string = require(join(ROOT, 'package.json')).name;

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

export interface N8nRunOutput {
	data: {
		resultData: {
			error?: { message: string; description?: string };
			runData: Record<string, Array<{ data?: { main: Array<Array<{ json: Record<string, unknown>; pairedItem?: unknown }>> }; error?: { message: string; description?: string } }>>;
		};
	};
}

/**
 * A real n8n with a fresh user folder, the built package installed the way n8n installs
 * community packages (`<user folder>/.n8n/nodes/node_modules/<package>`), driven through its CLI.
 */
export class N8nInstance {
	readonly userFolder = mkdtempSync(join(tmpdir(), 'n8n-e2e-'));
	readonly filesFolder = join(this.userFolder, 'files');

	constructor(private readonly runtime: N8nRuntime) {
		const target = join(this.userFolder, '.n8n', 'nodes', 'node_modules', PACKAGE_NAME);
		mkdirSync(target, { recursive: true });
		cpSync(join(ROOT, 'package.json'), join(target, 'package.json'));
		cpSync(join(ROOT, 'dist'), join(target, 'dist'), { recursive: true });
		writeFileSync(
			join(this.userFolder, '.n8n', 'nodes', 'package.json'),
			JSON.stringify({ name: 'installed-nodes', private: true, dependencies: { [PACKAGE_NAME]: '*' } }),
		);
		mkdirSync(this.filesFolder);
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
		const lines = output.split('\n');
		const start = lines.findIndex((line) => line.startsWith('{'));
		const end = lines.map((line) => line.startsWith('}')).lastIndexOf(true);
		const run = start >= 0 && end >= start ? (JSON.parse(lines.slice(start, end + 1).join('\n')) as N8nRunOutput) : undefined;
		return { exitCode: code, run, output };
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

	private cli(args: string[]): Promise<{ code: number; output: string }> {
		const { nodeBinary, installDir, extraEnv } = this.runtime;
		const env = {
			PATH: `${dirname(nodeBinary)}:${process.env.PATH}`,
			HOME: this.userFolder,
			N8N_USER_FOLDER: this.userFolder,
			N8N_LOG_LEVEL: 'info',
			N8N_DIAGNOSTICS_ENABLED: 'false',
			N8N_VERSION_NOTIFICATIONS_ENABLED: 'false',
			N8N_RESTRICT_FILE_ACCESS_TO: this.filesFolder,
			N8N_ENFORCE_SETTINGS_FILE_PERMISSIONS: 'false',
			N8N_SECURE_COOKIE: 'false',
			...extraEnv,
		};
		const bin = join(installDir, 'node_modules', 'n8n', 'bin', 'n8n');
		return new Promise((resolve) => {
			execFile(nodeBinary, [bin, ...args], { env, maxBuffer: 256 * 1024 * 1024, timeout: 300_000 }, (error, stdout, stderr) => {
				const code = error ? (typeof error.code === 'number' ? error.code : 1) : 0;
				resolve({ code, output: `${stdout}\n${stderr}` });
			});
		});
	}
}
