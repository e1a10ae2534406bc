import { execFile, execFileSync } from 'child_process';
import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import { dirname, join, relative } from 'path';

import { createChatWootMock } from '../mock-chatwoot';
import type { ChatWootMock } from '../mock-chatwoot';
import { N8nInstance, parseRunOutput, runtimeFromEnv } from './n8n';
import { chatWootUpdate, credential, workflow } from './workflows';

/**
 * One n8n-workflow: n8n's. A community package is loaded from `<user folder>/.n8n/nodes/node_modules`
 * and Node resolves its `require('n8n-workflow')` upwards from there before n8n's NODE_PATH
 * fallback. A user folder inside this checkout (as `npm start` once had) finds the checkout's
 * node_modules/n8n-workflow instead: n8n then no longer recognises the package's NodeApiError
 * and the editor shows "Error code: none" for a 401. These tests catch such a second copy.
 */
const runtime = runtimeFromEnv();
const ROOT = join(__dirname, '..', '..');
const PACKAGE_NAME: string = require(join(ROOT, 'package.json')).name;
const TOKEN = 'second-copy-token-61';

/** The file `require('n8n-workflow')` loads from the installed package's code, or undefined. */
function workflowCopyFor(userFolder: string): string | undefined {
	const installed = join(userFolder, '.n8n', 'nodes', 'node_modules', PACKAGE_NAME, 'dist', 'nodes');
	try {
		return require.resolve('n8n-workflow', { paths: [installed] });
	} catch {
		return undefined;
	}
}

const n8nsCopy = () => require.resolve('n8n-workflow', { paths: [join(runtime.installDir, 'node_modules', 'n8n')] });

/** Installs the built package into USER_FOLDER as n8n does, imports a bad-token workflow, executes it. */
async function runBadToken(n8n: N8nInstance, userFolder: string, mockUrl: string) {
	const target = join(userFolder, '.n8n', 'nodes', 'node_modules', PACKAGE_NAME);
	mkdirSync(target, { recursive: true });
	cpSync(join(ROOT, 'package.json'), join(target, 'package.json'));
	cpSync(join(ROOT, 'dist'), join(target, 'dist'), { recursive: true });
	writeFileSync(join(userFolder, '.n8n', 'nodes', 'package.json'), JSON.stringify({ name: 'installed-nodes', private: true, dependencies: { [PACKAGE_NAME]: '*' } }));
	const env = { ...(await n8n.environment()), HOME: userFolder, N8N_USER_FOLDER: userFolder };
	const cli = (args: string[]) =>
		new Promise<string>((resolve) =>
			execFile(runtime.nodeBinary, [n8n.binary, ...args], { env, maxBuffer: 64 * 1024 * 1024, timeout: 180_000 }, (_e, out, err) => resolve(`${out}\n${err}`)),
		);
	const creds = join(userFolder, 'creds.json');
	const flows = join(userFolder, 'flows.json');
	writeFileSync(creds, JSON.stringify([credential('cwWrongToken', mockUrl, 'not-the-token')]));
	writeFileSync(flows, JSON.stringify([workflow('secondCopy', [chatWootUpdate(n8n.nodeType, { accountId: '1', contactId: '1', updateFields: { name: 'x' } }, { credentialId: 'cwWrongToken' })])]));
	await cli(['import:credentials', `--input=${creds}`]);
	await cli(['import:workflow', `--input=${flows}`]);
	const run = parseRunOutput(await cli(['execute', '--id=secondCopy', '--rawOutput']));
	return run?.data.resultData.runData.ChatWoot?.[0]?.error as (Record<string, unknown> & { message: string }) | undefined;
}

// npm start runs n8n 2.x; on 1.x the same layout is covered by the other suites' user folders.
const describeOnV2 = runtime.version.startsWith('1.') ? describe.skip : describe;

describeOnV2(`n8n ${runtime.version}: the package loads n8n's own n8n-workflow`, () => {
	let mock: ChatWootMock;
	let mockUrl: string;
	let n8n: N8nInstance;
	const folders: string[] = [];

	beforeAll(async () => {
		mock = createChatWootMock();
		mockUrl = await mock.start();
		mock.addAccount(1);
		mock.addUser({ name: 'Agent', email: 'agent@example.com', accessToken: TOKEN, accountIds: [1] });
		n8n = new N8nInstance(runtime);
	});

	afterAll(async () => {
		await mock?.stop();
		n8n?.remove();
		for (const folder of folders) rmSync(folder, { recursive: true, force: true });
	});

	test("npm start's user folder is outside the checkout and resolves no second copy", () => {
		const startFolder = execFileSync('bash', [join(ROOT, 'scripts', 'start.sh'), '--print-user-folder'], { encoding: 'utf8' }).trim();
		expect(relative(ROOT, startFolder).startsWith('..')).toBe(true);
		// Its package folder need not exist yet: resolve from where it will be.
		const copy = workflowCopyFor(startFolder);
		expect(copy === undefined || copy === n8nsCopy()).toBe(true);
		// The e2e suites' own user folders, too.
		expect([undefined, n8nsCopy()]).toContain(workflowCopyFor(n8n.userFolder));
	});

	test("with a user folder outside the checkout, a 401 is n8n's NodeApiError with its HTTP code", async () => {
		const outside = mkdtempSync(join(tmpdir(), 'n8n-one-copy-'));
		folders.push(outside);
		const error = await runBadToken(n8n, outside, mockUrl);
		expect(error?.message).toMatch(/Invalid Access Token|401|token/i);
		expect(error?.name).toBe('NodeApiError');
		expect(String(error?.httpCode)).toBe('401');
	});

	test('the check catches a second copy: a user folder inside the checkout loses the HTTP code', async () => {
		const inside = mkdtempSync(join(ROOT, '.second-copy-'));
		folders.push(inside);
		expect(dirname(workflowCopyFor(inside) ?? '')).toContain(join(ROOT, 'node_modules', 'n8n-workflow'));
		expect(workflowCopyFor(inside)).not.toBe(n8nsCopy());
		const script = join(ROOT, 'scripts', 'lib.sh');
		const checked = (() => {
			try {
				execFileSync('bash', ['-c', `source "${script}" && check_single_n8n_workflow "$0" "$1"`, inside, runtime.installDir], { encoding: 'utf8', stdio: 'pipe' });
				return 'passed';
			} catch (e) {
				return String((e as { stderr?: string }).stderr);
			}
		})();
		const error = await runBadToken(n8n, inside, mockUrl);
		// npm start refuses to run like this ...
		expect(checked).toMatch(/second n8n-workflow/);
		// ... because n8n no longer recognises the error: no HTTP code for the editor to show.
		// n8n-core re-wraps the unrecognised error: the message survives, the HTTP code becomes "none".
		expect(error?.message).toMatch(/Invalid Access Token/);
		expect(String(error?.httpCode)).not.toBe('401');
	});
});
