import { defineResource } from '../../shared/operation';
import { createArticle } from './create';
import { deleteArticle } from './delete';
import { deleteManyArticles } from './deleteMany';
import { getArticle } from './get';
import { getManyArticles } from './getMany';
import { reorderArticles } from './reorder';
import { translateArticles } from './translate';
import { updateArticle } from './update';
import { updateArticlesCategory } from './updateCategory';
import { updateArticlesStatus } from './updateStatus';

export const article = defineResource(
	{ name: 'Help Center Article', value: 'article', description: 'Help center articles', defaultOperation: 'getMany' },
	[
		createArticle,
		deleteArticle,
		deleteManyArticles,
		getArticle,
		getManyArticles,
		reorderArticles,
		translateArticles,
		updateArticle,
		updateArticlesCategory,
		updateArticlesStatus,
	],
);
