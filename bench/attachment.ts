/**
 * Memory of sending a large attachment (Message → Create with Attachments) in a real n8n:
 * the n8n process's peak resident set (VmHWM) sending a 40 MB file, minus the same workflow
 * sending a 1 KB file, as a ratio of the file size. Compared: the node's streamed multipart
 * body ("streamed"), the same following redirects ("redirects"), Node's FormData with a Blob
 * ("blob"), and the form-data package ("form-data"), each in n8n's default binary mode and with
 * N8N_DEFAULT_BINARY_DATA_MODE=filesystem.
 * A reference row ("read only") runs the same workflow without the ChatWoot node: what reading
 * the file into n8n costs by itself, so the node's own share is the difference.
 * Run through bench/attachment.sh (npm run bench:attachment). Options: --runs N (3), --mb N (40),
 * --only read-only,streamed,redirects,blob,form-data, --modes default,filesystem.
 * A variant or mode that fails is reported with the check that failed and what was seen, and the
 * others still run; the exit code is 1 when any failed.
 */
import { randomBytes } from 'crypto';
import { build } from 'esbuild';
import { writeFileSync } from 'fs';
import { join, resolve } from 'path';

import { createChatWootMock } from '../test/mock-chatwoot';
import { seedMessages } from '../test/mock-chatwoot/resources/messages';
import { runtimeFromEnv } from '../test/e2e/n8n';
import type { N8nRunOutput } from '../test/e2e/n8n';
import { credential, CREDENTIAL_ID, workflow } from '../test/e2e/workflows';
import type { RecordedRequest } from '../test/support/recordRequest';
import { BenchN8n } from './lib/n8nBench';
import type { TimedExecution } from './lib/n8nBench';

const TOKEN = 'bench-attachment-token-77e1';
const ROOT = resolve(__dirname, '..');
const MULTIPART_MODULE = join(ROOT, 'nodes', 'ChatWoot', 'transport', 'multipart');
/**
 * The variants' replacements of transport/multipart, each re-exporting the rest of it; the
 * node's own ("streamed") is bundled the same way, so that every row's node is built alike (n8n's
 * start-up peak, which the 1 KB baseline measures, depends on the build).
 */
const VARIANT_MODULES: Record<string, string | undefined> = {
	streamed: undefined,
	blob: join(__dirname, 'attachmentVariants', 'blob.ts'),
	'form-data': join(__dirname, 'attachmentVariants', 'formData.ts'),
	redirects: join(__dirname, 'attachmentVariants', 'followingRedirects.ts'),
};

function option(name: string, fallback: string): string {
	const index = process.argv.indexOf(`--${name}`);
	return index > 0 ? process.argv[index + 1] : fallback;
}

const runs = Number(option('runs', '3'));
const megabytes = Number(option('mb', '40'));
const implementations = option('only', 'read-only,streamed,blob,form-data').split(',');
const modes = option('modes', 'default,filesystem').split(',');

/**
 * Replaces the installed package's ChatWoot node with one bundled from the sources (as the
 * package build bundles it) in which the node's imports of transport/multipart get the variant,
 * if any.
 * Redirecting imports, rather than patching the built file, reaches the calls between
 * multipart's own functions too, whatever the build's layout.
 */
async function installVariant(installedPackage: string, variantModule: string | undefined, formDataPath: string): Promise<void> {
	await build({
		entryPoints: [join(ROOT, 'nodes', 'ChatWoot', 'ChatWoot.node.ts')],
		outfile: join(installedPackage, 'dist', 'nodes', 'ChatWoot', 'ChatWoot.node.js'),
		bundle: true,
		platform: 'node',
		target: 'node20',
		format: 'cjs',
		external: ['n8n-workflow'],
		logLevel: 'warning',
		plugins: [
			{
				name: 'attachment-variant',
				setup(bundler) {
					bundler.onResolve({ filter: /multipart$/ }, ({ path, resolveDir, importer }) =>
						variantModule && importer !== variantModule && resolve(resolveDir, path) === MULTIPART_MODULE ? { path: variantModule } : undefined,
					);
					bundler.onResolve({ filter: /^form-data$/ }, () => ({ path: formDataPath }));
				},
			},
		],
	});
}

type SavedRun = N8nRunOutput & { status?: string };

/**
 * Why a run cannot be counted (which check failed and what was seen), or undefined. The peak is
 * read while n8n runs, so a crash of `n8n execute` after the execution was saved as a success
 * does not void it: it is counted and reported apart (`crashedOnExit`).
 */
function runProblem(timed: TimedExecution, post: RecordedRequest | undefined, expectedBytes: number | undefined): string | undefined {
	const run = timed.run as SavedRun | undefined;
	const tail = timed.output.slice(-600).trim();
	if (!run) return `n8n printed no execution (exit code ${timed.exitCode}); its output ends: ${tail}`;
	const error = run.data.resultData.error ?? Object.values(run.data.resultData.runData).flat().find((node) => node.error)?.error;
	if (error) return `the execution failed: ${error.message}${error.description ? ` (${error.description})` : ''}`;
	if (run.status !== undefined && run.status !== 'success') return `the execution was saved as "${run.status}"`;
	if (timed.peakRssMb === undefined) return "n8n's peak memory could not be read from /proc";
	if (expectedBytes === undefined) return undefined;
	if (!post) return 'the mock received no POST';
	const parts = Object.keys(post.files);
	const file = post.files['attachments[]']?.[0];
	if (!file) return `the POST ${post.path} had no attachments[] file part (file parts: ${parts.join(', ') || 'none'}; fields: ${post.fields.map(([name]) => name).join(', ') || 'none'})`;
	if (file.bytes.length !== expectedBytes) return `the attachments[] part was ${file.bytes.length} bytes, expected ${expectedBytes}`;
	return undefined;
}

const crashedOnExit = (timed: TimedExecution) => timed.exitCode !== 0;

function median(values: number[]): number {
	const sorted = [...values].sort((a, b) => a - b);
	const middle = Math.floor(sorted.length / 2);
	return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

async function main() {
	const runtime = runtimeFromEnv();
	const mock = createChatWootMock();
	const baseUrl = await mock.start();
	const account = mock.addAccount(1);
	mock.addUser({ name: 'Agent', email: 'agent@example.com', accessToken: TOKEN, accountIds: [1] });
	seedMessages(mock, account, 7, 1);
	const fileBytes = megabytes * 1024 * 1024;
	const rows: string[] = [];
	let failed = false;
	console.log(`n8n ${runtime.version}, ${megabytes} MB attachment, ${runs} runs; growth = VmHWM(${megabytes} MB) - VmHWM(1 KB)`);
	for (const implementation of implementations) {
		const n8n = new BenchN8n(runtime);
		try {
			const installed = join(n8n.userFolder, '.n8n', 'nodes', 'node_modules', 'n8n-nodes-chatwoot-api');
			if (implementation !== 'read-only') {
				if (!(implementation in VARIANT_MODULES)) {
					throw new Error(`unknown implementation "${implementation}" (read-only, ${Object.keys(VARIANT_MODULES).join(', ')})`);
				}
				await installVariant(installed, VARIANT_MODULES[implementation], require.resolve('form-data', { paths: [runtime.installDir] }));
			}
			const files = n8n.instance.filesFolder;
			writeFileSync(join(files, 'large.bin'), randomBytes(fileBytes));
			writeFileSync(join(files, 'small.bin'), randomBytes(1024));
			await n8n.instance.importCredentials([credential(CREDENTIAL_ID, baseUrl, TOKEN)]);
			const readFile = (file: string) => ({
				name: 'Read File',
				type: 'n8n-nodes-base.readWriteFile',
				typeVersion: 1,
				parameters: { operation: 'read', fileSelector: join(files, file), options: {} },
			});
			const readOnly = implementation === 'read-only';
			const send = (id: string, file: string) =>
				workflow(id, readOnly ? [readFile(file)] : [
					readFile(file),
					{
						name: 'ChatWoot',
						type: n8n.instance.nodeType,
						typeVersion: 1,
						parameters: { resource: 'message', operation: 'create', accountId: '1', conversationId: '7', content: 'file', messageAdditionalFields: { attachments: 'data' } },
						credentials: { chatWootTokenApi: { id: CREDENTIAL_ID, name: `ChatWoot ${CREDENTIAL_ID}` } },
					},
				]);
			await n8n.instance.importWorkflows([send('wfLarge', 'large.bin'), send('wfSmall', 'small.bin')]);
			for (const mode of modes) {
				const label = `${implementation}/${mode}`;
				const extraEnv: Record<string, string> = mode === 'default' ? {} : { N8N_DEFAULT_BINARY_DATA_MODE: mode };
				const execute = async (workflowId: string, expectedBytes: number) => {
					const before = mock.requests.length;
					const timed = await n8n.executeTimed(workflowId, { extraEnv });
					const post = mock.requests.slice(before).find((request) => request.method === 'POST');
					const problem = runProblem(timed, post, readOnly ? undefined : expectedBytes);
					if (problem) throw new Error(`${label}, ${workflowId === 'wfSmall' ? '1 KB baseline' : `${megabytes} MB run`}: ${problem}`);
					return timed;
				};
				try {
					const baseline = await execute('wfSmall', 1024);
					const timings = [];
					for (let run = 0; run < runs; run++) timings.push(await execute('wfLarge', fileBytes));
					const growth = timings.map((timed) => timed.peakRssMb! - baseline.peakRssMb!);
					const crashes = [baseline, ...timings].filter(crashedOnExit);
					const ratio = (mb: number) => (mb / megabytes).toFixed(2);
					const row =
						`${implementation.padEnd(10)} ${mode.padEnd(10)} baseline ${baseline.peakRssMb!.toFixed(0)} MB; growth min/median/max ` +
						`${Math.min(...growth).toFixed(1)}/${median(growth).toFixed(1)}/${Math.max(...growth).toFixed(1)} MB = ` +
						`${ratio(Math.min(...growth))}/${ratio(median(growth))}/${ratio(Math.max(...growth))}x file` +
						(crashes.length ? `; ${crashes.length} of ${runs + 1} n8n processes crashed on exit after saving a successful execution (${crashes.map((timed) => /killed by (\w+)/.exec(timed.output)?.[1] ?? `exit code ${timed.exitCode}`).join(', ')})` : '');
					console.log(row);
					rows.push(row);
				} catch (error) {
					failed = true;
					const row = `${implementation.padEnd(10)} ${mode.padEnd(10)} FAILED: ${(error as Error).message}`;
					console.log(row);
					rows.push(row);
				}
			}
		} catch (error) {
			failed = true;
			const row = `${implementation.padEnd(10)} FAILED to set up: ${(error as Error).message}`;
			console.log(row);
			rows.push(row);
		} finally {
			n8n.remove();
		}
	}
	await mock.stop();
	console.log(['', ...rows].join('\n'));
	if (failed) process.exitCode = 1;
}

main().catch((error) => {
	console.error(error);
	process.exit(1);
});
