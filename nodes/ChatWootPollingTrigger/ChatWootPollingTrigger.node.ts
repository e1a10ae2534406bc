import { NodeConnectionTypes } from 'n8n-workflow';
import type { INodeExecutionData, INodeType, INodeTypeDescription, IPollFunctions } from 'n8n-workflow';

import { listSearch } from '../ChatWoot/listSearch';
import { accountIdField } from '../ChatWoot/shared/descriptions';
import { CREDENTIAL_TYPE } from '../ChatWoot/transport/request';
import { legacyAccountIdField } from '../ChatWootTrigger/transport';
import { FEEDS } from './feeds';
import type { PollCursor } from './feeds';

/** How many of the newest rows a manual run shows as examples. */
const EXAMPLES = 5;

export class ChatWootPollingTrigger implements INodeType {
	description: INodeTypeDescription = {
		displayName: 'ChatWoot Polling Trigger',
		name: 'chatWootPollingTrigger',
		icon: { light: 'file:../../icons/chatwoot.svg', dark: 'file:../../icons/chatwoot.dark.svg' },
		group: ['trigger'],
		// 1.1: Account is a picker that may be left empty.
		version: [1, 1.1],
		defaultVersion: 1.1,
		subtitle: '={{$parameter["event"]}}',
		description: 'Starts the workflow on new ChatWoot contacts, conversations or messages, asking ChatWoot at intervals: for an n8n ChatWoot cannot reach',
		defaults: { name: 'ChatWoot Polling Trigger' },
		polling: true,
		inputs: [],
		outputs: [NodeConnectionTypes.Main],
		credentials: [{ name: CREDENTIAL_TYPE, required: true }],
		properties: [
			{
				displayName:
					'For n8n instances ChatWoot cannot reach (behind NAT, on a private network). When ChatWoot can reach n8n, the ChatWoot Trigger reacts at once instead.',
				name: 'pollingNotice',
				type: 'notice',
				default: '',
			},
			{ ...legacyAccountIdField, displayOptions: { show: { '@version': [1] } } },
			accountIdField({ '@version': [{ _cnd: { gte: 1.1 } }] }),
			{
				displayName: 'Event',
				name: 'event',
				type: 'options',
				noDataExpression: true,
				options: [
					{
						name: 'New Contact',
						value: 'newContact',
						description: 'Contacts ChatWoot lists (those with an email, phone number or identifier)',
					},
					{ name: 'New Conversation', value: 'newConversation' },
					{
						name: 'New Message',
						value: 'newMessage',
						description: 'Messages in conversations with activity since the last poll',
					},
					{
						name: 'Updated Conversation',
						value: 'updatedConversation',
						description: 'Any change to a conversation, its creation included',
					},
				],
				default: 'newConversation',
			},
			{
				displayName: 'Options',
				name: 'options',
				type: 'collection',
				placeholder: 'Add Option',
				default: {},
				options: [
					{
						displayName: 'Emit Recent on First Poll',
						name: 'emitRecentOnFirstPoll',
						type: 'boolean',
						default: false,
						description:
							'Whether the first poll after activation emits the newest existing rows (one page) too; by default it only notes where to start',
					},
				],
			},
		],
	};

	methods = { listSearch: { searchAccounts: listSearch.searchAccounts } };

	async poll(this: IPollFunctions): Promise<INodeExecutionData[][] | null> {
		const feed = FEEDS[this.getNodeParameter('event') as string];
		const nowSeconds = Math.floor(Date.now() / 1000);
		// A manual run shows examples and leaves the active workflow's cursor alone.
		if (this.getMode() === 'manual') {
			const examples = (await feed.recent(this)).slice(0, EXAMPLES);
			return examples.length ? [this.helpers.returnJsonArray(examples)] : null;
		}
		const staticData = this.getWorkflowStaticData('node') as { cursor?: PollCursor };
		let rows;
		if (!staticData.cursor) {
			const recent = await feed.recent(this);
			staticData.cursor = feed.start(recent, nowSeconds);
			const { emitRecentOnFirstPoll } = this.getNodeParameter('options', {}) as { emitRecentOnFirstPoll?: boolean };
			rows = emitRecentOnFirstPoll ? [...recent].reverse() : [];
		} else {
			const next = await feed.next(this, staticData.cursor, nowSeconds);
			staticData.cursor = next.cursor;
			rows = next.rows;
		}
		return rows.length ? [this.helpers.returnJsonArray(rows)] : null;
	}
}
