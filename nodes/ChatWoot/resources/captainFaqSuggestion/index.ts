import { defineResource } from '../../shared/operation';
import { approveFaqSuggestion } from './approve';
import { dismissFaqSuggestion } from './dismiss';
import { getFaqSuggestion } from './get';
import { getManyFaqSuggestions } from './getMany';
import { updateFaqSuggestion } from './update';

export const captainFaqSuggestion = defineResource(
	{ name: 'Captain FAQ Suggestion', value: 'captainFaqSuggestion', description: 'FAQs Captain drafts from resolved conversations, for review' },
	[approveFaqSuggestion, dismissFaqSuggestion, getFaqSuggestion, getManyFaqSuggestions, updateFaqSuggestion],
);
