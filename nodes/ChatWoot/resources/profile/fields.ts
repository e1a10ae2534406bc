import type {
	IDataObject,
	IExecuteSingleFunctions,
	IHttpRequestOptions,
	IN8nHttpFullResponse,
	INodeExecutionData,
} from 'n8n-workflow';

import { multipartBody, readImage } from '../../transport/multipart';
import { chatWootRequest } from '../../transport/request';
import { idInBody } from '../../shared/requestBody';

/**
 * The profile is the token's own user. ChatWoot's answer includes `access_token`, the very
 * token of the n8n credential: it is left out of the output so it never lands in execution data.
 */
export async function profileWithoutToken(
	this: IExecuteSingleFunctions,
	_items: INodeExecutionData[],
	response: IN8nHttpFullResponse,
): Promise<INodeExecutionData[]> {
	const body = response.body;
	if (body === undefined || body === null || body === '' || typeof body !== 'object') return [{ json: { success: true } }];
	const user: IDataObject = { ...(body as IDataObject) };
	delete user.access_token;
	return [{ json: user }];
}

export const accountIdInProfile = idInBody('accountId', 'account_id');

/**
 * `profile[avatar]`: the profile controller reads everything under `profile`, the file too.
 * Scalar fields travel with the file in one multipart request; UI settings keep their types
 * only in JSON, so with them the fields are saved first and the file follows alone.
 */
export async function profileAvatarUpload(
	this: IExecuteSingleFunctions,
	requestOptions: IHttpRequestOptions,
): Promise<IHttpRequestOptions> {
	// Read from the raw parameters: resolving the whole collection would evaluate its expressions again.
	const added = (this.getNode().parameters.profileUpdateFields as IDataObject | undefined)?.avatar !== undefined;
	if (!added) return requestOptions;
	const propertyName = String(this.getNodeParameter('profileUpdateFields.avatar', '')).trim();
	const avatar = await readImage(this, propertyName, 'Avatar');
	const fields = (((requestOptions.body ?? {}) as IDataObject).profile ?? {}) as IDataObject;
	if (fields.ui_settings === undefined) {
		return { ...requestOptions, body: multipartBody({ profile: fields }, { 'profile[avatar]': avatar }) };
	}
	await chatWootRequest.call(this, { ...requestOptions, body: { profile: fields } });
	return { ...requestOptions, body: multipartBody({}, { 'profile[avatar]': avatar }) };
}
