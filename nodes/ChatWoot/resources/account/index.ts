import { defineResource } from '../../shared/operation';
import { getAccount } from './get';
import { getBrandedEmailLayout } from './getBrandedEmailLayout';
import { getAccountCacheKeys } from './getCacheKeys';
import { getHelpCenterGeneration } from './getHelpCenterGeneration';
import { markAccountActive } from './markActive';
import { updateAccount } from './update';
import { updateBrandedEmailLayout } from './updateBrandedEmailLayout';
import { updateOnboarding } from './updateOnboarding';

export const account = defineResource(
	{ name: 'Account', value: 'account', description: 'The ChatWoot account and its settings', defaultOperation: 'get' },
	[getAccount, updateAccount, getAccountCacheKeys, markAccountActive, updateOnboarding, getHelpCenterGeneration, getBrandedEmailLayout, updateBrandedEmailLayout],
);
