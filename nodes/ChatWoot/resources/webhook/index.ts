import { defineResource } from '../../shared/operation';
import { createWebhook } from './create';
import { deleteWebhook } from './delete';
import { getManyWebhooks } from './getMany';
import { updateWebhook } from './update';

export const webhook = defineResource(
	{ name: 'Webhook', value: 'webhook', description: 'Addresses ChatWoot sends account events to', defaultOperation: 'getMany' },
	[createWebhook, deleteWebhook, getManyWebhooks, updateWebhook],
);
