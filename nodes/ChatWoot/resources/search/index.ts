import { defineResource } from '../../shared/operation';
import { all } from './all';
import { articles } from './articles';
import { contacts } from './contacts';
import { conversations } from './conversations';
import { messages } from './messages';

export const search = defineResource(
	{ name: 'Search', value: 'search', description: 'Text search across the account', defaultOperation: 'all' },
	[all, articles, contacts, conversations, messages],
);
