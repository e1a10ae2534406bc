import { accountIdField } from '../../shared/descriptions';
import { defineOperation } from '../../shared/operation';
import { singleRecord } from '../../transport/output';
import { campaignIdField } from './fields';

export const getCampaign = defineOperation({
	resource: 'campaign',
	value: 'get',
	name: 'Get',
	action: 'Get a campaign',
	description: 'Get one campaign',
	method: 'GET',
	path: '/api/v1/accounts/{accountId}/campaigns/{campaignId}',
	access: { admin: true },
	fields: [accountIdField(), campaignIdField('The campaign to get')],
	output: [singleRecord],
});
