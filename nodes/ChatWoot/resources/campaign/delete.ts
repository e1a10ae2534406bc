import { accountIdField } from '../../shared/descriptions';
import { defineOperation } from '../../shared/operation';
import { campaignIdField } from './fields';

export const deleteCampaign = defineOperation({
	resource: 'campaign',
	value: 'delete',
	name: 'Delete',
	action: 'Delete a campaign',
	description: 'Delete a campaign',
	method: 'DELETE',
	path: '/api/v1/accounts/{accountId}/campaigns/{campaignId}',
	access: { admin: true },
	fields: [accountIdField(), campaignIdField('The campaign to delete')],
});
