import { defineResource } from '../../shared/operation';
import { getManyAuditLogs } from './getMany';

export const auditLog = defineResource(
	{ name: 'Audit Log', value: 'auditLog', description: 'Changes made in the account, and by whom' },
	[getManyAuditLogs],
);
