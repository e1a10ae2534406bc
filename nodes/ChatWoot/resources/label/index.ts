import { defineResource } from '../../shared/operation';
import { createLabel } from './create';
import { deleteLabel } from './delete';
import { getLabel } from './get';
import { getManyLabels } from './getMany';
import { updateLabel } from './update';

export const label = defineResource(
	{ name: 'Label', value: 'label', description: 'Tags for conversations and contacts', defaultOperation: 'getMany' },
	[createLabel, deleteLabel, getLabel, getManyLabels, updateLabel],
);
