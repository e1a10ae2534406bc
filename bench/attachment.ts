/**
 * Memory of sending a large attachment (Message → Create with Attachments) in a real n8n:
 * the n8n process's peak resident set (VmHWM) sending a 40 MB file, minus the same workflow
 * sending a 1 KB file, as a ratio of the file size. Compared: the node's streamed multipart
 * body ("streamed"), Node's FormData with a Blob ("blob"), and the form-data package
 * ("form-data"), each in n8n's default binary mode and with N8N_DEFAULT_BINARY_DATA_MODE=filesystem.
 * A reference row ("read only") runs the same workflow without the ChatWoot node: what reading
 * the file into n8n costs by itself, so the node's own share is the difference.
 * Run through bench/attachment.sh (npm run bench:attachment). Options: --runs N (3), --mb N (40),
 * --only streamed,blob,form-data, --modes default,filesystem.
 */
import { randomBytes } from 'crypto';
import { appendFileSync, writeFileSync } from 'fs';
import { join } from 'path';

import { createChatWootMock } from '../test/mock-chatwoot';
import { seedMessages } from '../test/mock-chatwoot/resources/messages';
import { runtimeFromEnv } from '../test/e2e/n8n';
import { credential, CREDENTIAL_ID, workflow } from '../test/e2e/workflows';
import { BenchN8n } from './lib/n8nBench';

const VARIANTS = require('./attachmentVariants.js') as Record<string, string>;
const TOKEN = 'bench-attachment-token-77e1';

function option(name: string, fallback: string): string {
	const index = process.argv.indexOf(`--${name}`);
	return index > 0 ? process.argv[index + 1] : fallback;
}

const runs = Number(option('runs', '3'));
const megabytes = Number(option('mb', '40'));
const implementations = option('only', 'read-only,streamed,blob,form-data').split(',');
const modes = option('modes', 'default,filesystem').split(',');

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
	console.log(`n8n ${runtime.version}, ${megabytes} MB attachment, ${runs} runs; growth = VmHWM(${megabytes} MB) - VmHWM(1 KB)`);
	for (const implementation of implementations) {
		const n8n = new BenchN8n(runtime);
		const installed = join(n8n.userFolder, '.n8n', 'nodes', 'node_modules', 'n8n-nodes-chatwoot-api', 'dist', 'nodes', 'ChatWoot', 'transport', 'multipart.js');
		if (implementation === 'blob') appendFileSync(installed, VARIANTS.blob);
		if (implementation === 'form-data') {
			appendFileSync(installed, VARIANTS.formData.replace('FORM_DATA_PATH', JSON.stringify(require.resolve('form-data', { paths: [runtime.installDir] }))));
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
			const extraEnv: Record<string, string> = mode === 'default' ? {} : { N8N_DEFAULT_BINARY_DATA_MODE: mode };
			const baseline = await n8n.executeTimed('wfSmall', { extraEnv });
			if (baseline.exitCode !== 0) throw new Error(`baseline failed: ${baseline.output.slice(-2000)}`);
			const growth: number[] = [];
			for (let run = 0; run < runs; run++) {
				const before = mock.requests.length;
				const timed = await n8n.executeTimed('wfLarge', { extraEnv });
				const received = mock.requests.slice(before).find((request) => request.method === 'POST')?.files['attachments[]']?.[0];
				if (timed.exitCode !== 0 || (!readOnly && received?.bytes.length !== fileBytes)) {
					throw new Error(`${implementation}/${mode} run failed: ${timed.output.slice(-2000)}`);
				}
				growth.push(timed.peakRssMb! - baseline.peakRssMb!);
			}
			const ratio = (mb: number) => (mb / megabytes).toFixed(2);
			const row = `${implementation.padEnd(10)} ${mode.padEnd(10)} baseline ${baseline.peakRssMb!.toFixed(0)} MB; growth min/median/max ${Math.min(...growth).toFixed(1)}/${median(growth).toFixed(1)}/${Math.max(...growth).toFixed(1)} MB = ${ratio(Math.min(...growth))}/${ratio(median(growth))}/${ratio(Math.max(...growth))}x file`;
			console.log(row);
			rows.push(row);
		}
		n8n.remove();
	}
	await mock.stop();
	console.log(['', ...rows].join('\n'));
}

main().catch((error) => {
	console.error(error);
	process.exit(1);
});
