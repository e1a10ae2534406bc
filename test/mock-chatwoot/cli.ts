/**
 * Runs the ChatWoot mock on its own, for trying the nodes in `npm start`'s editor and for benchmarks:
 *   npx tsx test/mock-chatwoot/cli.ts [port] [--json]
 * It seeds account 1 with contacts 1..N (MOCK_CONTACTS, 1000), answers as the ChatWoot version
 * MOCK_CHATWOOT_VERSION (default 4.15.1; see VERSIONS.md), prints what to enter in the editor's
 * ChatWoot API credential (or, with --json, one JSON line for scripts), and serves until it is stopped.
 */
import { createChatWootMock, seedContact } from '.';

export const DEMO_TOKEN = 'demo-access-token';

async function main() {
	const args = process.argv.slice(2);
	const json = args.includes('--json');
	const port = Number(args.find((arg) => /^\d+$/.test(arg)) ?? 0);
	const contacts = Number(process.env.MOCK_CONTACTS ?? 1000);
	let mock: ReturnType<typeof createChatWootMock>;
	try {
		mock = createChatWootMock();
	} catch (error) {
		process.stderr.write(`${(error as Error).message} (MOCK_CHATWOOT_VERSION).\n`);
		process.exit(1);
	}
	mock.addUser({ name: 'Demo Agent', email: 'agent@example.com', accessToken: DEMO_TOKEN, accountIds: [1] });
	const account = mock.addAccount(1, 'Demo Account');
	for (let i = 1; i <= contacts; i++) seedContact(account, { name: `Contact ${i}` });
	let baseUrl: string;
	try {
		baseUrl = await mock.start(port);
	} catch (error) {
		const code = (error as NodeJS.ErrnoException).code;
		process.stderr.write(
			code === 'EADDRINUSE' ? `Port ${port} is in use (another npm run mock?). Try MOCK_PORT=3001 npm run mock.\n` : `${String(error)}\n`,
		);
		process.exit(1);
	}
	if (json) {
		process.stdout.write(`${JSON.stringify({ baseUrl, version: mock.version, accessToken: DEMO_TOKEN, accountId: 1, contacts })}\n`);
		return;
	}
	process.stdout.write(
		[
			'',
			`  ChatWoot mock running at ${baseUrl}  (Ctrl+C stops it)`,
			`  Answering as ChatWoot ${mock.version}  (MOCK_CHATWOOT_VERSION=4.11.0 npm run mock for another; GET /api reports it)`,
			'',
			'  In n8n (npm start), create a "ChatWoot API" credential with:',
			`    Base URL      ${baseUrl}`,
			`    Access Token  ${DEMO_TOKEN}`,
			'',
			'  Then, in the ChatWoot node:',
			`    Account ID    1  (the only account, "Demo Account")`,
			`    Contact ID    1 to ${contacts}  (named "Contact 1", "Contact 2", …)`,
			'',
			'  Any other token is refused with 401 "Invalid Access Token", as ChatWoot does.',
			'  Requests are kept in memory only: restarting the mock resets every contact.',
			'',
		].join('\n'),
	);
}

void main();
