import { defineResource } from '../../shared/operation';
import { addConversationLabels } from './addLabels';
import { addConversationParticipants } from './addParticipants';
import { assignConversation } from './assign';
import { createConversation } from './create';
import { deleteConversation } from './delete';
import { deleteConversationCustomAttributes } from './deleteCustomAttributes';
import { deleteConversationDraft } from './deleteDraft';
import { filterConversations } from './filter';
import { getConversation } from './get';
import { getConversationAttachments } from './getAttachments';
import { getConversationCounts } from './getCounts';
import { getConversationDraft } from './getDraft';
import { getConversationInboxAssistant } from './getInboxAssistant';
import { getConversationLabels } from './getLabels';
import { getManyConversations } from './getMany';
import { getConversationParticipants } from './getParticipants';
import { getConversationReportingEvents } from './getReportingEvents';
import { getConversationUnreadCounts } from './getUnreadCounts';
import { markConversationUnread } from './markUnread';
import { mergeConversationCustomAttributes } from './mergeCustomAttributes';
import { muteConversation } from './mute';
import { removeConversationLabels } from './removeLabels';
import { removeConversationParticipants } from './removeParticipants';
import { searchConversations } from './search';
import { sendConversationTranscript } from './sendTranscript';
import { setConversationCustomAttributes } from './setCustomAttributes';
import { setConversationDraft } from './setDraft';
import { setConversationLabels } from './setLabels';
import { setConversationParticipants } from './setParticipants';
import { setConversationTypingStatus } from './setTypingStatus';
import { toggleConversationPriority } from './togglePriority';
import { toggleConversationStatus } from './toggleStatus';
import { unassignConversation } from './unassign';
import { unmuteConversation } from './unmute';
import { updateConversation } from './update';
import { updateConversationLastSeen } from './updateLastSeen';

export const conversation = defineResource(
	{ name: 'Conversation', value: 'conversation', description: 'Conversations with contacts in an inbox', defaultOperation: 'get' },
	[
		addConversationLabels,
		addConversationParticipants,
		assignConversation,
		createConversation,
		deleteConversation,
		deleteConversationCustomAttributes,
		deleteConversationDraft,
		filterConversations,
		getConversation,
		getConversationAttachments,
		getConversationCounts,
		getConversationDraft,
		getConversationInboxAssistant,
		getConversationLabels,
		getManyConversations,
		getConversationParticipants,
		getConversationReportingEvents,
		getConversationUnreadCounts,
		markConversationUnread,
		mergeConversationCustomAttributes,
		muteConversation,
		removeConversationLabels,
		removeConversationParticipants,
		searchConversations,
		sendConversationTranscript,
		setConversationCustomAttributes,
		setConversationDraft,
		setConversationLabels,
		setConversationParticipants,
		setConversationTypingStatus,
		toggleConversationPriority,
		toggleConversationStatus,
		unassignConversation,
		unmuteConversation,
		updateConversation,
		updateConversationLastSeen,
	],
);
