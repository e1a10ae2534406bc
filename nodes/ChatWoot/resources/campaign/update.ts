import { accountIdField, updateFields } from '../../shared/descriptions';
import { defineOperation } from '../../shared/operation';
import { singleRecord } from '../../transport/output';
import { campaignBody, campaignIdField, campaignOptions, messageField, titleField } from './fields';
import { byDisplayName } from '../../shared/alphabetical';

export const updateCampaign = defineOperation({
	resource: 'campaign',
	value: 'update',
	name: 'Update',
	action: 'Update a campaign',
	description: "Change a campaign's message, schedule, audience or status",
	method: 'PATCH',
	path: '/api/v1/accounts/{accountId}/campaigns/{campaignId}',
	access: { admin: true },
	fields: [
		accountIdField(),
		campaignIdField('The campaign to update'),
		updateFields('campaignUpdateFields', [...campaignOptions, messageField, titleField].sort(byDisplayName), 'Only the fields added here are sent'),
	],
	preSend: [campaignBody('campaignUpdateFields')],
	output: [singleRecord],
});
