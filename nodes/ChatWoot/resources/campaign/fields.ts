import { NodeOperationError } from 'n8n-workflow';
import type { IDataObject, IExecuteSingleFunctions, IHttpRequestOptions, INodeProperties } from 'n8n-workflow';

import { bodyField, booleanOption, idField, jsonOption } from '../../shared/descriptions';
import { parseJsonObject } from '../../shared/validation';
import { listEntries } from '../../shared/lists';

/** What Campaign Create and Update share. ChatWoot reads them from `campaign`. */

export const campaignIdField = (description: string) =>
	idField('campaignId', `${description}: the number in the campaign's dashboard address (its display ID)`);

const at = (key: string) => `campaign.${key}`;

export const titleField: INodeProperties = bodyField('Title', 'title', at('title'));

export const messageField: INodeProperties = {
	displayName: 'Message',
	name: 'message',
	type: 'string',
	typeOptions: { rows: 4 },
	default: '',
	description: 'The text the campaign sends',
	routing: { send: { type: 'body', property: at('message') } },
};

const TRIGGER_RULES_EXAMPLE = '{"url":"https://example.com/pricing","time_on_page":10}';
const TEMPLATE_PARAMS_EXAMPLE = '{"name":"order_update","language":"en","processed_params":{"1":"Alice"}}';

/** Options both operations offer in their collections. */
export const campaignOptions: INodeProperties[] = [
	{
		displayName: 'Audience Label IDs',
		name: 'audienceLabelIds',
		type: 'string',
		default: '',
		placeholder: 'e.g. 3, 7',
		description: 'For SMS and WhatsApp campaigns: the IDs of the labels whose contacts receive it, separated by commas',
	},
	booleanOption('Enabled', 'enabled', at('enabled'), { description: 'Whether the campaign is active', default: true }),
	{
		displayName: 'Scheduled At',
		name: 'scheduledAt',
		type: 'dateTime',
		default: '',
		description: 'When a one-off (SMS, WhatsApp) campaign is sent',
		routing: { send: { type: 'body', property: at('scheduled_at') } },
	},
	{
		displayName: 'Sender ID',
		name: 'senderId',
		type: 'number',
		default: 0,
		description: 'The ID of the agent shown as the sender of a website campaign',
		routing: { send: { type: 'body', property: at('sender_id') } },
	},
	jsonOption('Template Parameters', 'templateParams', at('template_params'), {
		placeholder: TEMPLATE_PARAMS_EXAMPLE,
		description: 'For WhatsApp campaigns: the message template and its parameters, as a JSON object',
	}),
	booleanOption('Trigger Only During Business Hours', 'triggerOnlyDuringBusinessHours', at('trigger_only_during_business_hours'), {
		description: "Whether a website campaign shows only during the inbox's business hours",
	}),
	jsonOption('Trigger Rules', 'triggerRules', at('trigger_rules'), {
		placeholder: TRIGGER_RULES_EXAMPLE,
		description: 'For website campaigns: the page URL and the seconds on the page before it shows, as a JSON object',
	}),
];

function fail(context: IExecuteSingleFunctions, message: string, description: string): never {
	throw new NodeOperationError(context.getNode(), message, { itemIndex: context.getItemIndex(), description });
}

/** The JSON options become objects and the audience label IDs become `audience[]` entries, all checked before sending. */
export function campaignBody(collection: string) {
	return async function shapeCampaign(
		this: IExecuteSingleFunctions,
		requestOptions: IHttpRequestOptions,
	): Promise<IHttpRequestOptions> {
		const body = (requestOptions.body ?? {}) as IDataObject;
		const campaign = (body.campaign ?? {}) as IDataObject;
		if (campaign.trigger_rules !== undefined) {
			campaign.trigger_rules = parseJsonObject(this, campaign.trigger_rules, 'Trigger Rules', TRIGGER_RULES_EXAMPLE);
		}
		if (campaign.template_params !== undefined) {
			campaign.template_params = parseJsonObject(this, campaign.template_params, 'Template Parameters', TEMPLATE_PARAMS_EXAMPLE);
		}
		const audience = (this.getNodeParameter(collection, {}) as IDataObject).audienceLabelIds as string | undefined;
		if (audience !== undefined) {
			const ids = listEntries(audience);
			const wrong = ids.find((entry) => !/^\d+$/.test(entry));
			if (wrong !== undefined || !ids.length) {
				fail(this, `Audience Label IDs: "${wrong ?? audience}" is not a list of label IDs`, 'Enter label IDs separated by commas, e.g. 3, 7 (Label → Get Many shows them).');
			}
			campaign.audience = ids.map((id) => ({ type: 'Label', id: Number(id) }));
		}
		return { ...requestOptions, body: { ...body, campaign } };
	};
}
