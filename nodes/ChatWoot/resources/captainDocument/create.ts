import { accountIdField, additionalFields, bodyField } from '../../shared/descriptions';
import { defineOperation } from '../../shared/operation';
import { idInBody } from '../../shared/requestBody';
import { assistantIdField } from '../captainAssistant/fields';
import { checkExternalLink, createdDocument, documentSourceFields, sendPdfAsMultipart } from './fields';

export const createDocument = defineOperation({
	resource: 'captainDocument',
	value: 'create',
	name: 'Create',
	action: 'Create a Captain document',
	description: "Add a web page or a PDF to an assistant's knowledge; ChatWoot reads it in the background",
	method: 'POST',
	path: '/api/v1/accounts/{accountId}/captain/documents',
	access: { admin: true, enterprise: true },
	fields: [
		accountIdField(),
		assistantIdField('The assistant whose knowledge the document joins'),
		...documentSourceFields,
		additionalFields('captainDocumentAdditionalFields', [
			bodyField('Name', 'name', 'document.name'),
		]),
	],
	preSend: [idInBody('assistantId', 'document.assistant_id'), checkExternalLink, sendPdfAsMultipart],
	output: [createdDocument],
});
