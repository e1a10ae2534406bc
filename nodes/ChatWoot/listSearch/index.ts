import type {
	IDataObject,
	ILoadOptionsFunctions,
	INodeListSearchResult,
	INodePropertyOptions,
} from 'n8n-workflow';

import { recordsAt } from '../transport/output';
import { describeInbox } from './channels';
import { listRequest, selectedAccount } from './request';

/**
 * The editor's lists for resource locators (From List mode) and dropdowns. Each reads one
 * ChatWoot listing endpoint of the selected account; `url` links a choice to its dashboard page.
 */

const byName = (filter?: string) => (record: IDataObject) =>
	!filter || String(record.name ?? '').toLowerCase().includes(filter.toLowerCase());

async function listOf(
	context: ILoadOptionsFunctions,
	path: string,
	recordsPath: string,
	filter: string | undefined,
	describe: (record: IDataObject) => string,
	dashboardPath?: string,
): Promise<INodeListSearchResult> {
	const account = await selectedAccount(context);
	const body = await listRequest(context, `/api/v1/accounts/${account}/${path}`);
	const results = recordsAt(body, recordsPath)
		.filter(byName(filter))
		.map((record) => ({
			name: describe(record),
			value: String(record.id),
			...(dashboardPath ? { url: `/app/accounts/${account}/${dashboardPath}/${record.id}` } : {}),
		}));
	return { results };
}

export const listSearch = {
	/** The accounts the token's user belongs to (`GET /api/v1/profile`). */
	async searchAccounts(this: ILoadOptionsFunctions, filter?: string): Promise<INodeListSearchResult> {
		const profile = (await listRequest(this, '/api/v1/profile')) as { accounts?: IDataObject[] };
		const results = (profile.accounts ?? []).filter(byName(filter)).map((account) => ({
			name: `${account.name} (${account.id})`,
			value: String(account.id),
		}));
		return { results };
	},

	async searchInboxes(this: ILoadOptionsFunctions, filter?: string): Promise<INodeListSearchResult> {
		return await listOf(this, 'inboxes', 'payload', filter, describeInbox, 'settings/inboxes');
	},

	async searchAgents(this: ILoadOptionsFunctions, filter?: string): Promise<INodeListSearchResult> {
		return await listOf(this, 'agents', '', filter, (agent) => `${agent.name} <${agent.email}>`);
	},

	async searchTeams(this: ILoadOptionsFunctions, filter?: string): Promise<INodeListSearchResult> {
		return await listOf(this, 'teams', '', filter, (team) => String(team.name));
	},

	/** Contacts matching what is typed (name, email, phone, identifier), or the most recent ones. */
	async searchContacts(this: ILoadOptionsFunctions, filter?: string, page?: string): Promise<INodeListSearchResult> {
		const account = await selectedAccount(this);
		const pageNumber = Number(page ?? 1);
		const body = (await listRequest(
			this,
			`/api/v1/accounts/${account}/contacts${filter ? '/search' : ''}`,
			filter ? { q: filter, page: pageNumber } : { page: pageNumber, sort: '-last_activity_at' },
		)) as IDataObject;
		const contacts = recordsAt(body, 'payload');
		return {
			results: contacts.map((contact) => ({
				name: `${contact.name ?? 'Unnamed'}${contact.email ? ` <${contact.email}>` : ''} (${contact.id})`,
				value: String(contact.id),
				url: `/app/accounts/${account}/contacts/${contact.id}`,
			})),
			// ChatWoot pages contacts by 15 (API-NOTES §4).
			paginationToken: contacts.length >= 15 ? String(pageNumber + 1) : undefined,
		};
	},

	/** The most recently active conversations of every status. */
	async searchConversations(this: ILoadOptionsFunctions, filter?: string, page?: string): Promise<INodeListSearchResult> {
		const account = await selectedAccount(this);
		const pageNumber = Number(page ?? 1);
		const body = await listRequest(this, `/api/v1/accounts/${account}/conversations`, {
			status: 'all',
			page: pageNumber,
			...(filter ? { q: filter } : {}),
		});
		const conversations = recordsAt(body, 'data.payload');
		return {
			results: conversations.map((conversation) => {
				const sender = (conversation.meta as IDataObject | undefined)?.sender as IDataObject | undefined;
				return {
					name: `#${conversation.id} ${sender?.name ?? ''} (${conversation.status})`.replace('  ', ' '),
					value: String(conversation.id),
					url: `/app/accounts/${account}/conversations/${conversation.id}`,
				};
			}),
			paginationToken: conversations.length >= 25 ? String(pageNumber + 1) : undefined,
		};
	},
};

export const loadOptions = {
	/** The account's agents, for fields that take several agents (team and inbox members). */
	async getAgents(this: ILoadOptionsFunctions): Promise<INodePropertyOptions[]> {
		const body = await listRequest(this, `/api/v1/accounts/${await selectedAccount(this)}/agents`);
		return recordsAt(body, '').map((agent) => ({ name: `${agent.name} <${agent.email}>`, value: Number(agent.id) }));
	},

	/** The inboxes the token's user can see, for fields that take several inboxes. */
	async getInboxes(this: ILoadOptionsFunctions): Promise<INodePropertyOptions[]> {
		const body = await listRequest(this, `/api/v1/accounts/${await selectedAccount(this)}/inboxes`);
		return recordsAt(body, 'payload').map((inbox) => ({ name: describeInbox(inbox), value: Number(inbox.id) }));
	},

	/** The account's labels, by title: ChatWoot sets and filters labels by their titles. */
	async getLabels(this: ILoadOptionsFunctions): Promise<INodePropertyOptions[]> {
		const account = await selectedAccount(this);
		const body = await listRequest(this, `/api/v1/accounts/${account}/labels`);
		return recordsAt(body, 'payload').map((label) => ({
			name: String(label.title),
			value: String(label.title),
			description: label.description ? String(label.description) : undefined,
		}));
	},
};
