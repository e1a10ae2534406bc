import { defineResource } from '../../shared/operation';
import { createCategory } from './create';
import { deleteCategory } from './delete';
import { getCategory } from './get';
import { getManyCategories } from './getMany';
import { reorderCategories } from './reorder';
import { updateCategory } from './update';

export const category = defineResource(
	{ name: 'Help Center Category', value: 'category', description: 'Categories of help center articles', defaultOperation: 'getMany' },
	[createCategory, deleteCategory, getCategory, getManyCategories, reorderCategories, updateCategory],
);
