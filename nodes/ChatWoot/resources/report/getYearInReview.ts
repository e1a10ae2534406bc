import { accountIdField, optionsCollection } from '../../shared/descriptions';
import { defineOperation } from '../../shared/operation';

export const getYearInReview = defineOperation({
	resource: 'report',
	value: 'getYearInReview',
	name: 'Get Year in Review',
	action: 'Get my year in review',
	description: "One item with the year-in-review statistics of the token's user",
	method: 'GET',
	path: '/api/v2/accounts/{accountId}/year_in_review',
	fields: [
		accountIdField(),
		optionsCollection('reportOptions', [
			{
				displayName: 'Year',
				name: 'year',
				type: 'number',
				typeOptions: { minValue: 2000, numberPrecision: 0 },
				default: 2025,
				description: 'The year to review; ChatWoot picks one when not set',
				routing: { send: { type: 'query', property: 'year' } },
			},
		]),
	],
	output: '',
});
