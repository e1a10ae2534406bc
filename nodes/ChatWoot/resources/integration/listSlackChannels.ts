import { accountIdField } from '../../shared/descriptions';
import { defineOperation } from '../../shared/operation';
import { wholeList } from '../../transport/paging';

export const listSlackChannels = defineOperation({
	resource: 'integration',
	value: 'listSlackChannels',
	name: 'Get Many Slack Channels',
	action: 'Get many Slack channels',
	description: 'List the Slack channels the connected Slack app can post to',
	method: 'GET',
	path: '/api/v1/accounts/{accountId}/integrations/slack/list_all_channels',
	access: { admin: true },
	fields: [accountIdField()],
	paging: wholeList(''),
});
