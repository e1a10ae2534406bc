/**
 * What the benchmarks need on top of test/e2e/n8n.ts: more packages in the same user folder,
 * and `n8n execute` with its wall time, the host's CPU time and n8n's peak memory measured.
 */
import { spawn } from 'child_process';
import { closeSync, openSync, readFileSync, rmSync } from 'fs';
import { join } from 'path';

import { N8nInstance, parseRunOutput } from '../../test/e2e/n8n';
import type { N8nRunOutput, N8nRuntime } from '../../test/e2e/n8n';

export interface TimedExecution {
	exitCode: number;
	run?: N8nRunOutput;
	output: string;
	/** From spawning `n8n execute` to its exit: start-up, the workflow, saving and printing it. */
	wallMs: number;
	/** CPU time of this (the benchmark's) process while n8n ran: mostly the in-process mock answering. */
	hostCpuMs: number;
	/** The n8n process's VmHWM (peak resident set), polled from /proc while it ran; undefined if unreadable. */
	peakRssMb?: number;
}

export class BenchN8n {
	readonly instance: N8nInstance;

	constructor(private readonly runtime: N8nRuntime) {
		this.instance = new N8nInstance(runtime);
	}

	get userFolder(): string {
		return this.instance.userFolder;
	}

	/** Installs another built package next to ours (see N8nInstance.installPackage). */
	installPackage(packageDir: string, dependencies?: string): string {
		return this.instance.installPackage(packageDir, dependencies);
	}

	/**
	 * `n8n execute --id=<id> --rawOutput` with the same environment as N8nInstance.execute,
	 * plus `extraEnv`; killed after `timeoutMs`. `outputToFile` has n8n print into a file rather
	 * than a pipe: n8n exits as soon as it has printed, and a pipe's reader on a busy machine
	 * then loses the end of a large run (megabytes for 10,000 items).
	 */
	async executeTimed(workflowId: string, { extraEnv = {}, timeoutMs = 600_000, outputToFile = false } = {}): Promise<TimedExecution> {
		const env = { ...(await this.instance.environment()), ...extraEnv };
		const { nodeBinary } = this.runtime;
		const bin = this.instance.binary;
		return await new Promise((resolve, reject) => {
			const started = process.hrtime.bigint();
			const cpuAtStart = process.cpuUsage();
			let hostCpuMs = 0;
			const printedFile = join(this.userFolder, `printed-${workflowId}.txt`);
			const printedFd = outputToFile ? openSync(printedFile, 'w') : undefined;
			const child = spawn(nodeBinary, [bin, 'execute', `--id=${workflowId}`, '--rawOutput'], { env, stdio: ['ignore', printedFd ?? 'pipe', 'pipe'] });
			if (printedFd !== undefined) closeSync(printedFd);
			const stdout: Buffer[] = [];
			const stderr: Buffer[] = [];
			child.stdout?.on('data', (chunk: Buffer) => stdout.push(chunk));
			child.stderr?.on('data', (chunk: Buffer) => stderr.push(chunk));
			let peakKb: number | undefined;
			const poll = () => {
				try {
					const match = /VmHWM:\s+(\d+) kB/.exec(readFileSync(`/proc/${child.pid}/status`, 'utf8'));
					if (match) peakKb = Math.max(peakKb ?? 0, Number(match[1]));
				} catch {
					// The process is gone (or /proc is not there): keep the last reading.
				}
			};
			const poller = setInterval(poll, 100);
			const killer = setTimeout(() => child.kill('SIGKILL'), timeoutMs);
			child.on('error', (error) => {
				clearInterval(poller);
				clearTimeout(killer);
				reject(error);
			});
			child.on('exit', () => {
				poll();
				const cpu = process.cpuUsage(cpuAtStart);
				hostCpuMs = (cpu.user + cpu.system) / 1000;
			});
			child.on('close', (code, signal) => {
				const wallMs = Number(process.hrtime.bigint() - started) / 1e6;
				clearInterval(poller);
				clearTimeout(killer);
				const printed = outputToFile ? readFileSync(printedFile, 'utf8') : Buffer.concat(stdout).toString('utf8');
				if (outputToFile) rmSync(printedFile, { force: true });
				const output = `${printed}\n${Buffer.concat(stderr).toString('utf8')}`;
				resolve({
					exitCode: code ?? (signal ? 128 : 1),
					run: parseRunOutput(printed),
					output: signal ? `${output}\n[killed by ${signal} after ${wallMs.toFixed(0)} ms]` : output,
					wallMs,
					hostCpuMs,
					peakRssMb: peakKb === undefined ? undefined : peakKb / 1024,
				});
			});
		});
	}

	remove(): void {
		this.instance.remove();
	}
}
