import { defineResource } from '../../../ChatWoot/shared/operation';
import { createEmailChannelMigration } from './create';

export const emailChannelMigration = defineResource(
	{ name: 'Email Channel Migration', value: 'emailChannelMigration', description: 'Bring authorized mailboxes into an account' },
	[createEmailChannelMigration],
);
