import { accountIdField } from '../../shared/descriptions';
import { defineOperation } from '../../shared/operation';
import { textInBody } from './fields';

export const updateSlack = defineOperation({
	resource: 'integration',
	value: 'updateSlack',
	name: 'Set Slack Channel',
	action: 'Set the Slack channel',
	description: 'Choose the Slack channel the connected Slack integration posts conversations to',
	method: 'PATCH',
	path: '/api/v1/accounts/{accountId}/integrations/slack',
	access: { admin: true },
	fields: [accountIdField(), textInBody('Slack Channel ID', 'referenceId', 'reference_id', 'The channel ID as Get Many Slack Channels shows it')],
	output: '',
});
