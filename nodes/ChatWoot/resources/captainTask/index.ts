import { defineResource } from '../../shared/operation';
import { followUpTask } from './followUp';
import { suggestLabels } from './labelSuggestion';
import { suggestReply } from './replySuggestion';
import { rewriteText } from './rewrite';
import { summarizeConversation } from './summarize';

export const captainTask = defineResource(
	{ name: 'Captain Writing Task', value: 'captainTask', description: 'AI summaries, reply and label suggestions and rewrites (needs an AI model set up for Captain)' },
	[followUpTask, suggestLabels, suggestReply, rewriteText, summarizeConversation],
);
