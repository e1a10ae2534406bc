import { NodeOperationError } from 'n8n-workflow';
import type { IDataObject, IExecuteSingleFunctions, IHttpRequestOptions, INodeProperties } from 'n8n-workflow';

import { bodyField, idField } from '../../shared/descriptions';
import { answerField } from '../captainResponse/fields';

/**
 * What Captain FAQ Suggestion operations share (ChatWoot 4.16.2+, PR #14979). Captain drafts a
 * suggestion from resolved conversations; ChatWoot reads edits under `faq_suggestion` and lets
 * only an open suggestion be edited, approved or dismissed (404 otherwise).
 */

export const FAQ_SUGGESTIONS_PATH = '/api/v1/accounts/{accountId}/captain/faq_suggestions';
export const FAQ_SUGGESTION_PATH = `${FAQ_SUGGESTIONS_PATH}/{suggestionId}`;

/** A member sees the suggestions drawn from conversations they can see; an administrator sees all. */
export const FAQ_SUGGESTION_ACCESS = { enterprise: true, since: '4.16.2' } as const;

export const suggestionIdField = (description: string) => idField('suggestionId', description);

export const suggestionEditOptions: INodeProperties[] = [
	answerField('faq_suggestion.answer'),
	bodyField('Question', 'question', 'faq_suggestion.question'),
];

/** ChatWoot answers 400 to an update without `faq_suggestion` (`params.require`): refused here, naming the fix. */
export async function requireSuggestionEdit(this: IExecuteSingleFunctions, requestOptions: IHttpRequestOptions): Promise<IHttpRequestOptions> {
	const edits = (requestOptions.body as IDataObject | undefined)?.faq_suggestion as IDataObject | undefined;
	if (edits && Object.keys(edits).length) return requestOptions;
	throw new NodeOperationError(this.getNode(), 'Update Fields is empty', {
		itemIndex: this.getItemIndex(),
		description: 'Add the Question or the Answer to change.',
	});
}
