/**
 * Runs the ChatWoot mock on its own, for trying the nodes in `npm start`'s editor and for benchmarks:
 *   npx tsx test/mock-chatwoot/cli.ts [port] [--json]
 * It seeds the demo account (demo.ts; MOCK_CONTACTS contacts, 1000 by default), answers as the
 * ChatWoot version MOCK_CHATWOOT_VERSION (default 4.15.1; see VERSIONS.md), prints what to enter
 * in each credential and node (or, with --json, one JSON line for scripts), and serves until it is
 * stopped. Typing `deliver` (or `deliver <url>`) sends the Trigger a test event.
 */
import { createInterface } from 'readline';

import { messageCreated } from '../trigger/payloads';
import { createChatWootMock, seedDemoAccount } from '.';
import type { ChatWootMock, DemoAccount } from '.';
import { deliverEvent, deliverToBotOrInbox } from './resources/webhooks';
import type { Delivery } from './resources/webhooks';

async function main() {
	const args = process.argv.slice(2);
	const json = args.includes('--json');
	const port = Number(args.find((arg) => /^\d+$/.test(arg)) ?? 0);
	let mock: ChatWootMock;
	try {
		mock = createChatWootMock();
	} catch (error) {
		process.stderr.write(`${(error as Error).message} (MOCK_CHATWOOT_VERSION).\n`);
		process.exit(1);
	}
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
	const demo = seedDemoAccount(mock, { contacts: Number(process.env.MOCK_CONTACTS ?? 1000) });
	if (json) {
		process.stdout.write(`${JSON.stringify({ baseUrl, version: mock.version, accessToken: demo.tokens.administrator, ...demo })}\n`);
		return;
	}
	process.stdout.write(instructions(baseUrl, mock.version, demo));
	listenForDeliveries(mock, demo);
}

function instructions(baseUrl: string, version: string, demo: DemoAccount): string {
	const { inboxes, client, contact, conversation, tokens } = demo;
	const agents = demo.agents.map((agent) => `${agent.name} (${agent.id}, ${agent.role}, ${agent.availability})`).join(', ');
	return [
		'',
		`  ChatWoot mock running at ${baseUrl}  (Ctrl+C stops it)`,
		`  Answering as ChatWoot ${version}  (MOCK_CHATWOOT_VERSION=4.11.0 npm run mock for another; GET /api reports it)`,
		'',
		'  Credentials to create in n8n (npm start); every Base URL is the one above:',
		`    ChatWoot API           Access Token        ${tokens.administrator}  (${demo.administrator.name}, administrator)`,
		`                           or, an agent's:     ${tokens.agent}  (webhooks and attribute definitions then refused, as ChatWoot does)`,
		`    ChatWoot Agent Bot API Bot Access Token    ${tokens.agentBot}`,
		`    ChatWoot Platform API  Platform App Token  ${tokens.platformApp}  (manages the demo account)`,
		`    ChatWoot Client API    Inbox Identifier    ${client.inboxIdentifier}  (HMAC Token ${client.hmacToken}, optional)`,
		`                           identity-validated: ${client.verifiedInboxIdentifier}  (HMAC Token ${client.verifiedHmacToken}, required)`,
		'',
		'  What to pick in the nodes:',
		`    Account            ${demo.accountId}  "${demo.accountName}"`,
		`    Inboxes            ${Object.entries(inboxes).map(([channel, id]) => `${channel} ${id}`).join(', ')}`,
		`    Labels             ${demo.labels.join(', ')}`,
		`    Teams              ${demo.teams.map((team) => `${team.name} (${team.id})`).join(', ')}`,
		`    Agents             ${agents}`,
		`    Custom attributes  contact: ${demo.customAttributes.contact.join(', ')}`,
		`                       conversation: ${demo.customAttributes.conversation.join(', ')}`,
		`    Contacts           1 to ${demo.contacts}, each with an email; e.g. ${contact.id} ${contact.name} <${contact.email}>, ${contact.phoneNumber}, identifier ${contact.identifier}`,
		`    Conversations      1 to ${demo.conversations}; #${conversation.id} (inbox ${conversation.inboxId}) has ${conversation.messages} messages, attachments ${conversation.attachments.join(', ')}`,
		`    Client API         Contact Identifier ${client.contactSourceId} (pubsub token ${client.pubsubToken})`,
		'',
		'  ChatWoot Trigger:',
		'    Source Account Webhook: listening or activating registers the webhook here; then type',
		'      deliver           and Enter: a signed message_created goes to every registered webhook.',
		`    Source API Inbox: Secret ${demo.apiInboxSecret}; then type`,
		"      deliver <URL>     with the trigger's webhook URL: a message_created signed as the API inbox signs.",
		'',
		'  Any other token is refused with 401, as ChatWoot does. Everything is kept in memory only:',
		'  restarting the mock brings the demo account back as printed here.',
		'',
	].join('\n');
}

/** `deliver [url]` on standard input: a message_created of the demo conversation, as ChatWoot would send it. */
function listenForDeliveries(mock: ChatWootMock, demo: DemoAccount): void {
	const payload = messageCreated({
		account: { id: demo.accountId, name: demo.accountName },
		inbox: { id: demo.conversation.inboxId, name: 'Support API' },
		sender: { id: demo.contact.id, name: demo.contact.name, type: 'contact' },
		content: 'Is there any news about my replacement?',
		conversation: { id: demo.conversation.id, inbox_id: demo.conversation.inboxId, status: 'open', account: { id: demo.accountId, name: demo.accountName } },
	});
	const report = (deliveries: Delivery[]) =>
		process.stdout.write(
			deliveries.length
				? deliveries.map((delivery) => `  → ${delivery.url}: ${delivery.status} ${delivery.body.slice(0, 120)}\n`).join('')
				: '  No webhook is registered: listen or activate the ChatWoot Trigger (Account Webhook source) first.\n',
		);
	createInterface({ input: process.stdin }).on('line', (line) => {
		const [command, url] = line.trim().split(/\s+/);
		if (command !== 'deliver') return;
		const sent = url
			? deliverToBotOrInbox(mock, 'apiInbox', url, demo.apiInboxSecret, { ...payload, id: Date.now() }).then((delivery) => [delivery])
			: deliverEvent(mock, demo.accountId, { ...payload, id: Date.now() });
		sent.then(report, (error: Error) => process.stdout.write(`  Delivery failed: ${error.message}\n`));
	});
}

void main();
