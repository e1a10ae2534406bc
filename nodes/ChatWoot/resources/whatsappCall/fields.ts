import type { IExecuteSingleFunctions, IHttpRequestOptions, INodeProperties } from 'n8n-workflow';

import { idField } from '../../shared/descriptions';
import { multipartBody, readCheckedFile } from '../../transport/multipart';

export const callIdField = (description: string) => idField('callId', description);

export const recordingField: INodeProperties = {
	displayName: 'Input Binary Field',
	name: 'binaryPropertyName',
	type: 'string',
	required: true,
	default: 'data',
	hint: 'The name of the input binary field holding the audio recording',
};

/** The recording goes as multipart/form-data in a `recording` part; ChatWoot attaches it to the call's message. */
export async function sendRecording(
	this: IExecuteSingleFunctions,
	requestOptions: IHttpRequestOptions,
): Promise<IHttpRequestOptions> {
	const recording = await readCheckedFile(this, String(this.getNodeParameter('binaryPropertyName', '')), 'Input Binary Field', {
		mimeType: /^(audio|video)\//i,
		kind: 'an audio file',
	});
	return { ...requestOptions, body: multipartBody({}, { recording }) };
}
