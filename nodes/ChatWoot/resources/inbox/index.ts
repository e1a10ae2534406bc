import { defineResource } from '../../shared/operation';
import { addInboxMembers } from './addMembers';
import { analyzeInboxCsatTemplate } from './analyzeCsatTemplate';
import { createInbox } from './create';
import { createTwilioInbox } from './createTwilio';
import { deleteInbox } from './delete';
import { deleteInboxAvatar } from './deleteAvatar';
import { disableInboxWhatsappCalling } from './disableWhatsappCalling';
import { enableInboxWhatsappCalling } from './enableWhatsappCalling';
import { endInboxCall } from './endCall';
import { getInbox } from './get';
import { getInboxAgentBot } from './getAgentBot';
import { getInboxAssignableAgents } from './getAssignableAgents';
import { getInboxAssignmentPolicy } from './getAssignmentPolicy';
import { getInboxCampaigns } from './getCampaigns';
import { getInboxConferenceToken } from './getConferenceToken';
import { getInboxCsatTemplate } from './getCsatTemplate';
import { getInboxHealth } from './getHealth';
import { getManyInboxes } from './getMany';
import { getInboxMembers } from './getMembers';
import { joinInboxCall } from './joinCall';
import { registerInboxWebhook } from './registerWebhook';
import { removeInboxAssignmentPolicy } from './removeAssignmentPolicy';
import { removeInboxMembers } from './removeMembers';
import { resetInboxSecret } from './resetSecret';
import { setInboxAgentBot } from './setAgentBot';
import { setInboxAssignmentPolicy } from './setAssignmentPolicy';
import { setInboxCsatTemplate } from './setCsatTemplate';
import { setInboxInboundCalls } from './setInboundCalls';
import { setInboxMembers } from './setMembers';
import { syncInboxTemplates } from './syncTemplates';
import { updateInbox } from './update';

export const inbox = defineResource(
	{ name: 'Inbox', value: 'inbox', description: 'Channels conversations arrive through', defaultOperation: 'getMany' },
	[
		getManyInboxes,
		getInbox,
		createInbox,
		createTwilioInbox,
		updateInbox,
		deleteInbox,
		deleteInboxAvatar,
		addInboxMembers,
		analyzeInboxCsatTemplate,
		disableInboxWhatsappCalling,
		enableInboxWhatsappCalling,
		endInboxCall,
		getInboxAgentBot,
		getInboxAssignableAgents,
		getInboxAssignmentPolicy,
		getInboxCampaigns,
		getInboxConferenceToken,
		getInboxCsatTemplate,
		getInboxHealth,
		getInboxMembers,
		joinInboxCall,
		registerInboxWebhook,
		removeInboxAssignmentPolicy,
		removeInboxMembers,
		resetInboxSecret,
		setInboxAgentBot,
		setInboxAssignmentPolicy,
		setInboxCsatTemplate,
		setInboxInboundCalls,
		setInboxMembers,
		syncInboxTemplates,
	],
);
