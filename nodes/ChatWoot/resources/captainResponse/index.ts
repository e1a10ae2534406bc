import { defineResource } from '../../shared/operation';
import { bulkActionResponses } from './bulkAction';
import { createResponse } from './create';
import { deleteResponse } from './delete';
import { getResponse } from './get';
import { getManyResponses } from './getMany';
import { updateResponse } from './update';

export const captainResponse = defineResource(
	{ name: 'Captain FAQ Response', value: 'captainResponse', description: 'Questions and answers Captain assistants use' },
	[bulkActionResponses, createResponse, deleteResponse, getResponse, getManyResponses, updateResponse],
);
