import { accountIdField, additionalFields } from '../../shared/descriptions';
import { inboxLocator } from '../../shared/locators';
import { defineOperation } from '../../shared/operation';
import { singleRecord } from '../../transport/output';
import { idInBody } from '../../shared/requestBody';
import { campaignBody, campaignOptions, messageField, titleField } from './fields';

export const createCampaign = defineOperation({
	resource: 'campaign',
	value: 'create',
	name: 'Create',
	action: 'Create a campaign',
	description: 'Add a proactive message campaign to a website, SMS or WhatsApp inbox',
	method: 'POST',
	path: '/api/v1/accounts/{accountId}/campaigns',
	access: { admin: true },
	fields: [
		accountIdField(),
		{ ...titleField, required: true },
		{ ...messageField, required: true },
		inboxLocator('The inbox the campaign runs in'),
		additionalFields('campaignAdditionalFields', campaignOptions),
	],
	preSend: [idInBody('inboxId', 'campaign.inbox_id', { label: 'Inbox' }), campaignBody('campaignAdditionalFields')],
	output: [singleRecord],
});
