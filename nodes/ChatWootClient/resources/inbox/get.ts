import { defineOperation } from '../../../ChatWoot/shared/operation';
import { INBOX_PATH } from '../../shared';

export const getInbox = defineOperation({
	resource: 'inbox',
	value: 'get',
	name: 'Get',
	action: 'Get the inbox',
	description: "Get the API inbox's public settings: name, working hours, whether identity validation is enforced",
	method: 'GET',
	path: INBOX_PATH,
	output: '',
});
