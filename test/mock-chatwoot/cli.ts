/**
 * Runs the ChatWoot mock on its own, for demos (npm start) and benchmarks:
 *   npx tsx test/mock-chatwoot/cli.ts [port]
 * It seeds account 1 with contacts 1..N, prints its base URL and the access token, and serves
 * until it is stopped.
 */
import { createChatWootMock, seedContact } from '.';

export const DEMO_TOKEN = 'demo-access-token';

async function main() {
	const port = Number(process.argv[2] ?? 0);
	const contacts = Number(process.env.MOCK_CONTACTS ?? 1000);
	const mock = createChatWootMock();
	mock.addUser({ name: 'Demo Agent', email: 'agent@example.com', accessToken: DEMO_TOKEN, accountIds: [1] });
	const account = mock.addAccount(1, 'Demo Account');
	for (let i = 1; i <= contacts; i++) seedContact(account, { name: `Contact ${i}` });
	const baseUrl = await mock.start(port);
	process.stdout.write(`${JSON.stringify({ baseUrl, accessToken: DEMO_TOKEN, accountId: 1, contacts })}\n`);
}

void main();
