import type { ILoadOptionsFunctions, ResourceMapperFields } from 'n8n-workflow';

import { attributeField } from '../shared/customAttributes';
import type { CustomAttributeModel } from '../shared/customAttributes';
import { recordsAt } from '../transport/output';
import { listRequest, selectedAccount } from './request';

/**
 * The account's custom attribute definitions of one model (a bare array, API-NOTES §4), as typed
 * mapper fields. n8n's resource mapper shows nothing at all when this method fails (its error
 * message belongs to the mapping mode select, which these fields have not): why there are no
 * fields, an Account still to choose or ChatWoot's refusal, is returned as the notice it shows.
 */
async function definitionFields(context: ILoadOptionsFunctions, model: CustomAttributeModel): Promise<ResourceMapperFields> {
	try {
		const body = await listRequest(context, `/api/v1/accounts/${await selectedAccount(context)}/custom_attribute_definitions`, {
			attribute_model: `${model}_attribute`,
		});
		const fields = recordsAt(body, '').map(attributeField);
		if (fields.length) return { fields };
		return {
			fields,
			emptyFieldsNotice: `This account has no ${model} custom attributes. Define them in ChatWoot under Settings → Custom Attributes.`,
		};
	} catch (error) {
		const { message, description } = error as { message: string; description?: string };
		const reason = description ? `${message.replace(/\.$/, '')}. ${description}` : message;
		return { fields: [], emptyFieldsNotice: `Could not load the Custom Attribute Fields: ${reason}` };
	}
}

export const resourceMapping = {
	async getContactAttributes(this: ILoadOptionsFunctions): Promise<ResourceMapperFields> {
		return await definitionFields(this, 'contact');
	},

	async getConversationAttributes(this: ILoadOptionsFunctions): Promise<ResourceMapperFields> {
		return await definitionFields(this, 'conversation');
	},
};
