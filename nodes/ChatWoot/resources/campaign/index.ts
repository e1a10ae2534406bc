import { defineResource } from '../../shared/operation';
import { createCampaign } from './create';
import { deleteCampaign } from './delete';
import { getCampaign } from './get';
import { getManyCampaigns } from './getMany';
import { updateCampaign } from './update';

export const campaign = defineResource(
	{ name: 'Campaign', value: 'campaign', description: 'Proactive messages to website visitors or contact lists', defaultOperation: 'getMany' },
	[createCampaign, deleteCampaign, getCampaign, getManyCampaigns, updateCampaign],
);
