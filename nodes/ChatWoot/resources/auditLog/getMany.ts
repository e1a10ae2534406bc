import type { IDataObject } from 'n8n-workflow';

import { accountIdField } from '../../shared/descriptions';
import { defineOperation } from '../../shared/operation';
import { numberedPages } from '../../transport/paging';

/** `total_entries` says when the last page was read. */
const hasMorePages = (body: IDataObject) =>
	body.total_entries === undefined ? undefined : Number(body.current_page) * Number(body.per_page) < Number(body.total_entries);

export const getManyAuditLogs = defineOperation({
	resource: 'auditLog',
	value: 'getMany',
	name: 'Get Many',
	action: 'Get many audit log entries',
	description: 'Who changed what in the account (sign-ins, settings, inboxes, teams…), one item per entry, newest first',
	method: 'GET',
	path: '/api/v1/accounts/{accountId}/audit_logs',
	access: { admin: true, enterprise: true },
	fields: [accountIdField()],
	paging: numberedPages('audit_logs', 25, hasMorePages),
});
