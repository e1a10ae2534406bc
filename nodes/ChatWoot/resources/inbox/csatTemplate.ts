import type { IExecuteSingleFunctions, IHttpRequestOptions, INodeProperties } from 'n8n-workflow';

import { parseJsonObject } from '../../shared/validation';

/** The CSAT template operations send the template's fields, given as one JSON object. */

const TEMPLATE_EXAMPLE = '{"message":"How did we do?","button_text":"Rate us","language":"en"}';

export const csatTemplateField: INodeProperties = {
	displayName: 'Template',
	name: 'template',
	type: 'json',
	default: TEMPLATE_EXAMPLE,
	required: true,
	description: "The CSAT template's fields as a JSON object, as ChatWoot's inbox settings send them",
};

export async function csatTemplateBody(
	this: IExecuteSingleFunctions,
	requestOptions: IHttpRequestOptions,
): Promise<IHttpRequestOptions> {
	const template = parseJsonObject(this, this.getNodeParameter('template', ''), 'Template', TEMPLATE_EXAMPLE);
	return { ...requestOptions, body: template };
}
