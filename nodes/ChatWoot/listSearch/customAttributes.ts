import type { IDataObject, ILoadOptionsFunctions, ResourceMapperField, ResourceMapperFields } from 'n8n-workflow';

import { FIELD_TYPE_OF_DISPLAY_TYPE } from '../shared/customAttributes';
import { recordsAt } from '../transport/output';
import { listRequest, selectedAccount } from './request';

/** The account's custom attribute definitions of one model (a bare array, API-NOTES §4), as typed mapper fields. */
async function definitionFields(
	context: ILoadOptionsFunctions,
	attributeModel: 'contact_attribute' | 'conversation_attribute',
): Promise<ResourceMapperFields> {
	const account = selectedAccount(context);
	const body = await listRequest(context, `/api/v1/accounts/${account}/custom_attribute_definitions`, {
		attribute_model: attributeModel,
	});
	const fields = recordsAt(body, '').map((definition: IDataObject): ResourceMapperField => {
		const type = FIELD_TYPE_OF_DISPLAY_TYPE[String(definition.attribute_display_type)] ?? 'string';
		const values = Array.isArray(definition.attribute_values) ? (definition.attribute_values as unknown[]) : [];
		return {
			id: String(definition.attribute_key),
			displayName: `${String(definition.attribute_display_name ?? definition.attribute_key)} (${String(definition.attribute_display_type ?? 'text')})`,
			required: false,
			defaultMatch: false,
			canBeUsedToMatch: false,
			display: true,
			type,
			...(type === 'options' ? { options: values.map((value) => ({ name: String(value), value: String(value) })) } : {}),
		};
	});
	return { fields };
}

export const resourceMapping = {
	async getContactAttributes(this: ILoadOptionsFunctions): Promise<ResourceMapperFields> {
		return await definitionFields(this, 'contact_attribute');
	},

	async getConversationAttributes(this: ILoadOptionsFunctions): Promise<ResourceMapperFields> {
		return await definitionFields(this, 'conversation_attribute');
	},
};
