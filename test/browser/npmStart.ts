import { spawn } from 'child_process';
import type { ChildProcess } from 'child_process';
import { mkdtempSync, rmSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';

import { freePort } from '../e2e/n8n';

const ROOT = join(__dirname, '..', '..');

export interface StartedN8n {
	url: string;
	output: () => string;
	stop(): Promise<void>;
}

/**
 * `npm start` itself (scripts/start.sh), in a fresh user folder on a free port, using the dist/
 * that scripts/browser.sh built. Resolves once start.sh says n8n is ready.
 */
export async function npmStart(): Promise<StartedN8n> {
	const userFolder = mkdtempSync(join(tmpdir(), 'n8n-browser-'));
	const port = await freePort();
	// Jest sets NODE_ENV=test, which n8n takes for its own unit tests (it then refuses to load nodes).
	const { NODE_ENV: _jest, ...environment } = process.env;
	const child: ChildProcess = spawn('bash', [join(ROOT, 'scripts', 'start.sh')], {
		env: { ...environment, N8N_PORT: String(port), N8N_START_USER_FOLDER: userFolder, N8N_START_SKIP_BUILD: '1', N8N_RUNNERS_BROKER_PORT: String(await freePort()) },
		stdio: ['ignore', 'pipe', 'pipe'],
		detached: true,
	});
	let output = '';
	child.stdout!.on('data', (chunk: Buffer) => (output += chunk.toString()));
	child.stderr!.on('data', (chunk: Buffer) => (output += chunk.toString()));
	const stop = async () => {
		if (child.exitCode === null) {
			// start.sh and the n8n it started form one process group.
			process.kill(-child.pid!, 'SIGTERM');
			await new Promise((resolve) => child.once('exit', resolve));
		}
		rmSync(userFolder, { recursive: true, force: true });
	};
	const deadline = Date.now() + 240_000;
	while (!output.includes('n8n is ready')) {
		if (child.exitCode !== null) throw new Error(`npm start exited with ${child.exitCode}:\n${output}`);
		if (Date.now() > deadline) {
			await stop();
			throw new Error(`npm start did not become ready within 240 s:\n${output}`);
		}
		await new Promise((resolve) => setTimeout(resolve, 250));
	}
	return { url: `http://127.0.0.1:${port}`, output: () => output, stop };
}
