import { Container } from '@n8n/di';
import { mkdtempSync, rmSync } from 'fs';
import { BinaryDataService } from 'n8n-core';
import type { BinaryDataConfig } from 'n8n-core';
import type { IBinaryData } from 'n8n-workflow';
import { tmpdir } from 'os';
import { join } from 'path';

/**
 * n8n's binary data modes the nodes must work in: `default` keeps files in the items as base64
 * (n8n 1.x's default; removed in n8n 3.0), `filesystem` writes them to disk and leaves only an
 * id in the item (n8n 2.x's default outside queue mode, and what n8n 3.0 falls back to).
 */
export type BinaryDataMode = 'default' | 'filesystem';

export interface BinaryStore {
	mode: BinaryDataMode;
	/** Where filesystem mode writes the files (a fresh temporary folder). */
	storagePath: string;
	/** Stores a file as n8n does when a node outputs it (e.g. Read/Write Files from Disk): what the next node's item carries. */
	store(bytes: Buffer, metadata: { fileName: string; mimeType: string }): Promise<IBinaryData>;
	/** The bytes of a binary property, read the way n8n reads them. */
	read(binary: IBinaryData): Promise<Buffer>;
	/** Where a stored file lies on disk (filesystem mode only). */
	pathOf(binary: IBinaryData): string;
}

const silent = { error: () => {}, info: () => {}, warn: () => {}, debug: () => {} };

/**
 * Replaces n8n-core's BinaryDataService, which every node helper (getBinaryDataBuffer,
 * getBinaryStream, prepareBinaryData…) takes from the DI container, by one in `mode`, set up as
 * n8n's start-up does (`init()` with the mode and storage path n8n reads from
 * N8N_DEFAULT_BINARY_DATA_MODE and N8N_BINARY_DATA_STORAGE_PATH). Call in beforeAll; the
 * returned `dispose` removes the storage folder.
 */
export async function useBinaryDataMode(mode: BinaryDataMode): Promise<BinaryStore & { dispose(): void }> {
	const storagePath = mkdtempSync(join(tmpdir(), `n8n-binary-${mode}-`));
	const config = { mode, localStoragePath: storagePath } as unknown as BinaryDataConfig;
	const service = new BinaryDataService(config, silent as never, silent as never);
	await service.init();
	Container.set(BinaryDataService, service);
	return {
		mode,
		storagePath,
		store: async (bytes, { fileName, mimeType }) =>
			await service.store({ type: 'execution', workflowId: 'seed', executionId: 'seed' }, bytes, { data: '', fileName, mimeType }),
		read: async (binary) => await service.getAsBuffer(binary),
		pathOf: (binary) => service.getPath(binary.id!),
		dispose: () => rmSync(storagePath, { recursive: true, force: true }),
	};
}
