import { expectOperation, expectRefusal } from '../support/operationCases';
import type { OperationCase } from '../support/operationCases';
import { recordChatWootRequests } from '../support/nockChatWoot';

const requests = recordChatWootRequests();
const PATH = '/api/v1/accounts/1/campaigns';
const promo = { id: 11, display_id: 3, title: 'Promo', message: 'Hi!', enabled: true };
const base = { resource: 'campaign', accountId: '1' };

const cases: Array<[string, OperationCase]> = [
	['Get Many returns the bare array', { parameters: { ...base, operation: 'getMany', returnAll: true }, method: 'GET', path: PATH, reply: [promo], output: [promo] }],
	['Get uses the display ID', { parameters: { ...base, operation: 'get', campaignId: '3' }, method: 'GET', path: `${PATH}/3`, reply: promo, output: [promo] }],
	[
		'Create sends the campaign with inbox, audience and parsed trigger rules',
		{
			parameters: {
				...base,
				operation: 'create',
				title: 'Promo',
				message: 'Hi!',
				inboxId: { __rl: true, mode: 'id', value: '4' },
				campaignAdditionalFields: { audienceLabelIds: '3, 7', triggerRules: '{"url":"https://a.example.com","time_on_page":10}', enabled: true },
			},
			method: 'POST',
			path: PATH,
			body: {
				campaign: {
					title: 'Promo',
					message: 'Hi!',
					inbox_id: 4,
					enabled: true,
					trigger_rules: { url: 'https://a.example.com', time_on_page: 10 },
					audience: [
						{ type: 'Label', id: 3 },
						{ type: 'Label', id: 7 },
					],
				},
			},
			reply: promo,
			output: [promo],
		},
	],
	[
		'Update sends only the fields added',
		{
			parameters: { ...base, operation: 'update', campaignId: '3', campaignUpdateFields: { enabled: false } },
			method: 'PATCH',
			path: `${PATH}/3`,
			body: { campaign: { enabled: false } },
			reply: { ...promo, enabled: false },
			output: [{ ...promo, enabled: false }],
		},
	],
	['Delete outputs success', { parameters: { ...base, operation: 'delete', campaignId: '3' }, method: 'DELETE', path: `${PATH}/3`, output: [{ success: true }] }],
];

test.each(cases)('%s', async (_name, testCase) => expectOperation(requests, testCase));

const create = { operation: 'create', title: 'P', message: 'M', inboxId: '4' };
test.each([
	['a bad inbox', { ...create, inboxId: 'inbox' }, /Inbox must be a positive whole number/],
	['bad trigger rules', { ...create, campaignAdditionalFields: { triggerRules: '{x' } }, /Trigger Rules is not valid JSON/],
	['bad template parameters', { ...create, campaignAdditionalFields: { templateParams: '[]' } }, /Template Parameters must be a JSON object/],
	['bad audience', { ...create, campaignAdditionalFields: { audienceLabelIds: 'vip' } }, /Audience Label IDs: "vip" is not a list of label IDs/],
	['a bad campaign ID', { operation: 'get', campaignId: 'x' }, /Campaign ID must be a positive whole number/],
])('%s is refused before sending', async (_name, parameters, message) => expectRefusal(requests, { ...base, ...parameters }, message));
