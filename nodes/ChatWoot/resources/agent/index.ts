import { defineResource } from '../../shared/operation';
import { bulkCreateAgents } from './bulkCreate';
import { createAgent } from './create';
import { deleteAgent } from './delete';
import { getAssignableAgents } from './getAssignable';
import { getManyAgents } from './getMany';
import { updateAgent } from './update';

export const agent = defineResource(
	{ name: 'Agent', value: 'agent', description: 'People who answer conversations', defaultOperation: 'getMany' },
	[getManyAgents, getAssignableAgents, createAgent, bulkCreateAgents, updateAgent, deleteAgent],
);
