import { defineResource } from '../../shared/operation';
import { addTeamMembers } from './addMembers';
import { createTeam } from './create';
import { deleteTeam } from './delete';
import { getTeam } from './get';
import { getTeamMembers } from './getMembers';
import { getManyTeams } from './getMany';
import { removeTeamMembers } from './removeMembers';
import { setTeamMembers } from './setMembers';
import { updateTeam } from './update';

export const team = defineResource(
	{ name: 'Team', value: 'team', description: 'Groups of agents conversations can be handed to', defaultOperation: 'getMany' },
	[getManyTeams, getTeam, createTeam, updateTeam, deleteTeam, getTeamMembers, addTeamMembers, setTeamMembers, removeTeamMembers],
);
