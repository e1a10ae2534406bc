import { defineResource } from '../../shared/operation';
import { createCannedResponse } from './create';
import { deleteCannedResponse } from './delete';
import { getManyCannedResponses } from './getMany';
import { updateCannedResponse } from './update';

export const cannedResponse = defineResource(
	{ name: 'Canned Response', value: 'cannedResponse', description: 'Saved replies agents insert by short code', defaultOperation: 'getMany' },
	[createCannedResponse, deleteCannedResponse, getManyCannedResponses, updateCannedResponse],
);
