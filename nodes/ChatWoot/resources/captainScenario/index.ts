import { defineResource } from '../../shared/operation';
import { createScenario } from './create';
import { deleteScenario } from './delete';
import { getScenario } from './get';
import { getManyScenarios } from './getMany';
import { updateScenario } from './update';

export const captainScenario = defineResource(
	{ name: 'Captain Scenario', value: 'captainScenario', description: 'Situations a Captain assistant handles, with instructions and tools' },
	[createScenario, deleteScenario, getScenario, getManyScenarios, updateScenario],
);
