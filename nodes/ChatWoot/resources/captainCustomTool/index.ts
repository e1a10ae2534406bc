import { defineResource } from '../../shared/operation';
import { createCustomTool } from './create';
import { deleteCustomTool } from './delete';
import { getCustomTool } from './get';
import { getManyCustomTools } from './getMany';
import { testCustomTool } from './testTool';
import { updateCustomTool } from './update';

export const captainCustomTool = defineResource(
	{ name: 'Captain Custom Tool', value: 'captainCustomTool', description: 'HTTP tools Captain assistants can call' },
	[createCustomTool, deleteCustomTool, getCustomTool, getManyCustomTools, testCustomTool, updateCustomTool],
);
