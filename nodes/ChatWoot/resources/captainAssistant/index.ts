import { defineResource } from '../../shared/operation';
import { addAssistantInbox } from './addInbox';
import { createAssistant } from './create';
import { deleteAssistant } from './delete';
import { getAssistant } from './get';
import { getAgentSession } from './getAgentSession';
import { getAssistantInboxes } from './getInboxes';
import { getAssistantFaqStats } from './getFaqStats';
import { getManyAssistants } from './getMany';
import { getAssistantMetrics } from './getMetrics';
import { getAssistantTools } from './getTools';
import { askAssistant } from './playground';
import { removeAssistantInbox } from './removeInbox';
import { updateAssistant } from './update';

export const captainAssistant = defineResource(
	{ name: 'Captain Assistant', value: 'captainAssistant', description: 'Captain AI assistants: configuration, inboxes, questions' },
	[addAssistantInbox, createAssistant, deleteAssistant, getAssistant, getAgentSession, getAssistantFaqStats, getAssistantInboxes, getManyAssistants, getAssistantMetrics, getAssistantTools, askAssistant, removeAssistantInbox, updateAssistant],
);
